using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Runner;

/// <summary>
/// Replaces the random GUIDs in HTML outputs (Plotly.NET names every chart's element and render function
/// after a fresh GUID) with GUIDs derived from the notebook's name and the order in which they appear, so
/// that two runs of the same notebook write the same file. A GUID keeps its form (with or without dashes),
/// and both forms of one GUID map to the same replacement.
/// </summary>
internal sealed partial class DeterministicIds(string notebookName)
{
    private readonly Dictionary<string, string> replacements = new(StringComparer.OrdinalIgnoreCase);

    public string Apply(string html) =>
        AnyGuid().Replace(html, match =>
        {
            var key = match.Value.Replace("-", "", StringComparison.Ordinal);
            if (!replacements.TryGetValue(key, out var replacement))
            {
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{notebookName}/{replacements.Count + 1}"));
                replacement = new Guid(hash.AsSpan(0, 16)).ToString("N");
                replacements[key] = replacement;
            }
            return match.Value.Contains('-') ? Guid.ParseExact(replacement, "N").ToString("D") : replacement;
        });

    [GeneratedRegex(@"(?<![0-9a-fA-F])(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})(?![0-9a-fA-F])")]
    private static partial Regex AnyGuid();
}
