using Notebooks.Model;

namespace Notebooks.Tests;

/// <summary>Every notebook in notebooks/ runs end to end through the runner without an error.</summary>
public partial class NotebookExecutionTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryPaths.NotebookFiles()) data.Add(file);
        return data;
    }

    [Fact]
    public void The_notebooks_folder_holds_the_three_article_notebooks()
    {
        Assert.Superset(
            new HashSet<string>
            {
                "01-sigmoid-tanh-relu-leakyrelu-softmax.ipynb",
                "02-tanhshrink-and-threshold.ipynb",
                "03-graphs-of-sigmoid-tanh-relu.ipynb",
            },
            RepositoryPaths.NotebookFiles().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_cell_runs_without_an_error(string fileName)
    {
        var executed = await ExecutedNotebooks.Get(fileName);

        var errors = ExecutedNotebooks.Errors(executed);
        Assert.True(errors.Count == 0, $"{fileName} failed:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_code_cell_is_executed_in_order_and_every_chart_cell_shows_a_chart(string fileName)
    {
        var executed = await ExecutedNotebooks.Get(fileName);

        var codeCells = executed.Cells.Where(cell => cell.Kind == CellKind.Code).ToList();
        Assert.Equal(Enumerable.Range(1, codeCells.Count).Select(n => (int?)n), codeCells.Select(cell => cell.ExecutionCount));
        var chartCells = codeCells.Where(DrawsAChart).ToList();
        Assert.NotEmpty(chartCells);
        var charts = ExecutedNotebooks.Charts(executed);
        foreach (var cell in chartCells)
            Assert.True(charts.Any(chart => ReferenceEquals(chart.Cell, cell)),
                $"{fileName}: the cell starting '{cell.Source.Split('\n')[0]}' draws a chart but has no text/html Plotly output.");
    }

    // A cell whose code calls a chart helper (any function named …Chart, or Visualize) at the start of a line (its
    // value is the chart), as opposed to a cell that only defines a wrapper around one.
    private static bool DrawsAChart(NotebookCell cell) =>
        cell.Source.Split('\n').Any(line => ChartCall().IsMatch(line));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[A-Z][A-Za-z]*Chart|Visualize)\(")]
    private static partial System.Text.RegularExpressions.Regex ChartCall();
}
