namespace Notebooks.Runner;

/// <summary>A notebook file that cannot be parsed: the message names the file and, where known, the line or cell.</summary>
public sealed class NotebookFormatException : FormatException
{
    /// <summary>Creates the exception; the message is built from the location and the problem.</summary>
    /// <param name="filePath">The notebook file.</param>
    /// <param name="problem">What is wrong, without the location.</param>
    /// <param name="line">The 1-based line in the file, when known.</param>
    /// <param name="cellNumber">The 1-based cell number (all cells, as the editor shows them), when known.</param>
    /// <param name="inner">The underlying parser exception, if any.</param>
    public NotebookFormatException(string filePath, string problem, int? line = null, int? cellNumber = null, Exception? inner = null)
        : base(Describe(filePath, problem, line, cellNumber), inner)
    {
        FilePath = filePath;
        Line = line;
        CellNumber = cellNumber;
    }

    /// <summary>The notebook file that failed to parse.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line in the file, when known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based cell number, when known.</summary>
    public int? CellNumber { get; }

    private static string Describe(string filePath, string problem, int? line, int? cellNumber)
    {
        var where = filePath;
        if (cellNumber is { } cell)
        {
            where += $", cell {cell}";
        }
        if (line is { } l)
        {
            where += $", line {l}";
        }
        return $"{where}: {problem}";
    }
}
