using System.Text;

namespace Notebooks.Site;

/// <summary>The HTML document around every page's content, with the offline assets it loads.</summary>
internal static class PageLayout
{
    /// <summary>
    /// A complete HTML document. KaTeX and the math bootstrap are deferred (they run once the page is parsed);
    /// plotly.js, when <paramref name="loadsPlotly"/>, is a blocking script in the head, followed by the
    /// require.js stand-in that hands it to the kernel's chart outputs, so both are defined before any chart
    /// output's inline script runs.
    /// </summary>
    /// <param name="title">Plain text for <c>&lt;title&gt;</c>; escaped here.</param>
    /// <param name="bodyClass">The body's class, e.g. <c>page-index</c>.</param>
    /// <param name="body">The body's HTML.</param>
    /// <param name="loadsPlotly">Whether the page has chart outputs that need <c>window.Plotly</c>.</param>
    public static string Document(string title, string bodyClass, string body, bool loadsPlotly)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(title)).Append("</title>\n")
            .Append(Stylesheet(SiteAssets.KatexStylesheet))
            .Append(Stylesheet(SiteAssets.SiteStylesheet));
        if (loadsPlotly) html.Append(Script(SiteAssets.PlotlyScript, defer: false)).Append(Script(SiteAssets.PlotlyRequireScript, defer: false));
        html.Append(Script(SiteAssets.KatexScript, defer: true))
            .Append(Script(SiteAssets.KatexAutoRenderScript, defer: true))
            .Append(Script(SiteAssets.RenderMathScript, defer: true))
            .Append("</head>\n<body class=\"").Append(Html.Escape(bodyClass)).Append("\">\n")
            .Append(body)
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Stylesheet(string path) => $"<link rel=\"stylesheet\" href=\"{Html.RelativeUrl(path)}\">\n";

    private static string Script(string path, bool defer) =>
        $"<script{(defer ? " defer" : "")} src=\"{Html.RelativeUrl(path)}\"></script>\n";
}
