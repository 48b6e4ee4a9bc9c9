using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>What one submitted cell produced: its outputs in order and, if it failed, why.</summary>
internal sealed record CellResult(IReadOnlyList<CellOutput> Outputs, CellFailure? Failure);

/// <summary>Why a cell failed: the error output it records (message <c>notebook, cell N[, line L]: …</c>) and the line, when known.</summary>
internal sealed record CellFailure(ErrorOutput Output, int? Line);

/// <summary>
/// Submits a cell to the kernel and turns the kernel's events into nbformat-shaped outputs: standard
/// output and error merge into one stream output each per run of writes, <c>display</c> and its updates,
/// the cell's return value, and the failure located in the notebook.
/// </summary>
internal static class CellExecution
{
    public static async Task<CellResult> RunAsync(Kernel kernel, string code, string kernelName, string where)
    {
        var result = await kernel.SendAsync(new SubmitCode(code, kernelName)).ConfigureAwait(false);
        var outputs = new List<CellOutput>();
        var displayed = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        CellFailure? failure = null;

        foreach (var kernelEvent in result.Events)
        {
            switch (kernelEvent)
            {
                case StandardOutputValueProduced stdout:
                    AppendStream(outputs, "stdout", PlainText(stdout));
                    break;
                case StandardErrorValueProduced stderr:
                    AppendStream(outputs, "stderr", PlainText(stderr));
                    break;
                case DisplayedValueUpdated updated when updated.ValueId is { } id && displayed.TryGetValue(id, out var index):
                    outputs[index] = Display(updated, isExecuteResult: false);
                    break;
                case DisplayedValueProduced display:
                    if (display.ValueId is { } valueId)
                    {
                        displayed[valueId] = outputs.Count;
                    }
                    outputs.Add(Display(display, isExecuteResult: false));
                    break;
                case ReturnValueProduced value:
                    outputs.Add(Display(value, isExecuteResult: true));
                    break;
                case DiagnosticsProduced diagnostics:
                    errors.AddRange(diagnostics.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
                    break;
                case CommandFailed failed:
                    failure = Locate(failed, errors, where);
                    break;
            }
        }
        if (failure is not null)
        {
            outputs.Add(failure.Output);
        }
        return new CellResult(outputs, failure);
    }

    private static CellFailure Locate(CommandFailed failed, IReadOnlyList<Diagnostic> errors, string where)
    {
        if (errors.Count > 0)
        {
            // The kernel's own message counts lines from the top of the code it compiled, after the
            // directive lines it removed; DiagnosticsProduced carries the position in the cell.
            var first = errors[0];
            var line = first.LinePositionSpan.Start.Line + 1;
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more error{(errors.Count > 2 ? "s" : "")})" : "";
            var traceback = errors.Select(d =>
                $"line {d.LinePositionSpan.Start.Line + 1}, column {d.LinePositionSpan.Start.Character + 1}: error {d.Code}: {d.Message}").ToList();
            return new CellFailure(
                new ErrorOutput("CompilationError", $"{where}, line {line}: error {first.Code}: {first.Message}{more}", traceback), line);
        }
        if (failed.Exception is { } exception and not CodeSubmissionCompilationErrorException)
        {
            var typeName = exception.GetType().FullName ?? exception.GetType().Name;
            var traceback = exception.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            return new CellFailure(new ErrorOutput(typeName, $"{where}: {typeName}: {FirstLine(exception.Message)}", traceback), null);
        }
        var lines = failed.Message.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        return new CellFailure(new ErrorOutput("CommandFailed", $"{where}: {string.Join(" ", lines)}", lines), null);
    }

    private static void AppendStream(List<CellOutput> outputs, string name, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (outputs.Count > 0 && outputs[^1] is StreamOutput last && last.Name == name)
        {
            outputs[^1] = last with { Text = last.Text + text };
        }
        else
        {
            outputs.Add(new StreamOutput(name, text));
        }
    }

    private static string PlainText(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value.Replace("\r\n", "\n") ?? "";

    private static DisplayOutput Display(DisplayEvent e, bool isExecuteResult) =>
        new(e.FormattedValues
                .Where(v => !v.SuppressDisplay)
                .GroupBy(v => v.MimeType, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
            isExecuteResult);

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
