using System.Text.Json;

namespace Notebooks.Site;

/// <summary>
/// The article a notebook retells, read from the notebook metadata key <c>source_article</c>:
/// <c>{"title": "...", "author": "...", "url": "https://...", "language": "zh"}</c>. Every field is optional.
/// </summary>
/// <param name="Title">The article's title in its own language.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Url">An absolute http(s) URL.</param>
/// <param name="Language">A language tag such as <c>zh</c> or <c>ja</c>.</param>
public sealed record SourceArticle(string? Title, string? Author, Uri? Url, string? Language)
{
    /// <summary>The notebook metadata key holding the article: <c>source_article</c>.</summary>
    public const string MetadataKey = "source_article";

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh"] = "Chinese", ["zh-CN"] = "Chinese", ["zh-Hans"] = "Chinese", ["zh-TW"] = "Chinese", ["zh-Hant"] = "Chinese",
        ["ja"] = "Japanese", ["ko"] = "Korean", ["en"] = "English", ["de"] = "German", ["fr"] = "French",
        ["es"] = "Spanish", ["ru"] = "Russian", ["pt"] = "Portuguese", ["it"] = "Italian",
    };

    /// <summary>The language's English name (<c>zh</c> → Chinese), the tag itself when unknown, null when absent.</summary>
    public string? LanguageName => Language is null ? null : LanguageNames.GetValueOrDefault(Language, Language);

    /// <summary>
    /// Reads <c>source_article</c> from a notebook's metadata JSON.
    /// </summary>
    /// <param name="metadataJson">The notebook-level metadata object as JSON text, or null.</param>
    /// <param name="notebookPath">Named in error messages.</param>
    /// <returns>The article, or null when the metadata or the key is absent (an original notebook).</returns>
    /// <exception cref="FormatException">
    /// The metadata is not a JSON object, <c>source_article</c> is not an object, a field is not a string,
    /// the URL is not absolute http(s), or the language is not a language tag.
    /// </exception>
    public static SourceArticle? FromNotebookMetadata(string? metadataJson, string notebookPath)
    {
        if (string.IsNullOrWhiteSpace(metadataJson)) return null;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(metadataJson);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Notebook '{notebookPath}': its metadata is not valid JSON ({e.Message}).", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new FormatException($"Notebook '{notebookPath}': its metadata must be a JSON object, not {root.ValueKind}.");
            if (!root.TryGetProperty(MetadataKey, out var article) || article.ValueKind == JsonValueKind.Null)
                return null;
            if (article.ValueKind != JsonValueKind.Object)
                throw new FormatException($"Notebook '{notebookPath}': metadata '{MetadataKey}' must be an object, not {article.ValueKind}.");

            var url = ReadString(article, "url", notebookPath);
            var language = ReadString(article, "language", notebookPath);
            return new SourceArticle(
                ReadString(article, "title", notebookPath),
                ReadString(article, "author", notebookPath),
                url is null ? null : ParseWebUrl(url, notebookPath),
                language is null ? null : ValidateLanguageTag(language, notebookPath));
        }
    }

    private static string? ReadString(JsonElement article, string field, string notebookPath)
    {
        if (!article.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new FormatException($"Notebook '{notebookPath}': metadata '{MetadataKey}.{field}' must be a string, not {value.ValueKind}.");
        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    private static Uri ParseWebUrl(string url, string notebookPath)
    {
        // Only web links: a javascript: or file: URL in metadata must never become a clickable link.
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return uri;
        throw new FormatException($"Notebook '{notebookPath}': metadata '{MetadataKey}.url' must be an absolute http(s) URL, not '{url}'.");
    }

    private static string ValidateLanguageTag(string language, string notebookPath)
    {
        // BCP 47 shape: a 2–3 letter primary subtag, then alphanumeric subtags (zh, ja, zh-Hans, pt-BR).
        if (System.Text.RegularExpressions.Regex.IsMatch(language, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"))
            return language;
        throw new FormatException($"Notebook '{notebookPath}': metadata '{MetadataKey}.language' must be a language tag such as 'zh' or 'ja', not '{language}'.");
    }
}
