namespace Notebooks.Runner;

/// <summary>A code cell of a notebook being executed: how errors name it and the file path Roslyn gives it.</summary>
/// <param name="NotebookPath">The notebook's absolute path.</param>
/// <param name="CellNumber">1-based, counting every cell (markdown included) as the editor shows them.</param>
internal sealed record CellLocation(string NotebookPath, int CellNumber)
{
    /// <summary>
    /// The path the cell's code is compiled under (<c>/notebooks/a.ipynb#cell-3</c>): compiler
    /// diagnostics and stack frames carry it, and relative <c>#r</c>/<c>#load</c> paths resolve from its folder.
    /// </summary>
    public string CellFilePath => CellFilePathOf(CellNumber);

    public string CellFilePathOf(int cellNumber) => $"{NotebookPath}#cell-{cellNumber}";

    public string NotebookFileName => Path.GetFileName(NotebookPath);

    /// <summary>"a.ipynb, cell 3, line 2" (the line is left out when unknown).</summary>
    public string Describe(int? line) =>
        line is { } l ? $"{NotebookFileName}, cell {CellNumber}, line {l}" : $"{NotebookFileName}, cell {CellNumber}";

    /// <summary>The cell number if <paramref name="filePath"/> is one of this notebook's cells, else null.</summary>
    public int? CellNumberOf(string? filePath)
    {
        var prefix = $"{NotebookPath}#cell-";
        return filePath is not null
               && filePath.StartsWith(prefix, StringComparison.Ordinal)
               && int.TryParse(filePath.AsSpan(prefix.Length), out var number)
            ? number
            : null;
    }
}
