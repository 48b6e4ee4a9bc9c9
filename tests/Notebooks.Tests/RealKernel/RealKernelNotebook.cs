using System.Text.Json.Nodes;

namespace Notebooks.Tests.RealKernel;

/// <summary>One code cell of a notebook as the final kernel ran it.</summary>
/// <param name="Number">The cell's position among the notebook's code cells, from 1.</param>
/// <param name="Source">The cell's code.</param>
/// <param name="Result">What the kernel produced; null when the cell never ran because the kernel had stopped.</param>
internal sealed record RealKernelCell(int Number, string Source, KernelSubmission? Result)
{
    public string FirstLine => Source.Split('\n')[0].TrimEnd('\r');

    /// <summary>"cell 3 (`#load "../lib/Charts/ActivationCharts.csx"`)": how a failure names the cell.</summary>
    public string Describe(string notebook) => $"{notebook}, code cell {Number} (`{FirstLine}`)";
}

/// <summary>A notebook run top to bottom in the final kernel, in one culture.</summary>
internal sealed record RealKernelNotebook(string FileName, string Culture, IReadOnlyList<RealKernelCell> Cells, string? KernelFailure, TimeSpan Elapsed)
{
    /// <summary>Every failure: cells that failed, with the kernel's messages, and a kernel that stopped or hung.</summary>
    public IReadOnlyList<string> Failures()
    {
        var failures = new List<string>();
        foreach (var cell in Cells)
        {
            if (cell.Result is null) continue;
            if (cell.Result.FailureMessage is { } failed)
                failures.Add($"{cell.Describe(FileName)} failed: {failed}");
            foreach (var error in cell.Result.Errors.Where(e => e != cell.Result.FailureMessage))
                failures.Add($"{cell.Describe(FileName)} produced an error: {error}");
        }
        if (KernelFailure is not null) failures.Add($"{FileName}: {KernelFailure}");
        return failures;
    }
}

/// <summary>The code cells of an .ipynb file, with the kernel each is meant for (as Polyglot Notebooks stores it).</summary>
internal static class IpynbCodeCells
{
    public static IReadOnlyList<(string Source, string KernelName)> Read(string path)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        string defaultKernel = (string?)notebook["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"] ?? "csharp";
        return (notebook["cells"]?.AsArray() ?? throw new InvalidDataException($"{path} has no cells."))
            .Where(cell => (string?)cell?["cell_type"] == "code")
            .Select(cell => (Source(cell!["source"]),
                (string?)cell!["metadata"]?["polyglot_notebook"]?["kernelName"] ?? defaultKernel))
            .ToList();
    }

    // nbformat allows the source as one string or as a list of lines.
    private static string Source(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        JsonValue text => (string?)text ?? "",
        _ => "",
    };
}
