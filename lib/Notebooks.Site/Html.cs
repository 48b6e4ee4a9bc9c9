using System.Text;

namespace Notebooks.Site;

/// <summary>HTML escaping for text content and attribute values.</summary>
internal static class Html
{
    /// <summary>
    /// Escapes <c>&amp; &lt; &gt; " '</c>, which makes <paramref name="text"/> safe both as element
    /// content and inside a quoted attribute value. Null becomes the empty string.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// A relative URL to a file in the site, each path segment percent-encoded, then HTML-escaped
    /// for use in an attribute: <c>notebooks/a b.ipynb</c> → <c>notebooks/a%20b.ipynb</c>.
    /// </summary>
    public static string RelativeUrl(string relativePath) =>
        Escape(string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)));
}
