using System.Text;
using System.Text.Json;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// Parses nbformat 4 JSON as Polyglot Notebooks writes it. A code cell's kernel comes from, in order:
/// a leading <c>#!kernel</c> line, <c>metadata.polyglot_notebook.kernelName</c>,
/// <c>metadata.dotnet_interactive.language</c>, then the notebook's default kernel
/// (<c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c> or <c>…defaultKernelName</c>,
/// then the kernelspec, then <c>csharp</c> as in Polyglot Notebooks).
/// </summary>
internal static class IpynbParser
{
    public static Notebook Parse(string path, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, $"invalid JSON: {e.Message}", line: (int?)e.LineNumber + 1, inner: e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new NotebookFormatException(path, $"the top-level JSON value must be an object, found {root.ValueKind}");
            }

            CheckFormatVersion(path, root);

            string? metadata = null;
            var aliases = new Dictionary<string, string>(KernelNames.BuiltInAliases, StringComparer.Ordinal);
            var defaultKernel = KernelNames.CSharp;
            if (root.TryGetProperty("metadata", out var metadataElement))
            {
                if (metadataElement.ValueKind != JsonValueKind.Object)
                {
                    throw new NotebookFormatException(path, "'metadata' must be an object");
                }
                metadata = metadataElement.GetRawText();
                AddKernelInfoAliases(metadataElement, aliases);
                defaultKernel = DefaultKernel(metadataElement, aliases) ?? KernelNames.CSharp;
            }

            if (!root.TryGetProperty("cells", out var cellsElement) || cellsElement.ValueKind != JsonValueKind.Array)
            {
                throw new NotebookFormatException(path, "'cells' must be an array");
            }

            var cells = new List<NotebookCell>();
            var number = 0;
            foreach (var cellElement in cellsElement.EnumerateArray())
            {
                number++;
                cells.Add(ParseCell(path, number, cellElement, defaultKernel, aliases));
            }
            return new Notebook(path, cells, metadata);
        }
    }

    private static void CheckFormatVersion(string path, JsonElement root)
    {
        if (!root.TryGetProperty("nbformat", out var version) || version.ValueKind != JsonValueKind.Number)
        {
            throw new NotebookFormatException(path, "missing 'nbformat' (expected nbformat 4)");
        }
        if (!version.TryGetInt32(out var major) || major != 4)
        {
            throw new NotebookFormatException(path, $"nbformat {version.GetRawText()} is not supported (expected 4)");
        }
    }

    private static NotebookCell ParseCell(
        string path, int number, JsonElement cell, string defaultKernel, IReadOnlyDictionary<string, string> aliases)
    {
        if (cell.ValueKind != JsonValueKind.Object)
        {
            throw new NotebookFormatException(path, "a cell must be a JSON object", cellNumber: number);
        }

        var type = cell.TryGetProperty("cell_type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()
            : null;
        var kind = type switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            null => throw new NotebookFormatException(path, "missing 'cell_type'", cellNumber: number),
            _ => throw new NotebookFormatException(path, $"unknown cell_type '{type}' (expected code, markdown or raw)", cellNumber: number),
        };

        var source = ReadSource(path, number, cell);

        string? metadata = null;
        JsonElement metadataElement = default;
        if (cell.TryGetProperty("metadata", out metadataElement))
        {
            if (metadataElement.ValueKind != JsonValueKind.Object)
            {
                throw new NotebookFormatException(path, "cell 'metadata' must be an object", cellNumber: number);
            }
            metadata = metadataElement.GetRawText();
        }

        var language = kind switch
        {
            CellKind.Markdown => KernelNames.Markdown,
            CellKind.Raw => "raw",
            _ => CodeCellKernel(source, metadata is null ? null : metadataElement, defaultKernel, aliases),
        };
        return new NotebookCell(kind, source, language, [], null, metadata);
    }

    private static string ReadSource(string path, int number, JsonElement cell)
    {
        if (!cell.TryGetProperty("source", out var source))
        {
            throw new NotebookFormatException(path, "missing 'source'", cellNumber: number);
        }
        switch (source.ValueKind)
        {
            case JsonValueKind.String:
                return SourceLines.Normalize(source.GetString()!);
            case JsonValueKind.Array:
                var text = new StringBuilder();
                foreach (var part in source.EnumerateArray())
                {
                    if (part.ValueKind != JsonValueKind.String)
                    {
                        throw new NotebookFormatException(path, "'source' must be a string or an array of strings", cellNumber: number);
                    }
                    text.Append(part.GetString());
                }
                return SourceLines.Normalize(text.ToString());
            default:
                throw new NotebookFormatException(path, "'source' must be a string or an array of strings", cellNumber: number);
        }
    }

    private static string CodeCellKernel(
        string source, JsonElement? metadata, string defaultKernel, IReadOnlyDictionary<string, string> aliases)
    {
        var firstLine = source.Split('\n').FirstOrDefault(line => line.Trim().Length > 0);
        if (firstLine is not null && KernelNames.KernelSelectedBy(firstLine.Trim(), aliases) is { } selected)
        {
            return selected;
        }
        if (metadata is { } m)
        {
            if (StringAt(m, "polyglot_notebook", "kernelName") is { Length: > 0 } kernelName)
            {
                return Canonical(kernelName, aliases);
            }
            if (StringAt(m, "dotnet_interactive", "language") is { Length: > 0 } language)
            {
                return Canonical(language, aliases);
            }
        }
        return defaultKernel;
    }

    private static string? DefaultKernel(JsonElement metadata, IReadOnlyDictionary<string, string> aliases)
    {
        var name = StringAt(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName")
                   ?? StringAt(metadata, "polyglot_notebook", "defaultKernelName");
        if (name is { Length: > 0 })
        {
            return Canonical(name, aliases);
        }

        var fromKernelspec = KernelNames.FromKernelspec(
            StringAt(metadata, "kernelspec", "name"), StringAt(metadata, "kernelspec", "language"));
        if (fromKernelspec is not null)
        {
            return fromKernelspec;
        }

        var languageInfo = StringAt(metadata, "language_info", "name");
        return languageInfo is { Length: > 0 } && languageInfo != "polyglot-notebook"
            ? KernelNames.FromKernelspec(null, languageInfo)
            : null;
    }

    private static void AddKernelInfoAliases(JsonElement metadata, Dictionary<string, string> aliases)
    {
        if (!TryGet(metadata, out var items, "polyglot_notebook", "kernelInfo", "items") || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        foreach (var item in items.EnumerateArray())
        {
            KernelInfoItems.Add(item, aliases);
        }
    }

    private static string Canonical(string nameOrAlias, IReadOnlyDictionary<string, string> aliases) =>
        aliases.TryGetValue(nameOrAlias, out var name) ? name : KernelNames.Canonical(nameOrAlias);

    private static string? StringAt(JsonElement element, params string[] pathSegments) =>
        TryGet(element, out var value, pathSegments) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryGet(JsonElement element, out JsonElement value, params string[] pathSegments)
    {
        value = element;
        foreach (var segment in pathSegments)
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(segment, out value))
            {
                return false;
            }
        }
        return true;
    }
}
