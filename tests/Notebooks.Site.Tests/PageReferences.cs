using System.Net;
using System.Text.RegularExpressions;

namespace Notebooks.Site.Tests;

/// <summary>What a published page loads: the URLs in the attributes through which a browser fetches resources.</summary>
internal static partial class PageReferences
{
    /// <summary>
    /// src / href / data / poster / srcset values of every element that makes the browser fetch something
    /// (script, link, img, iframe, source, video, audio, embed, object, input, track), decoded. Links (&lt;a&gt;) are not fetched.
    /// </summary>
    public static IReadOnlyList<(string Tag, string Url)> Loaded(string html) =>
        LoadingTag().Matches(html)
            .SelectMany(tag => FetchingAttribute().Matches(tag.Value)
                .Select(attribute => (tag.Groups["tag"].Value.ToLowerInvariant(), WebUtility.HtmlDecode(attribute.Groups["value"].Value).Trim())))
            .ToList();

    /// <summary>The loaded URLs that leave the local file system (http:, https:, or protocol-relative //).</summary>
    public static IReadOnlyList<string> External(string html) =>
        Loaded(html).Select(reference => reference.Url).Where(IsExternal).ToList();

    /// <summary><c>url(…)</c> references in a stylesheet, and <c>@import</c> targets.</summary>
    public static IReadOnlyList<string> CssUrls(string css) =>
        CssUrl().Matches(css).Select(match => match.Groups["url"].Value.Trim('"', '\'', ' ')).ToList();

    public static bool IsExternal(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The <c>&lt;a href&gt;</c> targets of a page, decoded.</summary>
    public static IReadOnlyList<string> Links(string html) =>
        AnchorHref().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups["value"].Value)).ToList();

    [GeneratedRegex(@"<(?<tag>script|link|img|iframe|source|video|audio|embed|object|input|track)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LoadingTag();

    [GeneratedRegex(@"\b(?:src|href|data|poster|srcset)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex FetchingAttribute();

    [GeneratedRegex(@"url\((?<url>[^)]*)\)|@import\s+(?<url>""[^""]*""|'[^']*')", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"<a\b[^>]*\bhref\s*=\s*""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorHref();
}
