using System.Globalization;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace Notebooks.Site.Tests;

/// <summary>Chart outputs as notebook cells produce them with Plotly.NET 6.</summary>
internal static class SampleCharts
{
    public static readonly double[] Grid = Enumerable.Range(0, 81).Select(i => Math.Round(-4 + i * 0.1, 12)).ToArray();

    /// <summary>The HTML of <c>GenericChart.toChartHTML</c>: a div and a script calling <c>Plotly.newPlot</c>.</summary>
    public static string SigmoidAndTanhHtml()
    {
        var sigmoid = Plotly.NET.CSharp.Chart.Line<double, double, string>(
            x: Grid, y: Grid.Select(x => 1 / (1 + Math.Exp(-x))).ToArray(), Name: "sigmoid");
        var tanh = Plotly.NET.CSharp.Chart.Line<double, double, string>(
            x: Grid, y: Grid.Select(Math.Tanh).ToArray(), Name: "tanh");
        return GenericChart.toChartHTML(Plotly.NET.CSharp.Chart.Combine([sigmoid, tanh]));
    }

    /// <summary>
    /// A chart with a slider over β (one trace per value; the slider restyles which one is visible), as the
    /// kernel shows it: the HTML of Plotly.NET.Interactive's formatter, which draws through require.js and,
    /// on a page without it, would fetch require.js and plotly.js from CDNs — which must never happen on the site.
    /// </summary>
    public static string SwishSliderKernelHtml()
    {
        double[] betas = [0.5, 1.0, 2.0];
        var traces = betas.Select((beta, i) => Plotly.NET.CSharp.GenericChartExtensions.WithTraceInfo(
                Plotly.NET.CSharp.Chart.Line<double, double, string>(
                    x: Grid, y: Grid.Select(x => x / (1 + Math.Exp(-beta * x))).ToArray(), Name: $"swish β={beta}"),
                Visible: i == 1 ? StyleParam.Visible.True : StyleParam.Visible.False))
            .ToArray();
        var steps = betas.Select((beta, step) => SliderStep.init(
            Args: new[] { Tuple.Create<string, object>("visible", betas.Select((_, t) => t == step).ToArray()) },
            Execute: null, Label: beta.ToString("G4", CultureInfo.InvariantCulture), Method: StyleParam.Method.Restyle,
            Name: null, TemplateItemName: null, Value: null, Visible: null));
        var slider = Slider.init(
            Active: 1, ActiveBgColor: null, BgColor: null, BorderColor: null, BorderWidth: null,
            CurrentValue: SliderCurrentValue.init(Font: null, Offset: null, Prefix: "β = ", Suffix: null, Visible: true, XAnchor: null),
            Font: null, Len: null, LenMode: null, MinorTickLen: null, Name: null, Padding: null,
            Steps: steps.ToArray(), TemplateItemName: null, TickColor: null, TickLen: null, TickWidth: null,
            Transition: null, Visible: null, X: null, XAnchor: null, Y: null, YAnchor: null);
        var layout = new Layout();
        layout.SetProperty("sliders", new[] { slider });
        var chart = GenericChart.addLayout(layout, Plotly.NET.CSharp.Chart.Combine(traces));

        return Plotly.NET.Interactive.Formatters.toInteractiveHTML(chart);
    }
}
