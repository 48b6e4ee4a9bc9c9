namespace Notebooks.Runner;

/// <summary>Line-ending normalisation and nbformat's "list of lines" representation of multi-line text.</summary>
internal static class SourceLines
{
    /// <summary>Converts CRLF and lone CR to LF, the line ending of <see cref="Notebooks.Model.NotebookCell.Source"/>.</summary>
    public static string Normalize(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>
    /// Splits text into lines that keep their trailing <c>\n</c> (the last line has none unless the text
    /// ends with one), so that concatenating the parts gives back the text exactly, as nbformat stores it.
    /// </summary>
    public static IReadOnlyList<string> SplitKeepingNewlines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(text[start..]);
                break;
            }
            lines.Add(text[start..(end + 1)]);
            start = end + 1;
        }
        return lines;
    }
}
