using System.Diagnostics;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// Executes a notebook's code cells in order ("Run All") in .NET Interactive's C# kernel, in a worker process
/// of its own: a fresh kernel per notebook, the notebook's folder as the current directory, no formatter
/// or assembly left behind by another notebook, and time limits that hold, because a cell that does not
/// finish in time ends its process. Several notebooks may execute in parallel.
/// </summary>
/// <remarks>
/// Cell numbers are 1-based and count every cell, markdown included, as the editor shows them. Execution
/// stops at the first failing cell; later code cells keep no outputs and no execution count.
/// </remarks>
public static class NotebookExecutor
{
    /// <summary>Executes <paramref name="notebook"/> and returns the executed copy (outputs and execution counts filled).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the worker is ended).</exception>
    public static async Task<Notebook> ExecuteAsync(Notebook notebook, CancellationToken cancellationToken = default) =>
        (await RunAsync(notebook, null, cancellationToken).ConfigureAwait(false)).Notebook;

    /// <summary>
    /// Executes <paramref name="notebook"/> (read from <see cref="Notebook.Path"/> by the worker) and returns
    /// the executed copy with per-cell timings and the failure, if any. Failing, hung or crashing cells do not
    /// throw: they record an <see cref="ErrorOutput"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    /// <exception cref="ArgumentException">The notebook's path is not absolute.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the worker is ended).</exception>
    public static async Task<NotebookRunResult> RunAsync(
        Notebook notebook, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        if (!Path.IsPathFullyQualified(notebook.Path))
        {
            throw new ArgumentException($"The notebook path must be absolute: '{notebook.Path}'.", nameof(notebook));
        }
        options ??= new NotebookRunOptions();
        var name = Path.GetFileName(notebook.Path);
        var total = Stopwatch.StartNew();
        var cellWatch = new Stopwatch();
        var executed = new Dictionary<int, (IReadOnlyList<CellOutput> Outputs, int Count)>();
        var runs = new List<CellRun>();
        NotebookFailure? failure = null;
        int? running = null;

        using var worker = WorkerProcess.Start(notebook.Path);
        while (true)
        {
            WorkerMessage? message;
            try
            {
                message = await worker.ReadAsync(Remaining(options, total, running is null ? null : cellWatch), cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                worker.Kill();
                var cellLimit = running is not null && options.CellTimeout is { } c && cellWatch.Elapsed >= c;
                var limit = cellLimit
                    ? $"did not finish within the {Seconds(options.CellTimeout!.Value)} limit per cell (--cell-timeout)"
                    : $"did not finish within the {Seconds(options.NotebookTimeout!.Value)} limit per notebook (--notebook-timeout)";
                failure = Stop(notebook, running, "TimeoutError", $"{limit}; its worker process was ended", executed, runs, cellWatch, options);
                break;
            }
            catch (OperationCanceledException)
            {
                worker.Kill();
                throw;
            }

            if (message is null)
            {
                failure = Stop(notebook, running, "WorkerCrashed", $"the worker process ended unexpectedly ({worker.DescribeExit()})",
                    executed, runs, cellWatch, options);
                break;
            }
            if (message.Event == "finished")
            {
                break;
            }
            if (message.Event == "started")
            {
                running = message.Cell;
                cellWatch.Restart();
                options.CellStarting?.Invoke(message.Cell + 1);
            }
            else if (message.Event == "completed")
            {
                running = null;
                var outputs = (message.Outputs ?? []).Select(o => o.ToOutput()).ToList();
                executed[message.Cell] = (outputs, executed.Count + 1);
                var run = new CellRun(message.Cell + 1, TimeSpan.FromSeconds(message.Seconds), !message.Failed);
                runs.Add(run);
                options.CellCompleted?.Invoke(run);
                if (message.Failed)
                {
                    var error = outputs.OfType<ErrorOutput>().LastOrDefault();
                    failure = new NotebookFailure(notebook.Path, message.Cell + 1, message.FailureLine,
                        error?.Message ?? $"{name}, cell {message.Cell + 1}: failed");
                }
            }
        }

        var cells = notebook.Cells.Select((cell, index) => executed.TryGetValue(index, out var result)
            ? cell with { Outputs = result.Outputs, ExecutionCount = result.Count }
            : cell with { Outputs = [], ExecutionCount = null }).ToList();
        return new NotebookRunResult(notebook with { Cells = cells }, runs, failure, total.Elapsed);
    }

    // The failure of a worker that had to be ended or ended by itself: recorded on the cell it was running
    // (or on the notebook's first code cell if it never reached one).
    private static NotebookFailure Stop(
        Notebook notebook, int? running, string errorName, string what,
        Dictionary<int, (IReadOnlyList<CellOutput> Outputs, int Count)> executed, List<CellRun> runs, Stopwatch cellWatch, NotebookRunOptions options)
    {
        var name = Path.GetFileName(notebook.Path);
        if (running is not { } index)
        {
            var first = Enumerable.Range(0, notebook.Cells.Count)
                .FirstOrDefault(i => notebook.Cells[i].Kind == CellKind.Code && !executed.ContainsKey(i), -1);
            var message = executed.Count == 0 ? $"{name}: the notebook {what} before its first cell" : $"{name}: the notebook {what}";
            if (first >= 0)
            {
                executed[first] = ([new ErrorOutput(errorName, message, [])], executed.Count + 1);
            }
            return new NotebookFailure(notebook.Path, first + 1, null, message);
        }
        var located = $"{name}, cell {index + 1}: the cell {what}";
        executed[index] = ([new ErrorOutput(errorName, located, [])], executed.Count + 1);
        var run = new CellRun(index + 1, cellWatch.Elapsed, Succeeded: false);
        runs.Add(run);
        options.CellCompleted?.Invoke(run);
        return new NotebookFailure(notebook.Path, index + 1, null, located);
    }

    private static TimeSpan? Remaining(NotebookRunOptions options, Stopwatch total, Stopwatch? cell)
    {
        TimeSpan? remaining = options.NotebookTimeout is { } n ? n - total.Elapsed : null;
        if (cell is not null && options.CellTimeout is { } c && (remaining is null || c - cell.Elapsed < remaining))
        {
            remaining = c - cell.Elapsed;
        }
        return remaining;
    }

    private static string Seconds(TimeSpan limit) => $"{limit.TotalSeconds:0.###} s";
}
