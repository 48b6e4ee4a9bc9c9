namespace Notebooks.Tests;

/// <summary>notebooks/02: the claims (and the corrected derivative) of the chinasem.cn article, on the executed outputs.</summary>
public class TanhShrinkThresholdNotebookTests
{
    private const string FileName = "02-tanhshrink-and-threshold.ipynb";

    private static Task<Notebooks.Model.Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    [Fact]
    public async Task The_articles_TanhShrink_example_is_reproduced()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("TanhShrink(x) = [-1.03597242, -0.23840584, 0.00000000, 0.23840584, 1.03597242]", stdout);
    }

    [Fact]
    public async Task The_finite_difference_confirms_tanh_squared_and_refutes_the_articles_one_minus_tanh_squared()
    {
        var notebook = await Executed();
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max |finite difference − tanh²(x)|       ="), 0, 1e-9);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max |finite difference − (1 − tanh²(x))| ="), 0.5, 1);

        // Each row: x, finite difference, tanh², library, 1 − tanh²; the first three agree to the printed 10 decimals.
        var rows = ExecutedNotebooks.StdoutOfCell(notebook, "CentralDifference").Split('\n')
            .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length == 5 && double.TryParse(cells[0], System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToList();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, cells => Assert.True(cells[1] == cells[2] && cells[2] == cells[3], string.Join(" ", cells)));
        Assert.All(rows, cells => Assert.NotEqual(cells[1], cells[4]));
    }

    [Fact]
    public async Task The_naive_formula_cancels_to_zero_at_1e_minus_8_where_the_library_keeps_full_precision()
    {
        var lines = ExecutedNotebooks.StdoutOfCell(await Executed(), "NaiveTanhShrink(x)").Split('\n');
        int block = Array.FindIndex(lines, line => line.StartsWith("x = 1e-08", StringComparison.Ordinal));
        Assert.True(block >= 0);
        Assert.Equal(["article's", "formula,", "naive", "0", "relative", "error", "1.0e+00"], lines[block + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["library", "3.3333333333333335E-25", "relative", "error", "0.0e+00"], lines[block + 3].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        int at1e4 = Array.FindIndex(lines, line => line.StartsWith("x = 1e-04", StringComparison.Ordinal));
        double naiveError = double.Parse(lines[at1e4 + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);
        double libraryError = double.Parse(lines[at1e4 + 3].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(naiveError, 1e-9, 1e-6);   // about half of the 16 digits lost
        Assert.InRange(libraryError, 0, 1e-15);
    }

    [Fact]
    public async Task The_articles_Threshold_example_gives_0_0_0_1()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("x = [-1.0, 0.0, 0.5, 1.0]", stdout);
        Assert.Contains("Threshold(x, θ = 0.5) = [0, 0, 0, 1]", stdout);
    }

    [Fact]
    public async Task Gradient_descent_through_Threshold_stays_stuck_while_the_smooth_surrogate_learns()
    {
        var notebook = await Executed();
        var stuck = ExecutedNotebooks.StdoutOfCell(notebook, "ThresholdDerivative(input, theta)").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, stuck.Length);
        Assert.All(stuck, line => Assert.EndsWith(": x = 0.2, θ = 0.5, loss = 1, ∂L/∂x = 0, ∂L/∂θ = 0", line));

        var learning = ExecutedNotebooks.StdoutOfCell(notebook, "smoothInput").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var last = System.Text.RegularExpressions.Regex.Match(learning[^1],
            @"^step 100: x = (?<x>[-0-9.]+), θ = (?<theta>[-0-9.]+), y = [-0-9.]+, loss = (?<loss>\S+)$");
        Assert.True(last.Success, learning[^1]);
        double Number(string group) => double.Parse(last.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Number("theta") < Number("x"), learning[^1]);
        Assert.InRange(Number("loss"), 0, 1e-4);
    }

    [Fact]
    public async Task TanhShrink_is_charted_with_its_derivative_and_the_articles_printed_formula()
    {
        var chart = ExecutedNotebooks.ParsedCharts(await Executed())[0];

        Assert.Equal("TanhShrink and its derivative", chart.Title);
        Assert.Equal(new[] { "x − tanh(x)", "tanh²(x), the derivative", "1 − tanh²(x), article (wrong)" }, chart.TraceNames);
        Assert.False(chart.HasSlider);
    }

    [Fact]
    public async Task The_Threshold_chart_has_a_slider_over_theta_and_breaks_the_line_at_the_jump()
    {
        var chart = ExecutedNotebooks.ParsedCharts(await Executed())[1];

        Assert.Equal("Threshold and its derivative", chart.Title);
        Assert.True(chart.HasSlider);
        var steps = chart.Slider.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(new[] { "-1", "-0.5", "0", "0.5", "1" }, steps.Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(3, chart.Slider.GetProperty("active").GetInt32());
        Assert.Equal("θ = ", chart.Slider.GetProperty("currentvalue").GetProperty("prefix").GetString());
        Assert.Equal(10, chart.TraceCount);

        // θ = 0.5: the value curve is 0 up to the jump, a NaN gap, then 1; the derivative is 0 (with the same gap).
        var value = chart.Y(6);
        int gap = Array.FindIndex(value, double.IsNaN);
        Assert.True(gap > 0);
        Assert.All(value[..gap], v => Assert.Equal(0, v));
        Assert.All(value[(gap + 1)..], v => Assert.Equal(1, v));
        Assert.All(chart.Y(7).Where(v => !double.IsNaN(v)), v => Assert.Equal(0, v));
    }
}
