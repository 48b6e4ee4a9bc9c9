using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Notebooks.Tests;

/// <summary>
/// The helpers of lib/Charts/TrainingCharts.csx, compiled with Roslyn scripting after ActivationCharts.csx (as the
/// notebook #loads them) against Plotly.NET 6.0 / Plotly.NET.CSharp 0.14: argument checks and the charts they build.
/// </summary>
public class TrainingChartScriptTests
{
    private static readonly Lazy<Task<ScriptState<object>>> State = new(async () =>
    {
        var options = ScriptOptions.Default
            .WithReferences(
                typeof(Plotly.NET.GenericChart).Assembly,
                typeof(Plotly.NET.CSharp.Chart).Assembly,
                typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly,
                typeof(Microsoft.CSharp.RuntimeBinder.Binder).Assembly)   // the scripts set layout properties through dynamic
            .WithFilePath(RepositoryPaths.ChartScript);
        var activationCharts = await CSharpScript.RunAsync(File.ReadAllText(RepositoryPaths.ChartScript), options);
        var trainingCharts = Path.Combine(RepositoryPaths.Root, "lib", "Charts", "TrainingCharts.csx");
        return await activationCharts.ContinueWithAsync(File.ReadAllText(trainingCharts), options.WithFilePath(trainingCharts));
    });

    private static async Task<T> Evaluate<T>(string code) => (await (await State.Value).ContinueWithAsync<T>(code)).ReturnValue;

    private static async Task<JsonElement> ChartJson(string chartExpression)
    {
        using var document = JsonDocument.Parse(await Evaluate<string>($"Plotly.NET.GenericChart.toJson({chartExpression})"));
        return document.RootElement.Clone();
    }

    private static double[] Numbers(JsonElement array) =>
        array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? double.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetDouble()).ToArray();

    private const string TwoPanels =
        "new[] { (\"a\", new[] { new[] { 0.0, 1 }, new[] { 1.0, 0 } }), (\"b\", new[] { new[] { 0.5, 0.5 }, new[] { 0.5, 0.5 } }) }";

    private const string ThreePoints = "new[] { new LabelledPoint(0, 0, 0), new LabelledPoint(1, 1, 0), new LabelledPoint(1, 0, 1) }";

    [Theory]
    [InlineData("SeriesChart(\"\", new[] { 1.0, 2 }, new[] { new LineSeries(\"s\", new[] { 1.0, 2 }) }, \"x\", \"y\")", "title")]
    [InlineData("SeriesChart(\"t\", new[] { 1.0, 2 }, new[] { new LineSeries(\"s\", new[] { 1.0, 2 }) }, \" \", \"y\")", "xTitle")]
    [InlineData("SeriesChart(\"t\", new[] { 2.0, 1 }, new[] { new LineSeries(\"s\", new[] { 1.0, 2 }) }, \"x\", \"y\")", "x")]
    [InlineData("SeriesChart(\"t\", new[] { 1.0, 2 }, new LineSeries[0], \"x\", \"y\")", "series")]
    [InlineData("SeriesChart(\"t\", new[] { 1.0, 2 }, new[] { new LineSeries(\"s\", new[] { 1.0 }) }, \"x\", \"y\")", "series")]
    [InlineData("SeriesChart(\"t\", new[] { 1.0, 2 }, new[] { new LineSeries(\"s\", new[] { 0.0, -1 }) }, \"x\", \"y\", logY: true)", "series")]
    [InlineData("SteppedSeriesChart(\"t\", new[] { 1.0, 2 }, \"\", new[] { (\"a\", new[] { new LineSeries(\"s\", new[] { 1.0, 2 }) }) }, \"x\", \"y\")", "sliderLabel")]
    [InlineData("SteppedSeriesChart(\"t\", new[] { 1.0, 2 }, \"k\", new (string, LineSeries[])[0], \"x\", \"y\")", "steps")]
    [InlineData("SteppedSeriesChart(\"t\", new[] { 1.0, 2 }, \"k\", new[] { (\"a\", new[] { new LineSeries(\"s\", new[] { 1.0, 2 }) }), (\"b\", new LineSeries[0]) }, \"x\", \"y\")", "steps")]
    [InlineData("DecisionBoundaryChart(\"t\", new[] { 0.0, 1 }, new[] { 0.0, 1 }, " + TwoPanels + ", " + ThreePoints + ", \"p\", zMin: 1, zMax: 1)", "zMin")]
    [InlineData("DecisionBoundaryChart(\"t\", new[] { 1.0, 0 }, new[] { 0.0, 1 }, " + TwoPanels + ", " + ThreePoints + ", \"p\")", "gridX")]
    [InlineData("DecisionBoundaryChart(\"t\", new[] { 0.0, 1, 2 }, new[] { 0.0, 1 }, " + TwoPanels + ", " + ThreePoints + ", \"p\")", "panels")]
    [InlineData("DecisionBoundaryChart(\"t\", new[] { 0.0, 1 }, new[] { 0.0, 1 }, new (string, double[][])[0], " + ThreePoints + ", \"p\")", "panels")]
    [InlineData("DecisionBoundaryChart(\"t\", new[] { 0.0, 1 }, new[] { 0.0, 1 }, " + TwoPanels + ", new LabelledPoint[0], \"p\")", "points")]
    [InlineData("DecisionBoundaryChart(\"t\", new[] { 0.0, 1 }, new[] { 0.0, 1 }, " + TwoPanels + ", " + ThreePoints + ", \"\")", "zTitle")]
    [InlineData("GridAxis(0, 1, 0)", "step")]
    public async Task Bad_arguments_fail_with_an_ArgumentException_naming_the_argument(string call, string argument)
    {
        var paramName = await Evaluate<string>(
            $"try {{ {call}; return \"no exception\"; }} catch (ArgumentException e) {{ return e.ParamName ?? \"(no name)\"; }}");
        Assert.Equal(argument, paramName);
    }

    [Fact]
    public async Task GridAxis_includes_the_stop_value()
    {
        Assert.Equal(new[] { -0.5, 0, 0.5, 1, 1.5 }, await Evaluate<double[]>("GridAxis(-0.5, 1.5, 0.5)"));
        Assert.Equal(41, (await Evaluate<double[]>("GridAxis(-0.5, 1.5, 0.05)")).Length);
    }

    [Fact]
    public async Task SeriesChart_on_a_log_axis_leaves_gaps_for_values_it_cannot_draw_and_fits_the_range_to_the_rest()
    {
        var chart = await ChartJson(
            "SeriesChart(\"Loss\", new[] { 1.0, 2, 3 }, new[] { new LineSeries(\"a\", new[] { 1.0, 0, 0.01 }), new LineSeries(\"b\", new[] { 10.0, 1, -1 }) }, \"epoch\", \"loss\", logY: true)");
        var data = chart.GetProperty("data");
        Assert.Equal(new[] { 1, double.NaN, 0.01 }, Numbers(data[0].GetProperty("y")));
        Assert.Equal(new[] { 10, 1, double.NaN }, Numbers(data[1].GetProperty("y")));
        var yaxis = chart.GetProperty("layout").GetProperty("yaxis");
        Assert.Equal("log", yaxis.GetProperty("type").GetString());
        var range = Numbers(yaxis.GetProperty("range"));
        Assert.Equal(Math.Log10(0.01 / 1.1), range[0], 12);
        Assert.Equal(Math.Log10(10 * 1.1), range[1], 12);
    }

    [Fact]
    public async Task SteppedSeriesChart_shows_the_first_steps_series_and_restyles_on_slide()
    {
        var chart = await ChartJson(
            "SteppedSeriesChart(\"Norms\", new[] { 1.0, 2 }, \"activation\", new[] { " +
            "(\"tanh\", new[] { new LineSeries(\"a\", new[] { 1.0, 2 }), new LineSeries(\"b\", new[] { 3.0, 4 }) }), " +
            "(\"relu\", new[] { new LineSeries(\"a\", new[] { 5.0, 6 }), new LineSeries(\"b\", new[] { 7.0, 8 }) }) }, \"layer\", \"norm\", logY: true)");
        var data = chart.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(4, data.Count);
        Assert.False(data[0].TryGetProperty("visible", out _));
        Assert.False(data[1].TryGetProperty("visible", out _));
        Assert.False(data[2].GetProperty("visible").GetBoolean());
        var slider = chart.GetProperty("layout").GetProperty("sliders")[0];
        Assert.Equal(50, slider.GetProperty("pad").GetProperty("t").GetInt32());   // below the x-axis title
        var steps = slider.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(new[] { "tanh", "relu" }, steps.Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(new[] { false, false, true, true },
            steps[1].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()));
    }

    [Fact]
    public async Task DecisionBoundaryChart_draws_heatmaps_on_a_fixed_scale_and_keeps_the_points_on_every_step()
    {
        var chart = await ChartJson("DecisionBoundaryChart(\"Boundary\", new[] { 0.0, 1 }, new[] { 0.0, 1 }, " + TwoPanels + ", " + ThreePoints + ", \"p\")");
        var data = chart.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(new[] { "heatmap", "heatmap", "scatter", "scatter" }, data.Select(t => t.GetProperty("type").GetString()));
        Assert.Equal(new[] { "a", "b", "class 0", "class 1" }, data.Select(t => t.GetProperty("name").GetString()));
        foreach (var heatmap in data.Take(2))
        {
            Assert.Equal(0, heatmap.GetProperty("zmin").GetDouble());
            Assert.Equal(1, heatmap.GetProperty("zmax").GetDouble());
            Assert.Contains("p = %{z:.3f}", heatmap.GetProperty("hovertemplate").GetString());
        }
        Assert.Equal(new[] { 0, 1.0 }, Numbers(data[0].GetProperty("z")[0]));
        Assert.True(data[0].GetProperty("showscale").GetBoolean());
        Assert.False(data[1].GetProperty("showscale").GetBoolean());
        Assert.False(data[1].GetProperty("visible").GetBoolean());
        Assert.Equal(new[] { 0, 1.0 }, Numbers(data[2].GetProperty("x")));   // the two points of class 0

        var layout = chart.GetProperty("layout");
        Assert.Equal("closest", layout.GetProperty("hovermode").GetString());
        Assert.Equal("h", layout.GetProperty("legend").GetProperty("orientation").GetString());   // clear of the colour bar
        var steps = layout.GetProperty("sliders")[0].GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(new[] { false, true, true, true },
            steps[1].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()));
    }

    [Fact]
    public async Task DecisionBoundaryChart_with_one_panel_has_no_slider()
    {
        var chart = await ChartJson(
            "DecisionBoundaryChart(\"One\", new[] { 0.0, 1 }, new[] { 0.0, 1 }, new[] { (\"a\", new[] { new[] { 0.0, 1 }, new[] { 1.0, 2 } }) }, " +
            ThreePoints + ", \"class\", zMin: 0, zMax: 2)");
        Assert.False(chart.GetProperty("layout").TryGetProperty("sliders", out _));
        Assert.Equal(2, chart.GetProperty("data")[0].GetProperty("zmax").GetDouble());
    }
}
