using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Notebooks.Site;

/// <summary>
/// Renders inline math like Markdig's own renderer (<c>&lt;span class="math"&gt;\(…\)&lt;/span&gt;</c>), except that
/// <c>$$…$$</c> written inside a paragraph keeps display style (<c>\[…\]</c>), as Jupyter's MathJax shows it.
/// With HTML disabled (plain-text rendering) it writes the bare TeX.
/// </summary>
internal sealed class DisplayAwareMathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        var display = math.DelimiterCount >= 2;
        if (renderer.EnableHtmlForInline)
            renderer.Write("<span").WriteAttributes(math).Write(display ? ">\\[" : ">\\(");

        if (renderer.EnableHtmlEscape)
            renderer.WriteEscape(ref math.Content);
        else
            renderer.Write(ref math.Content);

        if (renderer.EnableHtmlForInline)
            renderer.Write(display ? "\\]</span>" : "\\)</span>");
    }
}
