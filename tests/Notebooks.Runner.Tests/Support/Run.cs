using Notebooks.Model;

namespace Notebooks.Runner.Tests;

/// <summary>Writes fixture notebooks to a temp folder and executes them in the real kernel (one worker process each).</summary>
internal static class Run
{
    /// <summary>Runs a notebook of C# cells (in a fresh temp folder) and returns the result.</summary>
    public static Task<NotebookRunResult> CSharp(params string[] sources) => Notebook(Ipynb.CSharp(sources));

    public static async Task<NotebookRunResult> Notebook(string ipynbJson, string name = "fixture.ipynb", NotebookRunOptions? options = null)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, ipynbJson);
        return await NotebookExecutor.RunAsync(NotebookReader.Read(path), options);
    }

    public static async Task<NotebookRunResult> File(string path, NotebookRunOptions? options = null) =>
        await NotebookExecutor.RunAsync(NotebookReader.Read(path), options);

    public static IReadOnlyList<CellOutput> Outputs(this NotebookRunResult result, int cellNumber) =>
        result.Notebook.Cells[cellNumber - 1].Outputs;

    /// <summary>
    /// The text a display output shows: its text/plain, else the text inside the kernel's
    /// <c>&lt;div class="dni-plaintext"&gt;&lt;pre&gt;…&lt;/pre&gt;</c> HTML (how it formats numbers and strings).
    /// </summary>
    public static string PlainText(this CellOutput output)
    {
        var data = Assert.IsType<DisplayOutput>(output).Data;
        if (data.TryGetValue("text/plain", out var plain))
        {
            return plain;
        }
        var html = data["text/html"];
        var start = html.IndexOf("<pre>", StringComparison.Ordinal);
        var end = html.IndexOf("</pre>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"no plain value in: {html}");
        return System.Net.WebUtility.HtmlDecode(html[(start + 5)..end]);
    }

    /// <summary>Fails with the recorded error, if any, so that a broken fixture explains itself.</summary>
    public static NotebookRunResult ShouldSucceed(this NotebookRunResult result)
    {
        Assert.True(result.Succeeded, result.Failure?.Message);
        return result;
    }
}
