using System.Text.Json;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// Parses the .dib format as .NET Interactive's <c>CodeSubmission.Parse</c> does: a line that is exactly
/// <c>#!name</c> for a known kernel name or alias (built-in, or declared in the <c>#!meta</c> block's
/// <c>kernelInfo.items</c>) starts a new cell; any other <c>#!</c> line is a magic command and stays in
/// the cell. Leading and trailing empty lines of a cell are dropped, and so are cells left empty.
/// Text before the first separator belongs to a C# cell.
/// </summary>
internal static class DibParser
{
    public static Notebook Parse(string path, string text)
    {
        var lines = SourceLines.Normalize(text).Split('\n');
        var aliases = new Dictionary<string, string>(KernelNames.BuiltInAliases, StringComparer.Ordinal);
        var cells = new List<NotebookCell>();
        var currentKernel = KernelNames.CSharp;
        var currentLines = new List<string>();
        var foundMeta = false;

        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (!foundMeta && line.StartsWith("#!meta", StringComparison.Ordinal))
            {
                foundMeta = true;
                var start = ++i;
                while (i < lines.Length && !lines[i].StartsWith("#!", StringComparison.Ordinal))
                {
                    i++;
                }
                ReadMeta(path, lines[start..i], firstLineNumber: start + 1, aliases);
                continue;
            }

            if (KernelNames.KernelSelectedBy(line.TrimEnd(), aliases) is { } kernel)
            {
                AddCell(cells, currentKernel, currentLines);
                currentKernel = kernel;
                currentLines.Clear();
            }
            else
            {
                currentLines.Add(line);
            }
            i++;
        }
        AddCell(cells, currentKernel, currentLines);

        return new Notebook(path, cells);
    }

    private static void AddCell(List<NotebookCell> cells, string kernel, List<string> lines)
    {
        var first = lines.FindIndex(line => line.Length > 0);
        if (first < 0)
        {
            return;
        }
        var last = lines.FindLastIndex(line => line.Length > 0);
        var source = string.Join('\n', lines.GetRange(first, last - first + 1));
        var kind = kernel == KernelNames.Markdown ? CellKind.Markdown : CellKind.Code;
        cells.Add(new NotebookCell(kind, source, kernel, []));
    }

    private static void ReadMeta(string path, string[] jsonLines, int firstLineNumber, Dictionary<string, string> aliases)
    {
        var json = string.Join('\n', jsonLines);
        if (json.Trim().Length == 0)
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = firstLineNumber + (int)(e.LineNumber ?? 0);
            throw new NotebookFormatException(path, $"invalid JSON in the #!meta block: {e.Message}", line: line, inner: e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new NotebookFormatException(path, "the #!meta block must be a JSON object", line: firstLineNumber);
            }
            if (root.TryGetProperty("kernelInfo", out var kernelInfo)
                && kernelInfo.ValueKind == JsonValueKind.Object
                && kernelInfo.TryGetProperty("items", out var items)
                && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    KernelInfoItems.Add(item, aliases);
                }
            }
        }
    }
}
