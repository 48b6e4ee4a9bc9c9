using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class PackageReferenceTests
{
    private const string PlotlyReferences = """
        #r "nuget: Plotly.NET, 5.1.0"
        #r "nuget: Plotly.NET.CSharp, 0.13.0"
        #r "nuget: Plotly.NET.Interactive, 5.0.0"
        """;

    [Fact]
    public async Task A_shipped_package_is_usable_and_line_numbers_after_the_directive_are_unchanged()
    {
        var result = await Run.CSharp(
            "#r \"nuget: MathNet.Numerics, 5.0.0\"\nusing MathNet.Numerics;\nvar erf = SpecialFunctions.Erf(0.5);\nerf",
            "\n#r \"nuget: MathNet.Numerics\"\nthrow new Exception(\"line three\");");

        var erf = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs(1)));
        Assert.Equal(MathNet.Numerics.SpecialFunctions.Erf(0.5).ToString(), erf.Data["text/plain"]);
        Assert.Equal(3, result.Failure!.Line);
    }

    [Fact]
    public async Task TensorPrimitives_is_available_in_the_pinned_version_with_its_known_results()
    {
        var result = (await Run.CSharp(
            "#r \"nuget: System.Numerics.Tensors, 10.0.15\"\nusing System.Numerics.Tensors;",
            "var y = new float[8];\nTensorPrimitives.Tanh(new float[8], y);\ny[0]")).ShouldSucceed();

        // The vectorised Tanh of 10.0.15 returns -5.96e-08 for 0: the notebook that shows it relies on this version.
        Assert.Equal((-5.9604645E-08f).ToString(), Assert.Single(result.Outputs(2)).PlainText());
    }

    [Fact]
    public async Task Kernel_helpers_stay_unambiguous_after_a_later_cell_adds_a_reference()
    {
        // Regression: with the helpers imported through the script options, any #r after the first cell
        // made display/DisplayAs ambiguous (CS0121).
        var result = (await Run.CSharp(
            "var a = 1;",
            "#r \"nuget: MathNet.Numerics, 5.0.0\"",
            "display(\"shown\");\n\"*md*\".DisplayAs(\"text/markdown\");\nHTML(\"<b>x</b>\")")).ShouldSucceed();

        Assert.Equal(3, result.Outputs(3).Count);
    }

    [Fact]
    public async Task Packages_are_not_available_without_a_reference()
    {
        var result = await Run.CSharp("using MathNet.Numerics;");

        Assert.Contains("error CS0246: The type or namespace name 'MathNet'", result.Failure!.Message);
    }

    [Theory]
    [InlineData("#r \"nuget: Plotly.NET, 4.2.0\"", "version 4.2.0 of 'Plotly.NET' is not available to the runner; it provides Plotly.NET for: 5.x, 6.0.0, no version")]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3\"", "package 'Newtonsoft.Json' is not available to the runner; it provides: Plotly.NET.Interactive, Plotly.NET, Plotly.NET.CSharp, MathNet.Numerics, System.Numerics.Tensors")]
    public async Task An_unavailable_package_names_package_version_notebook_cell_and_line(string directive, string expected)
    {
        var result = await Run.CSharp("var a = 1;", $"var b = 2;\n{directive}");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(2)));
        Assert.Equal("PackageNotAvailableError", error.Name);
        Assert.StartsWith($"fixture.ipynb, cell 2, line 2: {directive}: {expected}", error.Message);
        Assert.EndsWith("(see lib/Notebooks.Runner/Execution/PackageSubstitutions.cs)", error.Message);
    }

    [Fact]
    public async Task Plotly_charts_render_as_html_that_uses_window_plotly_or_loads_plotly_js()
    {
        var result = (await Run.CSharp(
            PlotlyReferences + "\nusing Plotly.NET.CSharp;\nvar chart = Chart.Line<double, double, string>(x: new[] { 0.0, 1.0 }, y: new[] { 0.5, 0.73 }, Name: \"sigmoid </script>\");",
            "display(chart);\nchart")).ShouldSucceed();

        var outputs = result.Outputs(2).Cast<DisplayOutput>().ToList();
        Assert.Equal(2, outputs.Count);
        Assert.True(outputs[1].IsExecuteResult);
        var html = outputs[0].Data["text/html"];
        Assert.StartsWith("<div class=\"notebook-plotly-chart\" data-plotly-js-version=\"2.28.0\"><div id=\"plotly-fixture-1\">", html);
        Assert.Contains("if (window.Plotly)", html);
        Assert.Contains("Plotly.newPlot('plotly-fixture-1', data, layout, config)", html);
        Assert.Contains("https://cdn.plot.ly/plotly-2.28.0.min.js", html);
        Assert.Contains("\"x\":[0.0,1.0],\"y\":[0.5,0.73]", html);
        Assert.Contains("sigmoid <\\/script>", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.Equal("Plotly.NET chart (1 trace)", outputs[0].Data["text/plain"]);
        Assert.Contains("id=\"plotly-fixture-2\"", outputs[1].Data["text/html"]);
    }

    [Fact]
    public async Task Without_plotly_net_interactive_a_chart_keeps_the_default_formatting()
    {
        var result = (await Run.CSharp(
            "#r \"nuget: Plotly.NET.CSharp, 0.13.0\"\nPlotly.NET.CSharp.Chart.Line<double, double, string>(x: new[] { 0.0 }, y: new[] { 1.0 })")).ShouldSucceed();

        var html = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs(1))).Data["text/html"];
        Assert.DoesNotContain("notebook-plotly-chart", html);
        Assert.Contains("dni-treeview", html);
    }

    [Fact]
    public void Chart_html_carries_the_same_figure_as_plotly_net()
    {
        var chart = Plotly.NET.CSharp.Chart.Point<double, double, string>(x: new[] { 1.0, 2.0 }, y: new[] { 3.0, 4.0 });

        var ours = PlotlyChartFormatter.ToHtml(chart, "id-1");
        var plotlyNet = Plotly.NET.GenericChart.toChartHTML(chart);

        foreach (var part in new[] { "var data = ", "var layout = ", "var config = " })
        {
            Assert.Equal(JsonAfter(plotlyNet, part), JsonAfter(ours, part));
        }

        static string JsonAfter(string html, string marker)
        {
            var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            return html[start..html.IndexOf(";\n", start, StringComparison.Ordinal)];
        }
    }
}
