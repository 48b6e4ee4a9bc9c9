namespace Notebooks.Runner;

/// <summary>Optional behaviour of <see cref="NotebookExecutor.RunAsync"/>.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>Called with the 1-based cell number before each code cell executes (progress reporting).</summary>
    public Action<int>? CellStarting { get; init; }

    /// <summary>Called after each code cell with its timing (progress reporting).</summary>
    /// <remarks>Both callbacks run outside the notebook's output capture: what they print goes to the real console.</remarks>
    public Action<CellRun>? CellCompleted { get; init; }

    /// <summary>
    /// Run with the notebook's folder as the process's current directory, as the kernel does in VS Code,
    /// so that relative file paths in cells resolve the same way. The current directory is process-wide:
    /// runs that ask for this are serialised and the previous directory is restored afterwards.
    /// Off by default; the CLI turns it on.
    /// </summary>
    public bool UseNotebookFolderAsWorkingDirectory { get; init; }

    /// <summary>
    /// The longest a single code cell may run; null (the default) means no limit. A cell that takes longer
    /// fails with an error naming the notebook, the cell and the limit, and the notebook stops there, as after
    /// any failing cell. The runner stops waiting and cancels the script's token, but running code cannot be
    /// interrupted and keeps its thread until the process ends: the limit exists so that a hung notebook
    /// fails a CI run instead of blocking it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative time.</exception>
    public TimeSpan? CellTimeout
    {
        get => cellTimeout;
        init => cellTimeout = value is { } limit && limit <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(CellTimeout), limit, "A cell timeout must be positive.")
            : value;
    }

    private readonly TimeSpan? cellTimeout;
}
