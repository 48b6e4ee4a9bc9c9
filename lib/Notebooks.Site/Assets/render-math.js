// Typesets the page's math with KaTeX (loaded before this deferred script, from assets/katex/).
// Markdig leaves math in elements of class "math": inline as \( … \), display as \[ … \]. Only those
// elements are searched, so a "$" or "\(" in code or console output is never taken for math.
(function () {
  "use strict";
  if (typeof renderMathInElement !== "function") {
    console.error("render-math.js: KaTeX's auto-render did not load; math stays as TeX.");
    return;
  }
  var elements = document.querySelectorAll(".math");
  for (var i = 0; i < elements.length; i++) {
    renderMathInElement(elements[i], {
      delimiters: [
        { left: "\\[", right: "\\]", display: true },
        { left: "\\(", right: "\\)", display: false }
      ],
      // A TeX mistake shows in red with KaTeX's message as a tooltip instead of stopping the page.
      throwOnError: false
    });
  }
})();
