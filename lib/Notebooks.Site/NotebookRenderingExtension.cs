using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Notebooks.Site;

/// <summary>Swaps in the site's renderers for inline math and code blocks. Register it after the other extensions.</summary>
internal sealed class NotebookRenderingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        if (!html.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new DisplayAwareMathInlineRenderer()))
            throw new InvalidOperationException("Markdig's math extension must be set up before NotebookRenderingExtension.");
        if (!html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightingCodeBlockRenderer()))
            throw new InvalidOperationException("Markdig's HTML renderer has no CodeBlockRenderer to replace.");
    }
}
