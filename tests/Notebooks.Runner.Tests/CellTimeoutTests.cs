using System.Diagnostics;
using Notebooks.Model;

namespace Notebooks.Runner.Tests;

/// <summary>A cell that never returns fails with its notebook and cell named: the worker process is ended.</summary>
public sealed class CellTimeoutTests
{
    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("System.Threading.Thread.Sleep(-1);")]
    public async Task A_hung_cell_is_stopped_at_the_cell_limit(string hang)
    {
        var watch = Stopwatch.StartNew();
        var result = await Run.Notebook(Ipynb.CSharp("Console.WriteLine(\"first\");", hang, "var never = 1;"),
            options: new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(10) });

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal(2, failure.CellNumber);
        Assert.StartsWith("fixture.ipynb, cell 2: the cell did not finish within the 10 s limit per cell (--cell-timeout)", failure.Message);
        Assert.Equal("first\n", Assert.IsType<StreamOutput>(Assert.Single(result.Outputs(1))).Text);
        Assert.Equal(failure.Message, Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(2))).Message);
        Assert.Null(result.Notebook.Cells[2].ExecutionCount);
        Assert.False(result.CellRuns.Last().Succeeded);
        // Worker start and the first cell take their time on a busy machine; the hang itself must not.
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_notebook_over_its_limit_is_stopped()
    {
        var result = await Run.Notebook(Ipynb.CSharp("var a = 1;", "while (true) {}"),
            options: new NotebookRunOptions { NotebookTimeout = TimeSpan.FromSeconds(45) });

        // On a busy machine the limit may strike before the kernel reaches the hung cell: then the notebook is named.
        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Contains("did not finish within the 45 s limit per notebook (--notebook-timeout)", failure.Message);
        Assert.StartsWith("fixture.ipynb", failure.Message);
        Assert.False(result.Succeeded);
    }
}
