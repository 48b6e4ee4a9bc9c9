using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class CellTimeoutTests
{
    [Fact]
    public async Task A_cell_that_outlives_the_limit_fails_naming_notebook_cell_and_limit_and_stops_the_run()
    {
        using var folder = new TempFolder();
        var path = folder.Write("hangs.ipynb", Ipynb.CSharp(
            "var before = 1;",
            "Console.WriteLine(\"started\");\nawait Task.Delay(System.Threading.Timeout.Infinite);",
            "before"));

        var result = await NotebookExecutor.RunAsync(NotebookReader.Read(path),
            new NotebookRunOptions { CellTimeout = TimeSpan.FromMilliseconds(500) });

        var error = Assert.IsType<ErrorOutput>(result.Outputs(2).Last());
        Assert.Equal("TimeoutException", error.Name);
        Assert.Equal("hangs.ipynb, cell 2: the cell did not finish within the 0.5 s limit (see --cell-timeout)", error.Message);
        Assert.Equal(new NotebookFailure(result.Notebook.Path, 2, null, error.Message), result.Failure);
        Assert.Null(result.Notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task Cells_within_the_limit_run_as_without_one()
    {
        using var folder = new TempFolder();
        var path = folder.Write("quick.ipynb", Ipynb.CSharp("var x = 20;", "await Task.Delay(10);\nx + 1"));

        var result = (await NotebookExecutor.RunAsync(NotebookReader.Read(path),
            new NotebookRunOptions { CellTimeout = TimeSpan.FromMinutes(1) })).ShouldSucceed();

        Assert.Equal("21", Assert.Single(result.Outputs(2)).PlainText());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_that_is_not_positive_is_refused(int seconds)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(seconds) });
        Assert.Equal("CellTimeout", e.ParamName);
    }

    [Fact]
    public void The_command_line_defaults_to_ten_minutes_and_zero_means_no_limit()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), CliArguments.Parse([]).CellTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2.5), CliArguments.Parse(["--cell-timeout", "2.5"]).CellTimeout);
        Assert.Null(CliArguments.Parse(["--cell-timeout", "0"]).CellTimeout);
    }
}
