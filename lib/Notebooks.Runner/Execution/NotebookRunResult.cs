using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>The outcome of <see cref="NotebookExecutor.RunAsync"/>.</summary>
/// <param name="Notebook">The executed copy: outputs and execution counts filled; cells after a failure unexecuted.</param>
/// <param name="CellRuns">Timing of every executed code cell, in order.</param>
/// <param name="Failure">The failing cell, or null if every code cell succeeded (execution stops at the first failure).</param>
/// <param name="Duration">Wall time of the whole notebook.</param>
public sealed record NotebookRunResult(Notebook Notebook, IReadOnlyList<CellRun> CellRuns, NotebookFailure? Failure, TimeSpan Duration)
{
    /// <summary>True if every code cell ran without error.</summary>
    public bool Succeeded => Failure is null;
}
