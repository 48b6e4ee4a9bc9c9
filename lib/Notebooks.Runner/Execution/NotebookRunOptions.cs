namespace Notebooks.Runner;

/// <summary>Optional behaviour of <see cref="NotebookExecutor.RunAsync"/>.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>Called with the 1-based cell number when a code cell starts (progress reporting).</summary>
    public Action<int>? CellStarting { get; init; }

    /// <summary>Called after each code cell with its timing (progress reporting).</summary>
    public Action<CellRun>? CellCompleted { get; init; }

    /// <summary>
    /// The longest one code cell may run; null means no limit. The notebook's worker process is ended when
    /// a cell takes longer, so even <c>while (true) {}</c> stops; the cell fails with an error naming the
    /// notebook, the cell and the limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative time.</exception>
    public TimeSpan? CellTimeout
    {
        get => cellTimeout;
        init => cellTimeout = Positive(value, nameof(CellTimeout));
    }

    /// <summary>The longest the whole notebook may run (worker start and package restores included); null means no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative time.</exception>
    public TimeSpan? NotebookTimeout
    {
        get => notebookTimeout;
        init => notebookTimeout = Positive(value, nameof(NotebookTimeout));
    }

    private readonly TimeSpan? cellTimeout;
    private readonly TimeSpan? notebookTimeout;

    private static TimeSpan? Positive(TimeSpan? value, string name) =>
        value is { } limit && limit <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(name, limit, "A time limit must be positive.")
            : value;
}
