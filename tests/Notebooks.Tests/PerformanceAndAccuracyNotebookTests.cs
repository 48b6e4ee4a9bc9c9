using System.Globalization;
using System.Text.RegularExpressions;
using Notebooks.Model;

namespace Notebooks.Tests;

/// <summary>
/// notebooks/06: the committed benchmark and accuracy reports as the executed notebook charted and tabulated
/// them, and its live benchmark and accuracy check. Timings are checked for presence, never for speed.
/// </summary>
public class PerformanceAndAccuracyNotebookTests
{
    private const string FileName = "06-performance-and-accuracy.ipynb";

    private static readonly string[] BenchmarkTraceNames =
        { "library (span)", "article's formula (scalar loop)", "TensorPrimitives", "Span.CopyTo" };

    private static Task<Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The text/markdown outputs of the first code cell whose source contains <paramref name="sourceFragment"/>.</summary>
    private static IReadOnlyList<string> MarkdownOf(Notebook notebook, string sourceFragment) =>
        ExecutedNotebooks.CodeCell(notebook, sourceFragment).Outputs.OfType<DisplayOutput>()
            .Where(output => output.Data.ContainsKey("text/markdown")).Select(output => output.Data["text/markdown"]).ToList();

    [Fact]
    public async Task Runs_without_an_error()
    {
        var errors = ExecutedNotebooks.Errors(await Executed());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_benchmark_charts_are_grouped_bar_charts_of_the_four_methods_per_function()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());
        Assert.Equal(3, charts.Count);
        foreach (var (chart, type) in new[] { (charts[0], "Float"), (charts[1], "Double") })
        {
            Assert.StartsWith(type + ": ms per call at 1M elements", chart.Title);
            Assert.Equal(BenchmarkTraceNames, chart.TraceNames);
            Assert.All(chart.Data.EnumerateArray(), trace => Assert.Equal("bar", trace.GetProperty("type").GetString()));
            Assert.Equal("group", chart.Layout.GetProperty("barmode").GetString());
            Assert.Equal("log", chart.Layout.GetProperty("yaxis").GetProperty("type").GetString());

            // Every function of report.csv has a library bar and a copy bar; TensorPrimitives only some (NaN = no bar).
            var functions = chart.Data[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()).ToList();
            Assert.Equal(25, functions.Count);
            Assert.Contains("Sigmoid", functions);
            Assert.All(chart.Y(0), ms => Assert.True(ms > 0));
            Assert.All(chart.Y(3), ms => Assert.True(ms > 0));
            Assert.InRange(chart.Y(2).Count(ms => !double.IsNaN(ms)), 1, 24);
            // Ordered by the library's time.
            Assert.Equal(chart.Y(0).OrderBy(ms => ms), chart.Y(0));
        }
    }

    [Fact]
    public async Task The_accuracy_table_shows_the_newest_sweep_report_and_the_live_table_has_Sigmoid()
    {
        var notebook = await Executed();
        var table = Assert.Single(MarkdownOf(notebook, "float-exhaustive-*.md"));
        var rows = table.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("| Function | Path | Max error (ulp) | at x |", rows[0]);
        Assert.True(rows.Count >= 2, "the accuracy table has no rows");

        // The sweep may still be adding rows while the tests run: every displayed row must be in the file.
        var newest = new DirectoryInfo(Path.Combine(RepositoryPaths.Root, "accuracy")).GetFiles("float-exhaustive-*.md")
            .OrderByDescending(file => file.LastWriteTimeUtc).First();
        var fileLines = File.ReadAllLines(newest.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(newest.Name, table);
        Assert.All(rows.Skip(1), row => Assert.Contains(row, fileLines));
        if (fileLines.Any(line => line.StartsWith("| Sigmoid | scalar |", StringComparison.Ordinal)))
            Assert.Contains(rows, row => row.StartsWith("| Sigmoid | scalar |", StringComparison.Ordinal));

        // The live table always has Sigmoid, library and TensorPrimitives.
        var live = Assert.Single(MarkdownOf(notebook, "MaxError(spread"));
        Assert.Contains("| Sigmoid | library span | ", live);
        Assert.Contains("| Sigmoid | TensorPrimitives | ", live);

        var accuracyChart = ExecutedNotebooks.ParsedCharts(notebook)[2];
        Assert.StartsWith("Max error over every float input", accuracyChart.Title);
        Assert.Equal(new[] { "library scalar", "library span", "TensorPrimitives" }, accuracyChart.TraceNames);
        Assert.Equal("log", accuracyChart.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        var charted = accuracyChart.Data[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.All(charted, function => Assert.DoesNotContain("′", function));
        Assert.All(accuracyChart.Y(1).Where(ulp => !double.IsNaN(ulp)), ulp => Assert.InRange(ulp, 0, 1));
    }

    [Fact]
    public async Task The_live_benchmark_prints_three_timings_and_their_ratios()
    {
        var stdout = ExecutedNotebooks.StdoutOfCell(await Executed(), "BestOfMs(");
        foreach (var label in new[] { "library Activation.Sigmoid (span):", "naive scalar loop 1/(1 + e^-x):", "TensorPrimitives.Sigmoid:" })
        {
            var match = Regex.Match(stdout, "^" + Regex.Escape(label) + @" +(\d+\.\d{3}) ms$", RegexOptions.Multiline);
            Assert.True(match.Success, $"no timing line '{label} … ms' in:\n{stdout}");
            Assert.True(Number(match.Groups[1].Value) > 0);
        }
        Assert.Matches(@"library ÷ naive loop = \d+\.\d\d, library ÷ TensorPrimitives = \d+\.\d\d", stdout);
        Assert.Matches(@"Activations\.dll: JIT optimizer disabled = (True|False)", stdout);
    }

    [Theory]
    [InlineData("Sigmoid")]
    [InlineData("Tanh")]
    public async Task The_live_accuracy_check_finds_the_library_within_1_ulp_and_TensorPrimitives_far_off(string function)
    {
        var stdout = ExecutedNotebooks.StdoutOfCell(await Executed(), "MaxError(spread");
        var match = Regex.Match(stdout,
            "^" + function + @": library max error (\S+) ULP, TensorPrimitives max error (\S+) ULP$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no live accuracy line for {function} in:\n{stdout}");
        double library = Number(match.Groups[1].Value), tensorPrimitives = Number(match.Groups[2].Value);
        Assert.InRange(library, 0, 1);
        Assert.True(tensorPrimitives > library, $"TensorPrimitives {tensorPrimitives} ULP, library {library} ULP");
        Assert.True(tensorPrimitives > 100, $"TensorPrimitives.{function}'s error on the spread inputs is only {tensorPrimitives} ULP");
    }
}
