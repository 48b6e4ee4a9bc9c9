using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Notebooks.Site;

/// <summary>
/// Fenced code blocks in prose: a language ColorCode knows (<c>```csharp</c>) is highlighted like code cells,
/// <c>```math</c> becomes display math (as on GitHub); anything else renders as Markdig always does.
/// </summary>
internal sealed class HighlightingCodeBlockRenderer : CodeBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is FencedCodeBlock fenced && renderer.EnableHtmlForBlock)
        {
            var language = fenced.Info?.Trim();
            if (string.Equals(language, "math", StringComparison.OrdinalIgnoreCase))
            {
                renderer.EnsureLine();
                renderer.Write("<div class=\"math\">\\[\n");
                renderer.WriteLeafRawLines(block, writeEndOfLines: true, escape: true);
                renderer.Write("\\]</div>");
                renderer.EnsureLine();
                return;
            }
            if (CodeHighlighter.Knows(language))
            {
                renderer.EnsureLine();
                renderer.Write(CodeHighlighter.ToHtml(block.Lines.ToString(), language));
                renderer.EnsureLine();
                return;
            }
        }
        base.Write(renderer, block);
    }
}
