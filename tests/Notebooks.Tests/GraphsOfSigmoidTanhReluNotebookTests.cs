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
    public async Task Sigmoid_outputs_are_not_zero_centred_and_give_one_examples_weight_gradients_a_single_sign()
    {
        var notebook = await Executed();
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
    public async Task Averaged_over_a_minibatch_the_sigmoids_weight_gradients_can_have_mixed_signs()
    {
        var lines = ExecutedNotebooks.StdoutOfCell(await Executed(), "otherInputs").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string SignsOf(string prefix) => lines.Single(line => line.StartsWith(prefix, StringComparison.Ordinal)).Split(':')[^1].Trim();
        Assert.Equal(new string('+', 8), SignsOf("example 1"));
        Assert.Equal(new string('−', 8), SignsOf("example 2"));
        var averaged = SignsOf("average of the two");
        Assert.Contains('+', averaged);
        Assert.Contains('−', averaged);
    }

    [Fact]
    public async Task The_sigmoid_is_applied_element_wise_by_the_span_overload()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("element-wise: max |σ(x)[i] − Sigmoid(x[i])| = 0\n", stdout);
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

        // The overlay: ReLU′ is exactly 0 or 1 on the whole grid, σ′ and tanh′ have fallen below 1e-3 at x = 9.99.
        var overlay = charts[3];
        Assert.All(overlay.Y(2).Where(y => !double.IsNaN(y)), y => Assert.True(y is 0 or 1, $"ReLU′ = {y}"));
        Assert.InRange(overlay.Y(0)[^1], 0, 1e-3);
        Assert.InRange(overlay.Y(1)[^1], 0, 1e-3);
    }
}
