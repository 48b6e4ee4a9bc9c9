// Plotly.NET.Interactive's chart outputs (the kernel's own HTML) load plotly.js through require.js: each
// calls requirejs.config({paths: {plotly: <CDN URL>}}) and then require(['plotly'], draw), and fetches
// require.js itself from a CDN when the page has none. The page has loaded its local plotly.js just
// before this script: this stand-in for require.js hands that copy to every chart, so nothing is fetched.
(function () {
  "use strict";
  if (typeof window.requirejs === "function") {
    return;
  }
  function require(modules, callback) {
    var loaded = modules.map(function (name) {
      if (name !== "plotly") {
        throw new Error("plotly-require.js: only 'plotly' is available offline, not '" + name + "'");
      }
      return window.Plotly;
    });
    if (typeof callback === "function") {
      callback.apply(null, loaded);
    }
  }
  require.config = function () {
    return require;
  };
  window.requirejs = require;
  window.require = window.require || require;
})();
