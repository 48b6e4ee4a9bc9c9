using System.Text.Encodings.Web;
using System.Text.Json;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>Writes executed notebooks as nbformat 4 JSON that VS Code (Polyglot Notebooks) and Jupyter open.</summary>
public static class NotebookWriter
{
    /// <summary>The nbformat minor version written: 4.2, as Polyglot Notebooks writes (no cell ids required).</summary>
    public const int NbformatMinor = 2;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1,
        NewLine = "\n",
        // A file, not HTML: keep <, >, & and non-ASCII text readable, as Jupyter does.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes <paramref name="executed"/> to <paramref name="path"/> as an .ipynb file: cells with their
    /// outputs (<c>display_data</c>, <c>execute_result</c> with its execution count, <c>stream</c>,
    /// <c>error</c> with ename/evalue/traceback) and the source's notebook and cell metadata (kernelspec,
    /// polyglot_notebook) kept as they were. A notebook read from a .dib gets Polyglot's C# metadata.
    /// The file appears complete or not at all; an existing file is replaced only on success.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="executed"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="NotSupportedException">A cell holds an output type nbformat does not know.</exception>
    /// <exception cref="JsonException">Metadata carried by the notebook is not valid JSON.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteIpynb(Notebook executed, string path)
    {
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.Write(path, stream => Write(executed, stream));
    }

    internal static void Write(Notebook notebook, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("cells");
        foreach (var cell in notebook.Cells)
        {
            WriteCell(json, cell);
        }
        json.WriteEndArray();
        json.WritePropertyName("metadata");
        if (notebook.Metadata is { } metadata)
        {
            WriteObjectJson(json, metadata, "notebook metadata");
        }
        else
        {
            WritePolyglotMetadata(json, notebook);
        }
        json.WriteNumber("nbformat", 4);
        json.WriteNumber("nbformat_minor", NbformatMinor);
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteCell(Utf8JsonWriter json, NotebookCell cell)
    {
        json.WriteStartObject();
        json.WriteString("cell_type", cell.Kind switch
        {
            CellKind.Code => "code",
            CellKind.Markdown => "markdown",
            _ => "raw",
        });
        if (cell.Kind == CellKind.Code)
        {
            WriteCount(json, "execution_count", cell.ExecutionCount);
        }
        json.WritePropertyName("metadata");
        if (cell.Metadata is { } metadata)
        {
            WriteObjectJson(json, metadata, "cell metadata");
        }
        else
        {
            WriteDefaultCellMetadata(json, cell);
        }
        if (cell.Kind == CellKind.Code)
        {
            json.WriteStartArray("outputs");
            foreach (var output in cell.Outputs)
            {
                WriteOutput(json, output, cell.ExecutionCount);
            }
            json.WriteEndArray();
        }
        WriteLines(json, "source", cell.Source);
        json.WriteEndObject();
    }

    private static void WriteOutput(Utf8JsonWriter json, CellOutput output, int? executionCount)
    {
        json.WriteStartObject();
        switch (output)
        {
            case DisplayOutput display:
                json.WriteStartObject("data");
                foreach (var (mimeType, content) in display.Data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    WriteMimeData(json, mimeType, content);
                }
                json.WriteEndObject();
                if (display.IsExecuteResult)
                {
                    WriteCount(json, "execution_count", executionCount);
                }
                json.WriteStartObject("metadata");
                json.WriteEndObject();
                json.WriteString("output_type", display.IsExecuteResult ? "execute_result" : "display_data");
                break;
            case StreamOutput stream:
                json.WriteString("name", stream.Name);
                json.WriteString("output_type", "stream");
                WriteLines(json, "text", stream.Text);
                break;
            case ErrorOutput error:
                json.WriteString("ename", error.Name);
                json.WriteString("evalue", error.Message);
                json.WriteString("output_type", "error");
                // Jupyter front ends show the traceback, not evalue: it starts with the located message.
                json.WriteStartArray("traceback");
                json.WriteStringValue(error.Message);
                foreach (var line in error.Traceback)
                {
                    json.WriteStringValue(line);
                }
                json.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"Cannot write output of type {output.GetType().Name} to an .ipynb file.");
        }
        json.WriteEndObject();
    }

    private static void WriteMimeData(Utf8JsonWriter json, string mimeType, string content)
    {
        var isJson = mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);
        if (isJson && TryParseJson(content) is { } document)
        {
            using (document)
            {
                json.WritePropertyName(mimeType);
                document.RootElement.WriteTo(json);
            }
            return;
        }
        WriteLines(json, mimeType, content);
    }

    private static JsonDocument? TryParseJson(string content)
    {
        try
        {
            return JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // nbformat's multi-line strings: a list of lines, each but the last ending in "\n".
    private static void WriteLines(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartArray(name);
        foreach (var line in SourceLines.SplitKeepingNewlines(text))
        {
            json.WriteStringValue(line);
        }
        json.WriteEndArray();
    }

    private static void WriteCount(Utf8JsonWriter json, string name, int? count)
    {
        if (count is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteObjectJson(Utf8JsonWriter json, string text, string what)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The {what} must be a JSON object.");
        }
        document.RootElement.WriteTo(json);
    }

    private static void WriteDefaultCellMetadata(Utf8JsonWriter json, NotebookCell cell)
    {
        json.WriteStartObject();
        if (cell.Kind == CellKind.Code)
        {
            json.WriteStartObject("dotnet_interactive");
            json.WriteString("language", cell.Language);
            json.WriteEndObject();
            json.WriteStartObject("polyglot_notebook");
            json.WriteString("kernelName", cell.Language);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    // What Polyglot Notebooks writes for a C# notebook, for notebooks that come without metadata (.dib).
    private static void WritePolyglotMetadata(Utf8JsonWriter json, Notebook notebook)
    {
        json.WriteStartObject();
        json.WriteStartObject("kernelspec");
        json.WriteString("display_name", ".NET (C#)");
        json.WriteString("language", "C#");
        json.WriteString("name", ".net-csharp");
        json.WriteEndObject();
        json.WriteStartObject("language_info");
        json.WriteString("name", "polyglot-notebook");
        json.WriteEndObject();
        json.WriteStartObject("polyglot_notebook");
        json.WriteStartObject("kernelInfo");
        json.WriteString("defaultKernelName", KernelNames.CSharp);
        json.WriteStartArray("items");
        var kernels = notebook.Cells
            .Where(cell => cell.Kind == CellKind.Code)
            .Select(cell => cell.Language)
            .Prepend(KernelNames.CSharp)
            .Distinct(StringComparer.Ordinal);
        foreach (var kernel in kernels)
        {
            json.WriteStartObject();
            json.WriteStartArray("aliases");
            json.WriteEndArray();
            json.WriteString("name", kernel);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
