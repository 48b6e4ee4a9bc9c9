using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>An error recorded in an executed notebook.</summary>
/// <param name="CellNumber">1-based, counting every cell (markdown included) as the editor shows them.</param>
/// <param name="Error">The error output; its message names notebook, cell, line and what happened.</param>
public sealed record CellError(int CellNumber, ErrorOutput Error);

/// <summary>Lists the errors of an executed notebook.</summary>
public static class NotebookErrors
{
    /// <summary>Every <see cref="ErrorOutput"/> in <paramref name="notebook"/>, with its cell number, in cell order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="notebook"/> is null.</exception>
    public static IReadOnlyList<CellError> Errors(this Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        return notebook.Cells
            .SelectMany((cell, index) => cell.Outputs.OfType<ErrorOutput>().Select(error => new CellError(index + 1, error)))
            .ToList();
    }
}
