namespace Notebooks.Runner;

/// <summary>The cell that stopped a notebook run, located as precisely as possible.</summary>
/// <param name="NotebookPath">The notebook file.</param>
/// <param name="CellNumber">1-based, counting every cell (markdown included) as the editor shows them.</param>
/// <param name="Line">1-based line within the cell, when known.</param>
/// <param name="Message">One line naming notebook, cell, line and what happened.</param>
public sealed record NotebookFailure(string NotebookPath, int CellNumber, int? Line, string Message);
