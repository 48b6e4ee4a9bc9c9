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
    {
        "library (span)", "article's formula (scalar loop)", "TensorPrimitives", "numpy (article's formula)", "PyTorch", "Span.CopyTo",
    };

    private static Task<Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The text/markdown outputs of the first code cell whose source contains <paramref name="sourceFragment"/>.</summary>
    private static IReadOnlyList<string> MarkdownOf(Notebook notebook, string sourceFragment) =>
        ExecutedNotebooks.CodeCell(notebook, sourceFragment).Outputs.OfType<DisplayOutput>()
            .Where(output => output.Data.ContainsKey("text/markdown")).Select(output => output.Data["text/markdown"]).ToList();

    /// <summary>The data rows of a Markdown table (header and separator skipped), as trimmed cells.</summary>
    private static List<string[]> TableRows(string markdown) =>
        markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(1)
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray()).ToList();

    /// <summary>
    /// The committed report of a kind (float-exhaustive, double-mpfr) that the notebook showed: its heading names
    /// it; it must exist, and no other report of the kind may carry a later "- Date:" in its header.
    /// </summary>
    private static FileInfo ShownReport(string markdown, string kind)
    {
        var name = Regex.Match(markdown, @"^\*\*(?<name>" + Regex.Escape(kind) + @"-[^*]+\.md)\*\*").Groups["name"].Value;
        var reports = new DirectoryInfo(Path.Combine(RepositoryPaths.Root, "accuracy")).GetFiles(kind + "-*.md");
        var shown = Assert.Single(reports, file => file.Name == name);
        string DateOf(FileInfo file) => File.ReadLines(file.FullName).First(line => line.StartsWith("- Date: ", StringComparison.Ordinal))[8..18];
        Assert.All(reports, file => Assert.True(string.CompareOrdinal(DateOf(file), DateOf(shown)) <= 0,
            $"{file.Name} is newer than the shown {shown.Name}"));
        Assert.Contains($"(newest of {reports.Length}", markdown);
        return shown;
    }

    [Fact]
    public async Task Runs_without_an_error()
    {
        var errors = ExecutedNotebooks.Errors(await Executed());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_benchmark_charts_are_grouped_bar_charts_of_the_six_methods_per_function()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());
        Assert.Equal(5, charts.Count);
        foreach (var (chart, type) in new[] { (charts[0], "float"), (charts[1], "double") })
        {
            Assert.StartsWith(type + ": ms per call at 1M elements", chart.Title);
            Assert.Equal(BenchmarkTraceNames, chart.TraceNames);
            Assert.All(chart.Data.EnumerateArray(), trace => Assert.Equal("bar", trace.GetProperty("type").GetString()));
            Assert.Equal("group", chart.Layout.GetProperty("barmode").GetString());
            Assert.Equal("log", chart.Layout.GetProperty("yaxis").GetProperty("type").GetString());

            // The 22 element-wise functions and the 3 vector ones (no derivatives); library, scalar loop and
            // copy for each, TensorPrimitives for six, numpy and PyTorch for most.
            var functions = chart.Data[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()!).ToList();
            Assert.Equal(25, functions.Count);
            Assert.Contains("Sigmoid", functions);
            Assert.DoesNotContain(functions, f => f.EndsWith('′'));
            foreach (int trace in new[] { 0, 1, 5 })
                Assert.All(chart.Y(trace), ms => Assert.True(ms > 0));
            Assert.Equal(6, chart.Y(2).Count(ms => !double.IsNaN(ms))); // Sigmoid, Tanh, ReLU, ReLU6, HardTanh, Softmax
            Assert.InRange(chart.Y(3).Count(ms => !double.IsNaN(ms)), 15, 25);
            Assert.InRange(chart.Y(4).Count(ms => !double.IsNaN(ms)), 20, 25);
            Assert.Equal(chart.Y(0).OrderBy(ms => ms), chart.Y(0)); // ordered by the library's time
        }

        var sizes = charts[2];
        Assert.StartsWith("float: ns per element against N", sizes.Title);
        Assert.Equal("log", sizes.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.All(Enumerable.Range(0, sizes.TraceCount), trace => Assert.All(sizes.Y(trace), ns => Assert.True(ns > 0)));
    }

    [Fact]
    public async Task The_benchmarks_come_from_the_newest_run_folder()
    {
        var stdout = ExecutedNotebooks.StdoutOfCell(await Executed(), "LoadNewestBenchmarkRun");
        var runs = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "benchmarks", "results"))
            .Where(folder => File.Exists(Path.Combine(folder, "report.csv")))
            .Select(Path.GetFileName).Where(name => Regex.IsMatch(name!, @"^\d{4}-\d{2}-\d{2}-[0-9a-f]+$")).Order(StringComparer.Ordinal).ToList();
        // A run is a dated folder with a BenchmarkDotNet report.csv (a folder with only a quick race's output is not);
        // folder names start with the date, so the last in ordinal order has the latest date.
        Assert.StartsWith($"run {runs[^1]} (newest of {runs.Count}): ", stdout);
        Assert.Matches(@"Python side: numpy \S+, torch \S+", stdout);
    }

    [Fact]
    public async Task The_target_table_has_a_verdict_for_every_function_and_the_summary_counts_them()
    {
        var notebook = await Executed();
        var rows = TableRows(Assert.Single(MarkdownOf(notebook, "targetTable")));
        Assert.Equal(25, rows.Count);
        var verdicts = rows.Select(cells => cells[7]).ToList();
        Assert.All(verdicts, verdict => Assert.Contains(verdict, new[] { "met", "missed", "missed (÷ copy)" }));
        var met = rows.Where(cells => cells[7] == "met").Select(cells => cells[1]);
        var stdout = ExecutedNotebooks.StdoutOfCell(notebook, "var met =");
        Assert.Contains($"speed target met by {met.Count()} of 25: {string.Join(", ", met)}\n", stdout);
        // ReLU is measured against the copy as well as against the others.
        var relu = rows.Single(cells => cells[1] == "ReLU");
        Assert.EndsWith("×", relu[6]);
    }

    [Fact]
    public async Task The_peer_accuracy_table_is_the_runs_own_and_shows_the_peers_large_errors()
    {
        var notebook = await Executed();
        var stdout = ExecutedNotebooks.StdoutOfCell(notebook, "peer_accuracy.txt");
        var runName = ExecutedNotebooks.StdoutOfCell(notebook, "LoadNewestBenchmarkRun").Split(' ')[1];
        var file = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "benchmarks", "results", runName, "peer_accuracy.txt"));
        Assert.Equal(file[0] + "\n", stdout);
        var markdown = Assert.Single(MarkdownOf(notebook, "peer_accuracy.txt"));
        Assert.Equal(file.Skip(1).Where(line => line.Length > 0), markdown.Split('\n').Where(line => line.Length > 0));
        // What the prose below the table says: the peers are far from 1 ULP somewhere.
        var rows = TableRows(markdown);
        double MaxUlp(string function, string peer) =>
            double.Parse(rows.Single(cells => cells[1] == function && cells[2] == peer)[3], CultureInfo.InvariantCulture);
        Assert.True(MaxUlp("GELU", "PyTorch") > 1e6);
        Assert.True(MaxUlp("TanhShrink", "PyTorch") > 1e6);
        Assert.True(MaxUlp("Sigmoid", "PyTorch") > 1e6);
        Assert.True(MaxUlp("ELU", "PyTorch") > 1e6);
        Assert.True(int.Parse(rows.Single(cells => cells[1] == "Softplus" && cells[2] == "numpy")[7], CultureInfo.InvariantCulture) > 0); // overflows
    }

    [Fact]
    public async Task The_derivative_table_compares_the_vectorized_spans_with_the_scalar_loop()
    {
        var rows = TableRows(Assert.Single(MarkdownOf(await Executed(), "derivativeTable")));
        Assert.Equal(10, rows.Count);
        Assert.Contains(rows, cells => cells[1] == "Sigmoid′");
        Assert.All(rows, cells => Assert.EndsWith("×", cells[4]));
    }

    [Fact]
    public async Task The_accuracy_table_is_the_committed_exhaustive_report()
    {
        var notebook = await Executed();
        var table = Assert.Single(MarkdownOf(notebook, "\"float-exhaustive\""));
        var report = ShownReport(table, "float-exhaustive");
        var lines = table.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("| Function | Path | Max error (ulp) | at x |", lines[0]);
        var fileLines = File.ReadAllLines(report.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.All(lines, line => Assert.Contains(line, fileLines));
        // 22 functions × (value, derivative) × (scalar, span) + TensorPrimitives' Sigmoid and Tanh.
        Assert.Equal(90, lines.Count - 1);

        var accuracyChart = ExecutedNotebooks.ParsedCharts(notebook)[3];
        Assert.StartsWith("Max error over every float input", accuracyChart.Title);
        Assert.Equal(new[] { "library scalar", "library span", "TensorPrimitives" }, accuracyChart.TraceNames);
        Assert.Equal("log", accuracyChart.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        var charted = accuracyChart.Data[0].GetProperty("x").EnumerateArray().Select(x => x.GetString()!).ToList();
        Assert.Equal(22, charted.Count);
        Assert.All(charted, function => Assert.DoesNotContain("′", function));
        Assert.All(accuracyChart.Y(1).Where(ulp => !double.IsNaN(ulp)), ulp => Assert.InRange(ulp, 0, 1));
    }

    [Fact]
    public async Task The_double_table_shows_every_variant_of_the_MPFR_report_within_4_ulp_with_span_equal_to_scalar()
    {
        var notebook = await Executed();
        var table = Assert.Single(MarkdownOf(notebook, "var doubleTable"));
        ShownReport(table, "double-mpfr");
        var rows = TableRows(table);
        Assert.Equal(30, rows.Count); // every variant of tools/reference/generate.py
        // The 4 ULP target holds on every row; a regression anywhere makes this fail, and the notebook's text must follow.
        Assert.All(rows, cells =>
        {
            Assert.InRange(Number(cells[2]), 0, 4);
            Assert.InRange(Number(cells[4]), 0, 4);
            Assert.Equal("yes", cells[6]);
        });

        var chart = ExecutedNotebooks.ParsedCharts(notebook)[4];
        Assert.StartsWith("Max error against MPFR, double ULP", chart.Title);
        Assert.Equal(new[] { "value", "derivative" }, chart.TraceNames);
        Assert.All(chart.Y(0), ulp => Assert.InRange(ulp, 0, 4));
    }

    [Fact]
    public async Task The_live_benchmark_prints_three_timings_and_their_ratios()
    {
        var notebook = await Executed();
        var stdout = ExecutedNotebooks.StdoutOfCell(notebook, "NaiveSigmoidLoop(inputs");
        foreach (var label in new[] { "library Activation.Sigmoid (span):", "naive scalar loop 1/(1 + e^-x):", "TensorPrimitives.Sigmoid:" })
        {
            var match = Regex.Match(stdout, "^" + Regex.Escape(label) + @" +(\d+\.\d{3}) ms$", RegexOptions.Multiline);
            Assert.True(match.Success, $"no timing line '{label} … ms' in:\n{stdout}");
            Assert.True(Number(match.Groups[1].Value) > 0);
        }
        Assert.Matches(@"library ÷ naive loop = \d+\.\d\d, library ÷ TensorPrimitives = \d+\.\d\d", stdout);
        Assert.Matches(@"Activations\.dll: JIT optimizer disabled = (True|False)",
            ExecutedNotebooks.StdoutOfCell(notebook, "JitOptimizerDisabled(Assembly"));
    }

    [Fact]
    public async Task The_live_accuracy_table_has_the_library_and_TensorPrimitives()
    {
        var live = Assert.Single(MarkdownOf(await Executed(), "CheckLive(\"Sigmoid\""));
        Assert.Contains("| Sigmoid | library span | ", live);
        Assert.Contains("| Sigmoid | TensorPrimitives | ", live);
    }

    [Theory]
    [InlineData("Sigmoid")]
    [InlineData("Tanh")]
    public async Task The_live_accuracy_check_finds_the_library_within_1_ulp_and_TensorPrimitives_far_off(string function)
    {
        var stdout = ExecutedNotebooks.StdoutOfCell(await Executed(), "CheckLive(\"Sigmoid\"");
        var match = Regex.Match(stdout,
            "^" + function + @": library max error (\S+) ULP, TensorPrimitives max error (\S+) ULP$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no live accuracy line for {function} in:\n{stdout}");
        double library = Number(match.Groups[1].Value), tensorPrimitives = Number(match.Groups[2].Value);
        Assert.InRange(library, 0, 1);
        Assert.True(tensorPrimitives > library, $"TensorPrimitives {tensorPrimitives} ULP, library {library} ULP");
        Assert.True(tensorPrimitives > 100, $"TensorPrimitives.{function}'s error on the spread inputs is only {tensorPrimitives} ULP");
    }
}
