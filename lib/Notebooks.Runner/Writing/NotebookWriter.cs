using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Notebooks.Model;
using JupyterNotebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace Notebooks.Runner;

/// <summary>
/// Writes executed notebooks as .ipynb with .NET Interactive's own Jupyter writer (Microsoft.DotNet.Interactive.Documents),
/// with the source's notebook metadata kept verbatim (kernelspec, polyglot_notebook, source_article), then makes the file nbformat 4.5: cell <c>N</c> (1-based, as the runner's messages and the site count)
/// gets the id <c>cell-N</c>, so that two runs of one source write the same file.
/// </summary>
public static class NotebookWriter
{
    /// <summary>The nbformat minor version written: 4.5, the first with cell ids.</summary>
    public const int NbformatMinor = 5;

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        NewLine = "\n",
        // A file, not HTML: keep <, >, & and non-ASCII text readable, as Jupyter does.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes <paramref name="executed"/> to <paramref name="path"/>: cells with their outputs and execution
    /// counts, the source's notebook and cell metadata (kernelspec, polyglot_notebook, …) kept. The file
    /// appears complete or not at all; an existing file is replaced only on success.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="executed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="JsonException">Metadata carried by the notebook is not valid JSON.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteIpynb(Notebook executed, string path)
    {
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = ToJson(executed);
        AtomicFile.Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(json)));
    }

    internal static string ToJson(Notebook notebook)
    {
        var document = new InteractiveDocument(notebook.Cells.Select(ToElement).ToList());
        var root = JsonNode.Parse(JupyterNotebook.ToJupyterJson(document, KernelNames.CSharp))!.AsObject();
        root["metadata"] = notebook.Metadata is { } metadata
            ? JsonNode.Parse(metadata) as JsonObject ?? throw new JsonException("The notebook metadata must be a JSON object.")
            : PolyglotMetadata(root["metadata"]!.AsObject());
        root["nbformat_minor"] = NbformatMinor;
        var cells = root["cells"]!.AsArray();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]!.AsObject();
            cell.Remove("id");
            cell.Insert(0, "id", $"cell-{i + 1}");
        }
        return root.ToJsonString(Output) + "\n";
    }

    private static InteractiveDocumentElement ToElement(NotebookCell cell)
    {
        var kernel = cell.Kind switch
        {
            CellKind.Markdown => KernelNames.Markdown,
            CellKind.Raw => "raw",
            _ => cell.Language,
        };
        var element = new InteractiveDocumentElement(cell.Source, kernel, cell.Outputs.Select(o => ToOutput(o, cell.ExecutionCount)))
        {
            ExecutionOrder = cell.ExecutionCount ?? 0,
        };
        if (Metadata(cell.Metadata) is { } metadata)
        {
            element.Metadata = metadata;
        }
        return element;
    }

    private static InteractiveDocumentOutputElement ToOutput(CellOutput output, int? executionCount) => output switch
    {
        DisplayOutput { IsExecuteResult: true } value => ReturnValue(value, executionCount),
        DisplayOutput display => new DisplayElement(display.Data.ToDictionary(p => p.Key, p => (object)p.Value)),
        StreamOutput stream => new TextElement(stream.Text, stream.Name),
        // Jupyter front ends show the traceback, not evalue: it starts with the located message.
        // ErrorElement's constructor takes the value (evalue) before the name (ename).
        ErrorOutput error => new ErrorElement(error.Message, error.Name, [error.Message, .. error.Traceback]),
        _ => throw new NotSupportedException($"Cannot write output of type {output.GetType().Name} to an .ipynb file."),
    };

    private static ReturnValueElement ReturnValue(DisplayOutput value, int? executionCount)
    {
        var element = new ReturnValueElement { ExecutionOrder = executionCount ?? 0 };
        foreach (var (mimeType, content) in value.Data)
        {
            element.Data[mimeType] = content;
        }
        return element;
    }

    // What .Documents writes for a notebook without metadata (a .dib), with polyglot_notebook's kernel list
    // under "kernelInfo" where Polyglot Notebooks reads it.
    private static JsonObject PolyglotMetadata(JsonObject written)
    {
        var metadata = written.DeepClone().AsObject();
        if (metadata["polyglot_notebook"] is JsonObject polyglot && !polyglot.ContainsKey("kernelInfo"))
        {
            metadata["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = polyglot.DeepClone() };
        }
        return metadata;
    }

    // .Documents expects nested objects as Dictionary<string, object> and arrays as lists.
    private static Dictionary<string, object>? Metadata(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object>)Plain(document.RootElement)!
            : throw new JsonException("Notebook and cell metadata must be JSON objects.");
    }

    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)!, StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
