namespace Notebooks.Model;

/// <summary>
/// A notebook as the runner sees it, whatever file format it came from (.ipynb or .dib).
/// The parser produces it without outputs; the executor returns a copy with outputs;
/// the .ipynb writer and the site publisher consume the executed copy.
/// </summary>
/// <param name="Path">The file the notebook was read from (as given on the command line, made absolute).</param>
/// <param name="Cells">The cells in document order.</param>
/// <param name="Metadata">
/// Notebook-level metadata kept verbatim as JSON text (the .ipynb <c>metadata</c> object), so the
/// writer can round-trip what it does not understand. Null for .dib files.
/// </param>
public sealed record Notebook(string Path, IReadOnlyList<NotebookCell> Cells, string? Metadata = null)
{
    /// <summary>The file name without extension, e.g. <c>01-sigmoid-tanh-relu-softmax</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);
}

public enum CellKind { Markdown, Code, Raw }

/// <param name="Kind">Markdown, code or raw.</param>
/// <param name="Source">The cell text, lines joined with '\n'.</param>
/// <param name="Language">The kernel name for code cells (<c>csharp</c>, <c>fsharp</c>, <c>pwsh</c>, …); <c>markdown</c> for markdown cells.</param>
/// <param name="Outputs">What executing the cell produced, in order (empty before execution).</param>
/// <param name="ExecutionCount">The 1-based execution counter, null when not executed.</param>
/// <param name="Metadata">The cell's metadata as JSON text (round-tripped by the writer), null if none.</param>
public sealed record NotebookCell(
    CellKind Kind,
    string Source,
    string Language,
    IReadOnlyList<CellOutput> Outputs,
    int? ExecutionCount = null,
    string? Metadata = null);

/// <summary>One output of a code cell, shaped like nbformat 4's output types.</summary>
public abstract record CellOutput;

/// <summary>A rich value: <c>display_data</c>, or <c>execute_result</c> when it is the cell's last expression.</summary>
/// <param name="Data">Mime type to content, e.g. <c>text/plain</c> and <c>text/html</c>.</param>
/// <param name="IsExecuteResult">True for the value of the cell's last expression.</param>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, bool IsExecuteResult = false) : CellOutput;

/// <summary>Text written to <c>stdout</c> or <c>stderr</c>.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>A compile error or an exception, located in the notebook.</summary>
/// <param name="Name">The exception or diagnostic type, e.g. <c>CompilationErrorException</c>.</param>
/// <param name="Message">One line: notebook, cell number, line, message.</param>
/// <param name="Traceback">Further lines (stack trace, further diagnostics).</param>
public sealed record ErrorOutput(string Name, string Message, IReadOnlyList<string> Traceback) : CellOutput;
