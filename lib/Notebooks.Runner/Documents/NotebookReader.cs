using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Notebooks.Model;
using JupyterNotebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace Notebooks.Runner;

/// <summary>Reads <c>.ipynb</c> and <c>.dib</c> files with .NET Interactive's own parsers (Microsoft.DotNet.Interactive.Documents).</summary>
public static class NotebookReader
{
    /// <summary>Parses the notebook at <paramref name="path"/> into the runner's model, without outputs.</summary>
    /// <exception cref="NotebookFormatException">Not an .ipynb or .dib file, or not parseable.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Notebook Read(string path) => ToModel(Path.GetFullPath(path), Load(path));

    /// <summary>Parses the notebook at <paramref name="path"/> as the kernel's front ends do.</summary>
    internal static InteractiveDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        if (extension is not (".ipynb" or ".dib"))
        {
            throw new NotebookFormatException(fullPath, $"unsupported file type '{extension}' (expected .ipynb or .dib)");
        }
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Notebook not found: {fullPath}", fullPath);
        }
        var text = File.ReadAllText(fullPath);
        try
        {
            return extension == ".ipynb"
                ? JupyterNotebook.Parse(text, KernelNames.Known())
                : CodeSubmission.Parse(text, KernelNames.Known());
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException
                                      or KeyNotFoundException or InvalidCastException or NullReferenceException)
        {
            throw new NotebookFormatException(fullPath, e.Message, e);
        }
    }

    private static Notebook ToModel(string path, InteractiveDocument document)
    {
        var cells = document.Elements.Select(element => new NotebookCell(
            KindOf(element.KernelName),
            element.Contents.Replace("\r\n", "\n"),
            element.KernelName ?? KernelNames.CSharp,
            [],
            null,
            element.Metadata is { Count: > 0 } metadata ? JsonSerializer.Serialize(metadata) : null)).ToList();
        var notebookMetadata = Path.GetExtension(path).Equals(".ipynb", StringComparison.OrdinalIgnoreCase)
            ? JsonSerializer.Serialize(document.Metadata)
            : null;
        return new Notebook(path, cells, notebookMetadata);
    }

    internal static CellKind KindOf(string? kernelName) => kernelName switch
    {
        KernelNames.Markdown => CellKind.Markdown,
        "raw" => CellKind.Raw,
        _ => CellKind.Code,
    };
}
