using System.Text.RegularExpressions;
using Notebooks.Model;
using Xunit.Abstractions;

namespace Notebooks.Tests.RealKernel;

/// <summary>
/// Every notebook in notebooks/ runs top to bottom in the final .NET Interactive kernel, the one VS Code Polyglot
/// Notebooks runs (the pinned <c>microsoft.dotnet-interactive</c> tool, with the Plotly.NET 5 line the notebooks pin),
/// and prints there what the project's runner prints for it.
/// </summary>
public partial class RealKernelNotebookTests(ITestOutputHelper output)
{
    public static TheoryData<string> Notebooks() => new(RepositoryPaths.NotebookFiles());

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_code_cell_runs_in_the_final_kernel(string fileName)
    {
        var run = await RealKernelRuns.Get(fileName);

        AssertNoFailures(run);
        Assert.Equal(IpynbCodeCells.Read(RepositoryPaths.Notebook(fileName)).Count, run.Cells.Count(c => c.Result is not null));
        output.WriteLine($"{fileName}: {run.Cells.Count(c => c.Result?.Succeeded == true)} of {run.Cells.Count} code cells passed " +
                         $"in {run.Elapsed.TotalSeconds:0.0} s (kernel start and package restore included)");
        foreach (var cell in run.Cells)
            output.WriteLine($"  cell {cell.Number,3} {cell.Result!.Elapsed.TotalSeconds,7:0.00} s  {cell.FirstLine}");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task No_cell_fails_for_a_reader_whose_decimal_separator_is_a_comma(string fileName)
    {
        var run = await RealKernelRuns.Get(fileName, RealKernelRuns.German);

        AssertNoFailures(run);
    }

    /// <summary>
    /// The notebooks print numbers with a decimal point whatever the reader's culture (Print and NumPyStyle format
    /// with the invariant culture), so that the output reads like the articles' and every reader sees the same lesson.
    /// </summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task A_reader_with_a_decimal_comma_sees_the_same_output(string fileName)
    {
        var english = await RealKernelRuns.Get(fileName);
        var german = await RealKernelRuns.Get(fileName, RealKernelRuns.German);
        AssertNoFailures(english);
        AssertNoFailures(german);

        foreach (var (en, de) in english.Cells.Zip(german.Cells))
        {
            Assert.True(Comparable(Stdout(en)) == Comparable(Stdout(de)),
                $"{en.Describe(fileName)} prints differently in {RealKernelRuns.German}:{Environment.NewLine}" +
                $"{RealKernelRuns.English}:{Environment.NewLine}{Stdout(en)}{Environment.NewLine}{RealKernelRuns.German}:{Environment.NewLine}{Stdout(de)}");
            Assert.True(Markdown(en).SequenceEqual(Markdown(de)),
                $"{en.Describe(fileName)} displays different markdown in {RealKernelRuns.German}.");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_chart_cell_shows_a_plotly_chart_in_the_final_kernel(string fileName)
    {
        var run = await RealKernelRuns.Get(fileName);
        var executed = await ExecutedNotebooks.Get(fileName);
        AssertNoFailures(run);

        var runnerChartCells = RunnerCodeCells(executed)
            .Select((cell, i) => (Number: i + 1, Charts: ChartHtml(cell).Count()))
            .Where(c => c.Charts > 0).ToList();
        Assert.NotEmpty(runnerChartCells);
        foreach (var (number, charts) in runnerChartCells)
        {
            var cell = run.Cells[number - 1];
            var html = cell.Result!.Values.Where(v => v.TryGetValue("text/html", out var h) && IsPlotlyChart(h)).ToList();
            Assert.True(html.Count == charts,
                $"{cell.Describe(fileName)} draws {charts} chart(s) in the runner but {html.Count} in the final kernel (text/html with a Plotly chart).");
        }
        int kernelCharts = run.Cells.Sum(c => c.Result!.Values.Count(v => v.TryGetValue("text/html", out var h) && IsPlotlyChart(h)));
        Assert.Equal(runnerChartCells.Sum(c => c.Charts), kernelCharts);
    }

    /// <summary>
    /// The two engines agree: every code cell prints the same text, displays the same markdown and draws the same
    /// traces (names, x and y) under the same title in the final kernel (Plotly.NET 5.1) as in the runner (Plotly.NET 6.0).
    /// A cell that prints timings (a number followed by ms, μs or ns: the live benchmark) is compared with its numbers masked.
    /// </summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_final_kernel_prints_and_draws_what_the_runner_does(string fileName)
    {
        var run = await RealKernelRuns.Get(fileName);
        var executed = await ExecutedNotebooks.Get(fileName);
        AssertNoFailures(run);
        var runnerCells = RunnerCodeCells(executed);
        Assert.Equal(runnerCells.Count, run.Cells.Count);

        foreach (var (cell, runnerCell) in run.Cells.Zip(runnerCells))
        {
            string kernelText = Stdout(cell);
            string runnerText = string.Concat(runnerCell.Outputs.OfType<StreamOutput>().Where(s => s.Name == "stdout").Select(s => s.Text));
            Assert.True(Comparable(kernelText) == Comparable(runnerText),
                $"{cell.Describe(fileName)} prints differently:{Environment.NewLine}final kernel:{Environment.NewLine}{kernelText}" +
                $"{Environment.NewLine}runner:{Environment.NewLine}{runnerText}");

            var runnerMarkdown = runnerCell.Outputs.OfType<DisplayOutput>()
                .Where(d => d.Data.ContainsKey("text/markdown")).Select(d => d.Data["text/markdown"]).ToList();
            Assert.True(Markdown(cell).SequenceEqual(runnerMarkdown), $"{cell.Describe(fileName)} displays different markdown in the two engines.");

            var kernelCharts = cell.Result!.Values.Where(v => v.TryGetValue("text/html", out var h) && IsPlotlyChart(h))
                .Select(v => ChartOutput.Parse(v["text/html"])).ToList();
            var runnerCharts = ChartHtml(runnerCell).Select(ChartOutput.Parse).ToList();
            Assert.Equal(runnerCharts.Count, kernelCharts.Count);
            foreach (var (kernelChart, runnerChart) in kernelCharts.Zip(runnerCharts))
                ChartAssert.SameTraces(runnerChart, kernelChart, cell.Describe(fileName));
        }
    }

    private static void AssertNoFailures(RealKernelNotebook run)
    {
        var failures = run.Failures();
        Assert.True(failures.Count == 0,
            $"{run.FileName} in the final kernel ({run.Culture}, {run.Elapsed.TotalSeconds:0} s):{Environment.NewLine}" +
            string.Join(Environment.NewLine, failures));
    }

    private static List<NotebookCell> RunnerCodeCells(Notebook executed) => executed.Cells.Where(c => c.Kind == CellKind.Code).ToList();

    private static IEnumerable<string> ChartHtml(NotebookCell cell) =>
        cell.Outputs.OfType<DisplayOutput>()
            .Where(d => d.Data.TryGetValue("text/html", out var html) && IsPlotlyChart(html))
            .Select(d => d.Data["text/html"]);

    private static bool IsPlotlyChart(string html) => html.Contains("var data = ", StringComparison.Ordinal) && html.Contains("Plotly", StringComparison.Ordinal);

    private static string Stdout(RealKernelCell cell) => cell.Result?.Stdout.ToString() ?? "";

    private static IEnumerable<string> Markdown(RealKernelCell cell) =>
        cell.Result?.Values.Where(v => v.ContainsKey("text/markdown")).Select(v => v["text/markdown"]) ?? [];

    // Line ends as printed; a cell that prints timings has its numbers masked, with the padding that aligns them.
    private static string Comparable(string text)
    {
        text = text.Replace("\r\n", "\n");
        return Timing().IsMatch(text) ? Number().Replace(text, "#") : text;
    }

    [GeneratedRegex(@"\d (?:ms|μs|ns)\b")]
    private static partial Regex Timing();

    [GeneratedRegex(@" *[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?")]
    private static partial Regex Number();
}
