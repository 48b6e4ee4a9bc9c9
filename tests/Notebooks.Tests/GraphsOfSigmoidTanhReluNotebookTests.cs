namespace Notebooks.Tests;

/// <summary>notebooks/03: the Japanese course notes' graphs and pros and cons, on the executed outputs.</summary>
public class GraphsOfSigmoidTanhReluNotebookTests
{
    private const string FileName = "03-graphs-of-sigmoid-tanh-relu.ipynb";

    private static Task<Notebooks.Model.Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    [Fact]
    public async Task The_grid_is_numpy_arange_minus_10_to_10_step_0_01()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("x = [-10, -9.99, -9.98, ..., 9.97, 9.98, 9.99]   (2000 points)", stdout);
        Assert.Contains("input length 2000, output length 2000", stdout);
    }

    [Fact]
    public async Task Sigmoid_has_a_vanishing_gradient_and_outputs_that_are_not_zero_centred()
    {
        var notebook = await Executed();
        var stdout = ExecutedNotebooks.Stdout(notebook);
        Assert.Contains("max σ′ on the grid = 0.25 at x = 0", stdout);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "σ′(−10) ="), 4.5e-5, 4.6e-5);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "mean σ(x) over the grid ="), 0.49, 0.51);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "mean tanh(x) over the grid ="), -0.01, 0.01);

        var signs = ExecutedNotebooks.StdoutOfCell(notebook, "string Signs").Split('\n');
        var sigmoidSigns = signs.Single(line => line.Contains("sigmoid outputs", StringComparison.Ordinal)).Split(':')[^1].Trim();
        var tanhSigns = signs.Single(line => line.Contains("tanh outputs", StringComparison.Ordinal)).Split(':')[^1].Trim();
        Assert.Single(sigmoidSigns.Distinct());
        Assert.Contains('+', tanhSigns);
        Assert.Contains('−', tanhSigns);
    }

    [Fact]
    public async Task Tanh_is_zero_centred_and_the_notes_naive_formula_overflows_only_outside_the_plot()
    {
        var notebook = await Executed();
        var stdout = ExecutedNotebooks.Stdout(notebook);
        Assert.Contains("tanh(0) = 0", stdout);
        Assert.Contains("x = 1000: article's formula, naive = NaN, library = 1", stdout);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "max |naive − library| over the grid ="), 0, 1e-15);
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "tanh′(10) ="), 8.2e-9, 8.3e-9);
    }

    [Fact]
    public async Task ReLUs_gradient_is_exactly_1_for_positive_and_0_for_negative_inputs()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("ReLU′ takes the values [1] for x > 0", stdout);
        Assert.Contains("ReLU′ takes the values [0] for x < 0", stdout);
    }

    [Fact]
    public async Task Each_graph_uses_the_notes_axis_limits()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());

        Assert.Equal(
            new[] { "Sigmoid function", "Hyperbolic tangent", "Rectified linear unit (ReLU)", "Derivatives of sigmoid, tanh and ReLU" },
            charts.Select(c => c.Title));
        Assert.All(charts, c => Assert.Equal((-10, 10), c.XRange));
        Assert.Equal(new[] { (-0.02, 1.02), (-1.05, 1.05), (-0.2, 10.2), (-0.05, 1.05) }, charts.Select(c => c.YRange));
        Assert.Equal(new[] { 2, 2, 2, 3 }, charts.Select(c => c.TraceCount));
        Assert.All(charts, c => Assert.False(c.HasSlider));
    }
}
