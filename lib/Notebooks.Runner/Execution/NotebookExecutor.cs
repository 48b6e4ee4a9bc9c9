using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// Executes the C# cells of a notebook the way the .NET Interactive C# kernel does ("run all"): one
/// Roslyn script state across cells, so variables, types and usings carry over; the value of a cell's
/// last expression becomes an <c>execute_result</c>; <c>display</c>/<c>HTML</c>, Console output and
/// Plotly.NET charts become outputs; <c>#r "nuget: …"</c> is served from the runner's substitution
/// table; <c>#r "path.dll"</c> and <c>#load "file.csx"</c> resolve from the notebook's folder.
/// </summary>
/// <remarks>
/// Cell numbers in results and messages are 1-based and count every cell, markdown included, as the
/// editor shows them. Execution stops at the first failing cell; later code cells keep no outputs and
/// no execution count. Several notebooks may execute in parallel in one process.
/// </remarks>
public static class NotebookExecutor
{
    private static readonly SemaphoreSlim WorkingDirectoryGate = new(1, 1);

    /// <summary>Executes <paramref name="notebook"/> and returns the executed copy (outputs and execution counts filled).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between cells).</exception>
    public static async Task<Notebook> ExecuteAsync(Notebook notebook, CancellationToken cancellationToken = default) =>
        (await RunAsync(notebook, null, cancellationToken).ConfigureAwait(false)).Notebook;

    /// <summary>
    /// Executes <paramref name="notebook"/> and returns the executed copy with per-cell timings and the
    /// failure, if any. Failing cells do not throw: they record an <see cref="ErrorOutput"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    /// <exception cref="ArgumentException">The notebook's path is not absolute.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked between cells).</exception>
    public static async Task<NotebookRunResult> RunAsync(
        Notebook notebook, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        if (!Path.IsPathFullyQualified(notebook.Path))
        {
            throw new ArgumentException($"The notebook path must be absolute: '{notebook.Path}'.", nameof(notebook));
        }
        options ??= new NotebookRunOptions();
        ConsoleCapture.EnsureInstalled();
        PlotlyChartFormatter.EnsureRegistered();

        if (!options.UseNotebookFolderAsWorkingDirectory)
        {
            return await new NotebookRun(notebook, options).RunAsync(cancellationToken).ConfigureAwait(false);
        }

        await WorkingDirectoryGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(notebook.Path)!;
            return await new NotebookRun(notebook, options).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            WorkingDirectoryGate.Release();
        }
    }
}
