using Markdig;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Notebooks.Site;

/// <summary>
/// Markdown as the site renders it: Markdig's advanced extensions (tables, footnotes, math, …) without
/// media embeds, math left as <c>\(…\)</c>/<c>\[…\]</c> in elements of class <c>math</c> for KaTeX,
/// fenced code highlighted, images on the web turned into links so that pages stay offline, and links from one
/// notebook to another (<c>02-x.ipynb</c>, as they work in VS Code and Jupyter) pointed at that notebook's page.
/// </summary>
internal static partial class NotebookMarkdown
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        // Media links would embed YouTube/Vimeo iframes from the web.
        builder.Extensions.RemoveAll(extension => extension is MediaLinkExtension);
        builder.Extensions.Add(new NotebookRenderingExtension());
        return builder.Build();
    }

    /// <summary>
    /// Parses <paramref name="markdown"/>, with images on the web already turned into links and links to a notebook in
    /// the same folder already pointing at its page.
    /// </summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null))
            link.Url = NotebookLink().Replace(link.Url!, "$1.html$2");
        foreach (var image in document.Descendants<LinkInline>().Where(IsRemoteImage).ToList())
        {
            image.IsImage = false;
            image.GetAttributes().AddClass("remote-image");
            if (image.FirstChild is null) image.AppendChild(new LiteralInline("image: " + image.Url));
        }
        return document;
    }

    /// <summary>The whole document as HTML.</summary>
    public static string ToHtml(MarkdownDocument document) =>
        Render(renderer => renderer.Render(document));

    /// <summary>Parses and renders in one step.</summary>
    public static string ToHtml(string markdown) => ToHtml(Parse(markdown));

    /// <summary>A heading's or paragraph's inline content as HTML, without the enclosing element.</summary>
    public static string InlineHtml(LeafBlock block) =>
        Render(renderer => renderer.WriteLeafInline(block));

    /// <summary>A heading's or paragraph's inline content as plain text (math as its TeX source), not escaped.</summary>
    public static string PlainText(LeafBlock block) =>
        Render(renderer =>
        {
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
            renderer.WriteLeafInline(block);
        }).Trim();

    /// <summary>
    /// Each markdown cell is parsed on its own, so two cells can both produce <c>id="introduction"</c>.
    /// Renames later duplicates <c>introduction-2</c>, <c>introduction-3</c>, … using the ids already on the page.
    /// </summary>
    public static void MakeHeadingIdsUnique(MarkdownDocument document, ISet<string> idsOnPage)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.TryGetAttributes();
            if (attributes?.Id is not { Length: > 0 } id) continue;
            var unique = id;
            for (var n = 2; idsOnPage.Contains(unique); n++) unique = $"{id}-{n}";
            attributes.Id = unique;
            idsOnPage.Add(unique);
        }
    }

    // A relative link to a notebook beside this one, with an optional #fragment; its page is published beside this page.
    [System.Text.RegularExpressions.GeneratedRegex(@"^([^/\\:?#]+)\.ipynb(#.*)?$")]
    private static partial System.Text.RegularExpressions.Regex NotebookLink();

    private static bool IsRemoteImage(LinkInline link) =>
        link.IsImage
        && Uri.TryCreate(link.Url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https";

    private static string Render(Action<HtmlRenderer> write)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        write(renderer);
        renderer.Writer.Flush();
        return writer.ToString();
    }
}
