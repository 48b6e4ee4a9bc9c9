using Notebooks.Model;

namespace Notebooks.Runner.Tests;

/// <summary>.dib files split into cells at the lines of known kernels (.NET Interactive's own parser, given the kernel names).</summary>
public sealed class DibTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Dib() => folder.Write("tanh.dib", """
        #!markdown

        # Tanh

        #!csharp

        var x = Math.Tanh(0.5);

        #!c#
        Math.Round(x * 2, 6)

        #!md
        Done.

        """);

    [Fact]
    public void Cells_split_at_kernel_lines_and_aliases()
    {
        var notebook = NotebookReader.Read(Dib());

        Assert.Null(notebook.Metadata);
        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code, CellKind.Markdown], notebook.Cells.Select(c => c.Kind));
        Assert.Equal("# Tanh", notebook.Cells[0].Source.Trim());
        Assert.Equal("var x = Math.Tanh(0.5);", notebook.Cells[1].Source.Trim());
        Assert.Equal("csharp", notebook.Cells[2].Language);
    }

    [Fact]
    public async Task A_dib_runs_and_its_executed_copy_is_an_ipynb()
    {
        var result = (await Run.File(Dib())).ShouldSucceed();

        Assert.Equal("0.924234", Assert.Single(result.Outputs(3)).PlainText());
        var target = Path.Combine(folder.Root, "out", "tanh.ipynb");
        NotebookWriter.WriteIpynb(result.Notebook, target);
        var written = NotebookReader.Read(target);
        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code, CellKind.Markdown], written.Cells.Select(c => c.Kind));
        Assert.Contains("\"kernelInfo\"", File.ReadAllText(target));
    }
}
