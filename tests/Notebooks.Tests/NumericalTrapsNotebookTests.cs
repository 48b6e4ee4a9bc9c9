using System.Globalization;
using Activations;
using Notebooks.Model;

namespace Notebooks.Tests;

/// <summary>notebooks/05: each trap's naive result against the library's, as the executed notebook printed them.</summary>
public class NumericalTrapsNotebookTests
{
    private const string FileName = "05-numerical-traps.ipynb";

    private static Task<Notebook> Executed() => ExecutedNotebooks.Get(FileName);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// The value and ULP error that the notebook's Compare printed for <paramref name="method"/> under the
    /// heading <paramref name="what"/>: lines "    method   value   error E ULP".
    /// </summary>
    private static async Task<(string Value, double UlpError)> Compared(string what, string method)
    {
        var lines = ExecutedNotebooks.Stdout(await Executed()).Split('\n');
        int heading = Array.FindIndex(lines, line => line.StartsWith(what + "   exact ≈ ", StringComparison.Ordinal));
        Assert.True(heading >= 0, $"no Compare block '{what}'");
        var row = lines.Skip(heading + 1).TakeWhile(line => line.StartsWith("    ", StringComparison.Ordinal))
            .SingleOrDefault(line => line.TrimStart().StartsWith(method + " ", StringComparison.Ordinal));
        Assert.True(row is not null, $"'{what}' has no row '{method}'");
        var cells = row![(4 + method.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new[] { "error", "ULP" }, new[] { cells[1], cells[3] });
        return (cells[0], cells[2] switch { "NaN" => double.NaN, "∞" => double.PositiveInfinity, var e => Number(e) });
    }

    [Fact]
    public async Task TensorPrimitives_10_0_15_is_called_live_and_its_tanh_and_softmax_errors_show()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("tanh(     0f): TensorPrimitives = -5.9604645E-08   library = 0\n", stdout);
        Assert.Contains("tanh( 1E-08f): TensorPrimitives = -0               library = 1E-08\n", stdout);
        Assert.Contains("TensorPrimitives.SoftMax(1010, 1000, 990) = [NaN, NaN, NaN]\n", stdout);
        Assert.Contains("Activation.Softmax(1010, 1000, 990)       = [0.9999546, 4.539787E-05, 2.06106E-09]\n", stdout);
    }

    [Fact]
    public async Task Runs_without_an_error()
    {
        var errors = ExecutedNotebooks.Errors(await Executed());
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task Overflow_makes_the_naive_softplus_infinite_but_not_the_library()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("ln(double.MaxValue) = 709.782712893384\n", stdout);
        Assert.Contains("x =  709: naive softplus = 709                  library softplus = 709\n", stdout);
        Assert.Contains("x =  710: naive softplus = Infinity             library softplus = 710\n", stdout);
    }

    [Fact]
    public async Task The_runtimes_ExpM1_and_LogP1_cancel_like_the_naive_formulas_and_StableMath_does_not()
    {
        var notebook = await Executed();
        Assert.Contains("double.ExpM1(1e-10) has the same bits as Math.Exp(1e-10) − 1: True", ExecutedNotebooks.Stdout(notebook));
        Assert.Contains("float.ExpM1(1e-10f) = 0\n", ExecutedNotebooks.Stdout(notebook));
        // Half of the digits: relative error ~1e-8, i.e. ~1e8 ULP.
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "relative error of double.ExpM1(1e-10):"), 1e-9, 1e-7);
        Assert.InRange((await Compared("expm1(1e-10)", "double.ExpM1 (runtime)")).UlpError, 1e7, 1e9);
        Assert.InRange((await Compared("expm1(1e-10)", "StableMath.ExpM1")).UlpError, 0, 1);
        Assert.InRange((await Compared("log1p(1e-10)", "double.LogP1 (runtime)")).UlpError, 1e7, 1e9);
        Assert.InRange((await Compared("log1p(1e-10)", "StableMath.LogP1")).UlpError, 0, 1);
        Assert.Equal("0", (await Compared("softplus(−40)", "naive ln(1 + e^x)")).Value);
        Assert.Equal("4.248354255291589E-18", (await Compared("softplus(−40)", "library")).Value);
    }

    [Fact]
    public async Task Derivatives_written_through_the_function_cancel_and_then_give_0_where_the_library_keeps_them()
    {
        Assert.Equal("0", (await Compared("tanh′(20)", "naive 1 − tanh²")).Value);
        var tanh = await Compared("tanh′(20)", "library");
        Assert.Equal("1.6993417021166355E-17", tanh.Value);
        Assert.InRange(tanh.UlpError, 0, 1);
        Assert.Equal("0", (await Compared("σ′(40)", "naive σ(1 − σ)")).Value);
        Assert.Equal("4.248354255291589E-18", (await Compared("σ′(40)", "library")).Value);
        // At 20 the naive σ(1 − σ) is not 0 yet but has lost about half of its digits to cancellation.
        var naive20 = await Compared("σ′(20)", "naive σ(1 − σ)");
        Assert.NotEqual("0", naive20.Value);
        Assert.InRange(naive20.UlpError, 1e6, 1e10);
    }

    [Fact]
    public async Task The_naive_derivatives_are_0_exactly_where_sigma_and_tanh_round_to_1()
    {
        var notebook = await Executed();
        double sigmoidIsOne = ExecutedNotebooks.NumberAfter(notebook, "σ(x) rounds to 1 from x =");
        double tanhIsOne = ExecutedNotebooks.NumberAfter(notebook, "tanh(x) rounds to 1 from x =");

        // 1 + e^−x rounds to 1 once e^−x < 2^−53: x > 53·ln 2; tanh x = 1 − 2e^−2x rounds to 1 once 2e^−2x < 2^−54.
        Assert.Equal(53 * Math.Log(2), sigmoidIsOne, 1e-6);
        Assert.Equal(27.5 * Math.Log(2), tanhIsOne, 1e-6);
        Assert.Equal(1.0, Activation.Sigmoid(sigmoidIsOne));
        Assert.True(Activation.Sigmoid(Math.BitDecrement(sigmoidIsOne)) < 1);
        Assert.Equal(sigmoidIsOne, ExecutedNotebooks.NumberAfter(notebook, "naive σ(1 − σ) is 0 from x ="));
        Assert.Equal(tanhIsOne, ExecutedNotebooks.NumberAfter(notebook, "naive 1 − tanh² is 0 from x ="));

        // The library's derivatives do not round to 0 there: σ′(100) = e^−100 ≈ 3.7e−44.
        Assert.InRange(ExecutedNotebooks.NumberAfter(notebook, "library σ′(100) ="), 3.71e-44, 3.73e-44);
        Assert.True(ExecutedNotebooks.NumberAfter(notebook, "tanh′(100) =") > 0);
    }

    [Fact]
    public async Task GELU_at_minus_37_is_minus_0_naively_hundreds_of_ULP_off_through_erfc_and_right_in_the_library()
    {
        Assert.Equal("-0", (await Compared("GELU(−37)", "naive x·½(1 + erf)")).Value);
        Assert.InRange((await Compared("GELU(−37)", "x·½·erfc (MathNet)")).UlpError, 10, 1e4);
        Assert.InRange((await Compared("GELU(−37)", "library")).UlpError, 0, 1);
    }

    [Fact]
    public async Task Signed_zeros_subnormals_and_NaN_are_handled_as_PyTorch_does()
    {
        var stdout = ExecutedNotebooks.Stdout(await Executed());
        Assert.Contains("tanh(−0) = -0, negative: True", stdout);
        Assert.Contains("ReLU(−0) = 0, negative: False", stdout);
        Assert.Contains("x = -740: naive σ = 0, library σ = 4.2E-322 (subnormal: True)", stdout);
        Assert.Contains("naive ReLU(NaN) = 0, library ReLU(NaN) = NaN", stdout);
        int elementwise = ActivationCatalog.All.Count(info => info.IsElementwise);
        Assert.Contains($"{elementwise} element-wise functions, 0 of them lose a NaN input", stdout);
    }

    [Fact]
    public async Task The_float_TanhShrink_is_right_through_double_and_wrong_in_float_arithmetic()
    {
        var lines = ExecutedNotebooks.StdoutOfCell(await Executed(), "NaiveTanhShrinkFloat(xf)").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        double ErrorOf(string method)
        {
            var line = Assert.Single(lines, l => l.StartsWith(method + " ", StringComparison.Ordinal));
            var cells = line[method.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return Number(cells[2]);
        }
        Assert.True(ErrorOf("naive float x − tanh x") > 1e6);
        Assert.InRange(ErrorOf("library (float)"), 0, 1);
    }

    [Fact]
    public async Task The_error_charts_use_logarithmic_axes()
    {
        var charts = ExecutedNotebooks.ParsedCharts(await Executed());
        Assert.Equal(2, charts.Count);

        var tanhShrink = charts[0];
        Assert.StartsWith("TanhShrink: relative error", tanhShrink.Title);
        Assert.Equal("log", tanhShrink.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("log", tanhShrink.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal((-10, 0), tanhShrink.XRange);                    // log10 of [1e-10, 1]
        Assert.Equal(1.0, tanhShrink.Y(0)[0]);                        // at 1e-10 the naive result is 0: 100 % error
        Assert.InRange(tanhShrink.Y(0)[^1], 0, 1e-14);                // at 1 hardly any cancellation
        var grid = tanhShrink.Data[0].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        int at1e4 = Array.FindIndex(grid, x => x >= 1e-4);
        Assert.InRange(tanhShrink.Y(0)[at1e4], 1e-9, 1e-6);           // about half of the 16 digits lost near 1e-4

        var sigmoid = charts[1];
        Assert.StartsWith("σ′(x): naive", sigmoid.Title);
        Assert.False(sigmoid.Layout.GetProperty("xaxis").TryGetProperty("type", out _));
        Assert.Equal("log", sigmoid.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal(0, sigmoid.Y(0)[^1]);                            // naive σ(1 − σ) at x = 44.95
        Assert.True(sigmoid.Y(1)[^1] > 0);                            // the library's σ′ there
    }
}
