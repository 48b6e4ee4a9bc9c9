using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>Reads an executed .ipynb (one the runner wrote earlier) with its outputs, so that the site can list it again.</summary>
internal static class ExecutedNotebookReader
{
    public static Notebook Read(string path)
    {
        var document = NotebookReader.Load(path);
        var notebook = NotebookReader.Read(path);
        var cells = notebook.Cells.Select((cell, i) =>
        {
            var element = document.Elements[i];
            return cell with
            {
                Outputs = element.Outputs.Select(ToOutput).ToList(),
                ExecutionCount = element.ExecutionOrder > 0 ? element.ExecutionOrder : null,
            };
        }).ToList();
        return notebook with { Cells = cells };
    }

    private static CellOutput ToOutput(InteractiveDocumentOutputElement output) => output switch
    {
        ReturnValueElement value => new DisplayOutput(Data(value.Data), IsExecuteResult: true),
        DisplayElement display => new DisplayOutput(Data(display.Data)),
        TextElement text => new StreamOutput(text.Name ?? "stdout", text.Text ?? ""),
        // The writer starts the traceback with the located message (for Jupyter front ends).
        ErrorElement error => new ErrorOutput(error.ErrorName ?? "Error", error.ErrorValue ?? "",
            (error.StackTrace ?? []).SkipWhile((line, i) => i == 0 && line == error.ErrorValue).ToList()),
        _ => throw new NotSupportedException($"output of type {output.GetType().Name}"),
    };

    private static Dictionary<string, string> Data(IDictionary<string, object>? data) =>
        (data ?? new Dictionary<string, object>()).ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal);

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()!,
        JsonElement { ValueKind: JsonValueKind.Array } e when e.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String) =>
            string.Concat(e.EnumerateArray().Select(x => x.GetString())),
        JsonElement e => e.GetRawText(),
        IEnumerable<object> lines => string.Concat(lines.Select(Text)),
        _ => value.ToString() ?? "",
    };
}
