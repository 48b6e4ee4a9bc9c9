namespace Notebooks.Tests;

/// <summary>notebooks/01: the claims of the jianshu article, checked on the executed notebook's outputs.</summary>
public class SigmoidTanhReluSoftmaxNotebookTests
{
    private const string FileName = "01-sigmoid-tanh-relu-leakyrelu-softmax.ipynb";

    private static Task<Notebooks.Model.Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    [Fact]
    public async Task The_naive_softmax_of_1010_1000_990_overflows_to_NaN()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("article's formula, naive: softmax(a) = [NaN, NaN, NaN]", stdout);
    }

    [Fact]
    public async Task Subtracting_the_maximum_prints_the_articles_numbers_and_sum_1()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("a − c = [0, -10, -20]", stdout);
        Assert.Contains("softmax(a − c) = [9.99954600e-01, 4.53978686e-05, 2.06106005e-09]", stdout);
        Assert.Contains("sum = 1.00000000e+00", stdout);
        Assert.Contains("library: softmax(a) = [9.99954600e-01, 4.53978686e-05, 2.06106005e-09]", stdout);
    }

    [Fact]
    public async Task The_articles_softmax_example_prints_the_articles_numbers()
    {
        var notebook = await Executed();
        Assert.Contains(
            "softmax(a) = [6.60543742e-34, 2.94508560e-31, 1.00000000e+00, 4.06902625e-40, 9.90523443e-36, 1.22556715e-40, 2.74168832e-42]",
            ExecutedNotebooks.Stdout(notebook));
        Assert.Equal(1.0, ExecutedNotebooks.NumberAfter(notebook, "sum ="), 15);
    }

    [Fact]
    public async Task Softmax_sums_to_1_stays_in_the_unit_interval_and_keeps_the_order()
    {
        var notebook = await Executed();
        Assert.Contains("all in [0, 1]: True, order kept: True, arg max kept: True", ExecutedNotebooks.Stdout(notebook));
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "1000 random vectors: max |sum − 1| ="), 0, 1e-15);
    }

    [Fact]
    public async Task The_sigmoid_derivative_peaks_at_a_quarter_at_0_and_vanishes_for_large_inputs()
    {
        var notebook = await Executed();
        var stdout = ExecutedNotebooks.Stdout(notebook);
        Assert.Contains("max σ′ on [-10, 10) = 0.25 at x = 0", stdout);
        Assert.Contains("σ′(−x) = σ′(x) for all of them: True", stdout);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "σ′(±10) ="), 4.5e-5, 4.6e-5);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "σ′(±40) ="), 4.2e-18, 4.3e-18);
    }

    [Fact]
    public async Task Tanh_is_a_scaled_and_shifted_sigmoid_and_the_naive_tanh_overflows_to_NaN()
    {
        var notebook = await Executed();
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max |tanh(x) − (2σ(2x) − 1)| over [-6, 6) ="), 0, 1e-15);

        // Columns: x, article's naive formula, library.
        var table = ExecutedNotebooks.StdoutOfCell(await Executed(), "NaiveTanh(x)").Split('\n');
        Assert.Contains(table, row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["709", "1", "1", ..]);
        Assert.Contains(table, row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["710", "NaN", "1", ..]);
        Assert.Contains(table, row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["1000", "NaN", "1", ..]);
    }

    [Fact]
    public async Task LeakyReLU_with_p_0_is_ReLU_and_the_articles_maximum_trick_fails_for_p_above_1()
    {
        var notebook = await Executed();
        Assert.Contains("max |LeakyReLU(x, 0) − ReLU(x)| over [-6, 6) = 0", ExecutedNotebooks.Stdout(notebook));
        Assert.Contains("p = 0.1: LeakyReLU′ takes the values [0.1] for x < 0", ExecutedNotebooks.Stdout(notebook));

        // Columns: p, x, article's np.maximum(x, p*x), library.
        var table = ExecutedNotebooks.StdoutOfCell(notebook, "NaiveLeakyReLU").Split('\n');
        Assert.Contains(table, row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["2", "3", "6", "3"]);
        Assert.Contains(table, row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["2", "-3", "-3", "-6"]);
    }

    [Fact]
    public async Task The_two_class_softmax_is_the_sigmoid()
    {
        var notebook = await Executed();
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max |softmax(x, 0)₀ − σ(x)| ="), 0, 1e-15);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max |∂y₀/∂a₀ − σ′(x)|     ="), 0, 1e-15);
    }

    [Fact]
    public async Task The_step_function_gives_gradient_descent_a_zero_slope()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("z =    2: slope of step = 0, slope of sign = 0", stdout);
        Assert.Contains("z = 0, h = 1e-6: slope of step = 5e+5", stdout);
    }

    [Fact]
    public async Task Each_function_is_charted_with_its_derivative_on_the_articles_axes()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());

        Assert.Equal(
            new[]
            {
                "Sigmoid and its derivative", "Tanh and its derivative", "ReLU and its derivative",
                "ReLU and its derivative, full view", "LeakyReLU and its derivative",
                "Two-class softmax: first output against its logit",
            },
            charts.Select(c => c.Title));
        Assert.Equal((-0.1, 1.1), charts[0].YRange);
        Assert.Equal((-5, 4.9), charts[0].XRange);
        Assert.Equal((-1.5, 1.5), charts[1].YRange);
        Assert.Equal((-6, 5.9), charts[1].XRange);
        Assert.Equal((0, 6), charts[2].YRange);
        Assert.Equal((-1, 6), charts[4].YRange);
        foreach (var chart in charts.Where(c => !c.HasSlider))
        {
            Assert.Equal(2, chart.TraceCount);
            Assert.Equal("x unified", chart.Layout.GetProperty("hovermode").GetString());
        }
        Assert.Equal(new[] { false, false, false, false, true, false }, charts.Select(c => c.HasSlider));
    }

    [Fact]
    public async Task The_full_ReLU_view_shows_the_flat_branch_that_the_articles_y_limits_hide()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());
        var (article, full) = (charts[2], charts[3]);

        // The article's view starts at y = 0, where ReLU's whole negative branch lies; the full view shows it.
        Assert.Equal(article.Y(0).Where(y => !double.IsNaN(y)), full.Y(0).Where(y => !double.IsNaN(y)));
        Assert.Contains(article.Y(0), y => y == article.YRange.Bottom);
        Assert.True(full.YRange.Bottom < 0);
    }

    [Fact]
    public async Task Through_sigmoid_layers_the_activations_share_of_the_gradient_is_at_most_a_quarter_per_layer()
    {
        var notebook = await Executed();
        Assert.Equal(Math.Pow(0.25, 10), ExecutedNotebooks.NumberAfter(notebook, "activations' share through 10 layers: at most 0.25^10 ="), 1e-7);
        Assert.Contains("activations' share through 10 layers: ReLU 1, sigmoid 1.6e-10", ExecutedNotebooks.Stdout(notebook));
    }

    [Fact]
    public async Task Training_uses_log_softmax_because_the_log_of_an_underflowed_probability_is_infinite()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("softmax(a)₀ = 0\n", stdout);
        Assert.Contains("loss as −log(softmax(a)₀) = Infinity\n", stdout);
        Assert.Contains("loss as −LogSoftmax(a)₀   = 800\n", stdout);
    }

    [Fact]
    public async Task The_LeakyReLU_chart_has_a_slider_over_p_starting_at_the_articles_0_1()
    {
        var chart = ExecutedNotebooks.ParsedCharts(await Executed()).Single(c => c.HasSlider);

        var steps = chart.Slider.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(new[] { "0", "0.01", "0.02", "0.05", "0.1", "0.2", "0.3", "0.5" }, steps.Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(4, chart.Slider.GetProperty("active").GetInt32());
        Assert.All(steps, s => Assert.Equal("restyle", s.GetProperty("method").GetString()));
        Assert.Equal(2 * steps.Count, chart.TraceCount);
        Assert.Equal("LeakyReLU(x), p = 0.1", chart.TraceNames[8]);
        Assert.Equal("LeakyReLU′(x), p = 0.1", chart.TraceNames[9]);
    }
}
