using System.Text;

namespace Notebooks.Site;

/// <summary>The line crediting a notebook's source article, shared by the index and the notebook pages.</summary>
internal static class SourceCredit
{
    /// <summary>
    /// <c>Source article: &lt;cite lang="zh"&gt;&lt;a href="…"&gt;Title&lt;/a&gt;&lt;/cite&gt; by Author (Chinese)</c>,
    /// or <c>Original notebook</c> when there is none.
    /// </summary>
    public static string ToHtml(SourceArticle? source)
    {
        if (source is null) return "<span class=\"source source-original\">Original notebook</span>";

        var html = new StringBuilder("<span class=\"source\">Source article: <cite");
        if (source.Language is not null) html.Append(" lang=\"").Append(Html.Escape(source.Language)).Append('"');
        html.Append('>');
        var title = Html.Escape(source.Title ?? source.Url?.Host ?? "untitled");
        if (source.Url is not null)
            html.Append("<a href=\"").Append(Html.Escape(source.Url.AbsoluteUri)).Append("\" rel=\"external noopener\">")
                .Append(title).Append("</a>");
        else
            html.Append(title);
        html.Append("</cite>");
        if (source.Author is not null) html.Append(" by ").Append(Html.Escape(source.Author));
        if (source.LanguageName is not null) html.Append(" (").Append(Html.Escape(source.LanguageName)).Append(')');
        html.Append("</span>");
        return html.ToString();
    }

}
