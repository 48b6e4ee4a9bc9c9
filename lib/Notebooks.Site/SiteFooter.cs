namespace Notebooks.Site;

/// <summary>The footer every page ends with: credits for the third-party assets it ships.</summary>
internal static class SiteFooter
{
    public const string Html =
        "<footer class=\"site-footer\"><p>Published from the executed notebooks. Math typeset by KaTeX, " +
        "charts drawn by plotly.js (via Plotly.NET); both are served from this site's <code>assets/</code> folder, " +
        "so every page works offline.</p></footer>\n";
}
