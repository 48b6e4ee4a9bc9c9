using Notebooks.Model;

namespace Notebooks.Runner.Tests;

/// <summary>Writes fixture notebooks to a temp folder and executes them.</summary>
internal static class Run
{
    /// <summary>Runs a notebook of C# cells (in a fresh temp folder) and returns the result.</summary>
    public static Task<NotebookRunResult> CSharp(params string[] sources) => Notebook(Ipynb.CSharp(sources));

    public static async Task<NotebookRunResult> Notebook(string ipynbJson, string name = "fixture.ipynb")
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, ipynbJson);
        return await NotebookExecutor.RunAsync(NotebookReader.Read(path));
    }

    public static async Task<NotebookRunResult> File(string path) => await NotebookExecutor.RunAsync(NotebookReader.Read(path));

    public static IReadOnlyList<CellOutput> Outputs(this NotebookRunResult result, int cellNumber) =>
        result.Notebook.Cells[cellNumber - 1].Outputs;

    public static string PlainText(this CellOutput output) =>
        Assert.IsType<DisplayOutput>(output).Data["text/plain"];

    /// <summary>Fails with the recorded error, if any, so that a broken fixture explains itself.</summary>
    public static NotebookRunResult ShouldSucceed(this NotebookRunResult result)
    {
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result;
    }
}
