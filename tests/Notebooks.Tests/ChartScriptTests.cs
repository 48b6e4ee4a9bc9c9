using System.Text.Json;
using CsCheck;

namespace Notebooks.Tests;

/// <summary>The helpers of lib/Charts/ActivationCharts.csx: the grid, the printing, and the charts they build.</summary>
public class ChartScriptTests
{
    // The chart as plotly.js receives it: {"data": [...], "layout": {...}, ...}.
    private static async Task<JsonElement> ChartJson(string chartExpression)
    {
        var json = await ChartScript.Evaluate<string>($"Plotly.NET.GenericChart.toJson({chartExpression})");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static double[] Numbers(JsonElement array) =>
        array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? double.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : v.GetDouble()).ToArray();

    [Fact]
    public async Task Arange_has_numpys_length_and_holds_the_nearest_doubles_of_a_decimal_grid()
    {
        var arange = await ChartScript.Evaluate<Func<double, double, double, double[]>>("(Func<double, double, double, double[]>)Arange");

        // start and step with at most 2 and 3 decimals, as in the articles (-5, 0.1; -10, 0.01; ...), and
        // grids inside [-1000, 1000], where 12 decimals are still finer than the spacing of doubles.
        Gen.Select(Gen.Int[-2000, 2000], Gen.Int[1, 2000], Gen.Int[1, 3000]).Sample((startHundredths, stepThousandths, points) =>
        {
            decimal start = startHundredths / 100m, step = stepThousandths / 1000m;
            int count = Math.Min(points, (int)((1000 - start) / step));
            decimal stop = start + count * step;
            var grid = arange((double)start, (double)stop, (double)step);

            // numpy.arange's length rule, evaluated in double like numpy does.
            Assert.Equal((int)Math.Ceiling(((double)stop - (double)start) / (double)step), grid.Length);
            for (int i = 0; i < grid.Length; i++)
                Assert.Equal((double)(start + i * step), grid[i]);
        });
    }

    [Fact]
    public async Task Arange_gives_the_articles_grids()
    {
        var last = await ChartScript.Evaluate<double[]>("var g = Arange(-10, 10, 0.01); new[] { g.Length, g[0], g[1], g[^1] }");
        Assert.Equal(new[] { 2000, -10, -9.99, 9.99 }, last);
        Assert.Equal(100.0, await ChartScript.Evaluate<double>("Arange(-5, 5, 0.1).Length"));
        Assert.Equal(120.0, await ChartScript.Evaluate<double>("Arange(-6, 6, 0.1).Length"));
        Assert.Equal(0.0, await ChartScript.Evaluate<double>("Arange(-6, 6, 0.1)[60]"));
    }

    [Theory]
    [InlineData("Arange(0, 1, 0)", "step")]
    [InlineData("Arange(0, 1, -0.1)", "step")]
    [InlineData("Arange(0, 1, double.NaN)", "step")]
    [InlineData("Arange(1, 1, 0.1)", "stop")]
    [InlineData("Arange(1, 0, 0.1)", "stop")]
    [InlineData("FunctionChart(\"t\", Arange(0, 1, 0.5), (1, 0), new[] { ValueCurve(\"f\", v => v) })", "yRange")]
    [InlineData("FunctionChart(\"t\", Arange(0, 1, 0.5), (0, 0), new[] { ValueCurve(\"f\", v => v) })", "yRange")]
    [InlineData("FunctionChart(\"\", Arange(0, 1, 0.5), (0, 1), new[] { ValueCurve(\"f\", v => v) })", "title")]
    [InlineData("FunctionChart(\"t\", new double[0], (0, 1), new[] { ValueCurve(\"f\", v => v) })", "x")]
    [InlineData("FunctionChart(\"t\", Arange(0, 1, 0.5), (0, 1), new Curve[0])", "curves")]
    [InlineData("FunctionChart(\"t\", new[] { 0.0, 0.5, 0.5 }, (0, 1), new[] { ValueCurve(\"f\", v => v) })", "x")]
    [InlineData("FunctionChart(\"t\", new[] { 0.0, double.NaN }, (0, 1), new[] { ValueCurve(\"f\", v => v) })", "x")]
    [InlineData("FunctionChart(\"t\", Arange(0, 1, 0.5), (0, 1), new[] { ValueCurve(\"f\", v => v) }, xRange: (1, 1))", "xRange")]
    [InlineData("FunctionChart(\"t\", Arange(0, 1, 0.5), (0, 1), new[] { ValueCurve(\"f\", null) })", "curves")]
    [InlineData("ParameterSliderChart(\"t\", Arange(0, 1, 0.5), (0, 1), \"p\", new[] { 1.0, 2.0 }, 3.0, p => new[] { ValueCurve(\"f\", v => p * v) })", "initialValue")]
    [InlineData("ParameterSliderChart(\"t\", Arange(0, 1, 0.5), (0, 1), \"p\", new double[0], 3.0, p => new[] { ValueCurve(\"f\", v => p * v) })", "parameterValues")]
    [InlineData("ParameterSliderChart(\"t\", Arange(0, 1, 0.5), (0, 1), \" \", new[] { 1.0 }, 1.0, p => new[] { ValueCurve(\"f\", v => p * v) })", "parameterName")]
    [InlineData("ParameterSliderChart(\"t\", Arange(0, 1, 0.5), (0, 1), \"p\", new[] { 1.0, 2.0 }, 1.0, p => p == 1 ? new[] { ValueCurve(\"f\", v => v) } : new Curve[0])", "curvesFor")]
    [InlineData("ParameterSliderChart(\"t\", Arange(0, 1, 0.5), (0, 1), \"p\", new[] { 1.0 }, 1.0, null)", "curvesFor")]
    [InlineData("ParameterSliderChart(\"t\", Arange(0, 1, 0.5), (0, 1), \"p\", new[] { 1.0 }, 1.0, p => new Curve[0])", "curves")]
    public async Task Bad_arguments_fail_with_an_ArgumentException_naming_the_argument(string call, string argument)
    {
        var paramName = await ChartScript.Evaluate<string>(
            $"try {{ {call}; return \"no exception\"; }} catch (ArgumentException e) {{ return e.ParamName ?? \"(no name)\"; }}");
        Assert.Equal(argument, paramName);
    }

    [Fact]
    public async Task NumPyStyle_prints_eight_decimals_in_scientific_notation_whatever_the_culture()
    {
        var text = await ChartScript.Evaluate<string>(
            "System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(\"de-DE\");" +
            "NumPyStyle(new[] { 0.99995460007023751, 4.5397868608866649e-05, 2.0610600462090622e-09, double.NaN, 1 })");
        Assert.Equal("[9.99954600e-01, 4.53978686e-05, 2.06106005e-09, NaN, 1.00000000e+00]", text);
    }

    [Fact]
    public async Task Print_formats_numbers_with_a_decimal_point_whatever_the_culture()
    {
        var text = await ChartScript.Evaluate<string>(
            "System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(\"de-DE\");" +
            "var writer = new System.IO.StringWriter(); var console = Console.Out; Console.SetOut(writer);" +
            "try { Print($\"{0.25} {1e-5:0.0e+00}\"); } finally { Console.SetOut(console); }" +
            "writer.ToString()");
        Assert.Equal("0.25 1.0e-05" + Environment.NewLine, text);
    }

    [Fact]
    public async Task FunctionChart_draws_one_line_per_curve_with_title_ranges_legend_and_unified_hover()
    {
        var chart = await ChartJson(
            "FunctionChart(\"Title\", Arange(-1, 1, 0.5), (-0.5, 1.5), new[] { ValueCurve(\"f\", v => v * v), DerivativeCurve(\"f′\", v => 2 * v) })");

        var data = chart.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(new[] { "f", "f′" }, data.Select(t => t.GetProperty("name").GetString()));
        Assert.All(data, t => Assert.Equal("scatter", t.GetProperty("type").GetString()));
        Assert.All(data, t => Assert.Equal("lines", t.GetProperty("mode").GetString()));
        Assert.Equal(new[] { -1, -0.5, 0, 0.5 }, Numbers(data[0].GetProperty("x")));
        Assert.Equal(new[] { 1, 0.25, 0, 0.25 }, Numbers(data[0].GetProperty("y")));
        Assert.Equal(new[] { -2, -1, 0, 1.0 }, Numbers(data[1].GetProperty("y")));
        Assert.Equal("solid", data[0].GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("dash", data[1].GetProperty("line").GetProperty("dash").GetString());

        var layout = chart.GetProperty("layout");
        Assert.Equal("Title", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("x unified", layout.GetProperty("hovermode").GetString());
        Assert.Equal(new[] { -1, 0.5 }, Numbers(layout.GetProperty("xaxis").GetProperty("range")));
        Assert.Equal(new[] { -0.5, 1.5 }, Numbers(layout.GetProperty("yaxis").GetProperty("range")));
        Assert.False(layout.TryGetProperty("sliders", out _));
    }

    [Fact]
    public async Task A_curve_is_broken_by_a_NaN_point_at_each_jump_inside_the_grid()
    {
        var chart = await ChartJson(
            "FunctionChart(\"Step\", Arange(-1, 1, 0.5), (-1, 2), new[] { ValueCurve(\"step\", v => v > 0 ? 1 : 0, 0.0, 0.25, 7.0) })");

        var trace = chart.GetProperty("data")[0];
        // 0 and 0.25 are inside [-1, 0.5]; 7 is outside the grid and ignored. A NaN point follows every grid point ≤ the jump.
        Assert.Equal(new[] { -1, -0.5, 0, 0, 0.25, 0.5 }, Numbers(trace.GetProperty("x")));
        Assert.Equal(new[] { 0, 0, 0, double.NaN, double.NaN, 1 }, Numbers(trace.GetProperty("y")));
    }

    [Fact]
    public async Task ParameterSliderChart_shows_only_the_curves_of_the_active_step_and_restyles_on_slide()
    {
        var chart = await ChartJson(
            "ParameterSliderChart(\"Slider\", Arange(0, 1, 0.5), (0, 3), \"p\", new[] { 1.0, 2.0, 3.0 }, 2.0, " +
            "p => new[] { ValueCurve($\"f, p = {p}\", v => p * v), DerivativeCurve($\"f′, p = {p}\", v => p) })");

        var data = chart.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(6, data.Count);
        Assert.Equal(new[] { "f, p = 1", "f′, p = 1", "f, p = 2", "f′, p = 2", "f, p = 3", "f′, p = 3" },
            data.Select(t => t.GetProperty("name").GetString()));
        // Hidden traces carry visible: false; the active step's traces are visible by default.
        Assert.Equal(new[] { false, false, true, true, false, false },
            data.Select(t => !t.TryGetProperty("visible", out var visible) || visible.GetBoolean()));
        Assert.Equal(new[] { 0, 1.0 }, Numbers(data[2].GetProperty("y")));

        var slider = chart.GetProperty("layout").GetProperty("sliders").EnumerateArray().Single();
        Assert.Equal(1, slider.GetProperty("active").GetInt32());
        Assert.Equal("p = ", slider.GetProperty("currentvalue").GetProperty("prefix").GetString());
        var steps = slider.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(new[] { "1", "2", "3" }, steps.Select(s => s.GetProperty("label").GetString()));
        Assert.All(steps, s => Assert.Equal("restyle", s.GetProperty("method").GetString()));
        for (int step = 0; step < 3; step++)
            Assert.Equal(Enumerable.Range(0, 6).Select(trace => trace / 2 == step),
                steps[step].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()));
    }
}
