using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// Turns what can go wrong in a cell into an <see cref="ErrorOutput"/> whose message is one line:
/// <c>notebook, cell N, line L: what happened</c>. Lines are relative to the cell, because each cell is
/// compiled under its own path (<see cref="CellLocation.CellFilePath"/>) with debug information.
/// </summary>
internal static class CellErrors
{
    public static CellFailure FromCompilation(CompilationErrorException exception, CellLocation cell)
    {
        var diagnostics = exception.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (diagnostics.Count == 0)
        {
            diagnostics = [.. exception.Diagnostics];
        }
        var errors = diagnostics
            .OrderBy(d => d.Location.GetMappedLineSpan().Path == cell.CellFilePath ? 0 : 1)
            .ThenBy(d => d.Location.GetMappedLineSpan().StartLinePosition)
            .ToList();
        if (errors.Count == 0)
        {
            return new CellFailure(new ErrorOutput(nameof(CompilationErrorException), $"{cell.Describe(null)}: {exception.Message}", []), null);
        }

        var first = errors[0];
        var (line, elsewhere) = Locate(first, cell);
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more error{(errors.Count > 2 ? "s" : "")})" : "";
        var message = $"{cell.Describe(line)}: error {first.Id}: {first.GetMessage()}{elsewhere}{more}";
        var traceback = errors.Select(d => DescribeDiagnostic(d, cell)).ToList();
        return new CellFailure(new ErrorOutput(nameof(CompilationErrorException), message, traceback), line);
    }

    public static CellFailure FromException(Exception exception, CellLocation cell)
    {
        var error = Unwrap(exception);
        var frames = new StackTrace(error, fNeedFileInfo: true).GetFrames();

        var lineInCell = frames.FirstOrDefault(f => f.GetFileName() == cell.CellFilePath)?.GetFileLineNumber();
        var innermost = frames.FirstOrDefault(f => IsNotebookCode(f.GetFileName(), cell));
        var origin = "";
        if (innermost is not null && innermost.GetFileName() != cell.CellFilePath)
        {
            origin = $" (thrown in {DescribeFile(innermost.GetFileName()!, innermost.GetFileLineNumber(), cell)})";
        }

        var line = lineInCell is > 0 ? lineInCell : null;
        var typeName = error.GetType().FullName ?? error.GetType().Name;
        var message = $"{cell.Describe(line)}: {typeName}: {FirstLine(error.Message)}{origin}";
        return new CellFailure(new ErrorOutput(typeName, message, Traceback(error)), line);
    }

    public static CellFailure TimedOut(TimeSpan limit, CellLocation cell) =>
        new(new ErrorOutput(nameof(TimeoutException),
            $"{cell.Describe(null)}: the cell did not finish within the {limit.TotalSeconds:0.###} s limit (see --cell-timeout)", []), null);

    public static CellFailure FromDirective(CellDirectiveException exception, CellLocation cell) =>
        new(new ErrorOutput(exception.ErrorName, $"{cell.Describe(exception.Line)}: {exception.Message}", []), exception.Line);

    public static CellFailure NotCSharp(string kernel, CellLocation cell) =>
        new(new ErrorOutput("UnsupportedKernelError",
            $"{cell.Describe(null)}: the cell runs in the '{kernel}' kernel; the runner executes C# cells only", []), null);

    // The exception's own text without the trailing frames of Roslyn's script driver, which say
    // nothing about the notebook.
    private static List<string> Traceback(Exception error)
    {
        var lines = error.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 1
               && (lines[^1].TrimStart().StartsWith("at Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal)
                   || lines[^1].StartsWith("--- End of stack trace", StringComparison.Ordinal)))
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    private static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    break;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    break;
                default:
                    return exception;
            }
        }
    }

    private static (int? Line, string Elsewhere) Locate(Diagnostic diagnostic, CellLocation cell)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        if (!span.IsValid)
        {
            return (null, "");
        }
        var line = span.StartLinePosition.Line + 1;
        return span.Path == cell.CellFilePath
            ? (line, "")
            : (null, $" (in {DescribeFile(span.Path, line, cell)})");
    }

    private static string DescribeDiagnostic(Diagnostic diagnostic, CellLocation cell)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var where = !span.IsValid
            ? cell.Describe(null)
            : span.Path == cell.CellFilePath
                ? $"line {span.StartLinePosition.Line + 1}, column {span.StartLinePosition.Character + 1}"
                : $"{DescribeFile(span.Path, span.StartLinePosition.Line + 1, cell)}, column {span.StartLinePosition.Character + 1}";
        return $"{where}: {severity} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    private static bool IsNotebookCode(string? file, CellLocation cell) =>
        file is not null && (cell.CellNumberOf(file) is not null || file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase));

    // "cell 2, line 4" for another cell of this notebook, "helpers.csx, line 4" for a #load-ed file.
    private static string DescribeFile(string file, int line, CellLocation cell)
    {
        if (cell.CellNumberOf(file) is { } number)
        {
            return $"cell {number}, line {line}";
        }
        var directory = Path.GetDirectoryName(cell.NotebookPath) ?? "";
        var shown = Path.IsPathRooted(file) ? Path.GetRelativePath(directory, file) : file;
        return $"{shown}, line {line}";
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
