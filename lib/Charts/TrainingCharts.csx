// TrainingCharts.csx: the chart helpers of the training notebook (07): curves over epochs or layers,
// and decision boundaries drawn as heatmaps.
//
// Load it AFTER ActivationCharts.csx, whose Styled, CheckChartArguments' conventions and palettes it uses:
//     #load "../lib/Charts/ActivationCharts.csx"
//     #load "../lib/Charts/TrainingCharts.csx"
//
// The same two Plotly.NET lines as ActivationCharts.csx (5.1.0 + Plotly.NET.CSharp 0.13.0 in the VS Code
// kernel, 6.0.0 + 0.14.0 in the runner), so only calls with the same C# signature on both are used, always
// with named arguments:
//   - Plotly.NET.CSharp.Chart.Line<X, Y, Text> and Chart.Point<X, Y, Text> (x, y, Name, ShowLegend,
//     MarkerColor, MarkerSymbol, LineColor, LineWidth, LineDash: the same names on 0.13 and 0.14; 0.14 adds
//     parameters after them).
//   - Plotly.NET.CSharp.Chart.Heatmap<Z, X, Y, Text>: its parameters come in a different order on 0.13 and
//     0.14 (0.14 moves X and Y forward and adds MultiX, MultiY), but zData, X, Y, Name, ShowScale, ColorScale
//     and ZSmooth have the same names and types on both, and named arguments do not care about the order.
//   - GenericChart.getTraces (same on both): the heatmap's zmin, zmax and hovertemplate, which the C#
//     wrapper has no parameter for, are set on its trace through C# `dynamic` (Trace is a DynamicObj, as
//     Layout is; see ActivationCharts.csx).
//   - the slider and layout calls of ActivationCharts.csx (Slider.init, SliderStep.init with every argument
//     named; new Layout() + GenericChart.addLayout; layout properties through `dynamic`).

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

/// <summary>One named sequence of values (a loss per epoch, a norm per layer) to draw as a line.</summary>
record LineSeries(string Name, double[] Values);

/// <summary>
/// Lines of values over x (epochs, layer numbers), one per series, with a legend and hover values. On a
/// logarithmic y-axis, values ≤ 0 or not finite leave gaps; the y range is fitted to the positive values.
/// </summary>
/// <exception cref="ArgumentException">
/// empty title or axis title, an empty or not strictly increasing x, no series, or a series whose length
/// differs from x's or with no value that the axis can draw.
/// </exception>
GenericChart SeriesChart(string title, double[] x, LineSeries[] series, string xTitle, string yTitle, bool logY = false)
{
    CheckSeries(title, x, series, xTitle, yTitle, logY);
    var traces = series.Select((s, i) => SeriesTrace(s, x, CurveColors[i % CurveColors.Length], logY));
    return Styled(Plotly.NET.CSharp.Chart.Combine(traces), title, x, FittedRange(series, logY), null,
        sliders: null, xTitle, yTitle, logX: false, logY);
}

/// <summary>
/// Lines of values over x with a slider: each slider step shows its own series (e.g. one step per activation
/// function, one line per initialisation) on a common y-axis, so that the steps can be compared by eye.
/// </summary>
/// <exception cref="ArgumentException">
/// as for SeriesChart; or an empty slider label, no steps, or steps with different numbers of series.
/// </exception>
GenericChart SteppedSeriesChart(string title, double[] x, string sliderLabel, (string Step, LineSeries[] Series)[] steps,
    string xTitle, string yTitle, bool logY = false)
{
    if (string.IsNullOrWhiteSpace(sliderLabel))
        throw new ArgumentException("The slider needs a label.", nameof(sliderLabel));
    if (steps is null || steps.Length == 0) throw new ArgumentException("The slider needs at least one step.", nameof(steps));
    int perStep = steps[0].Series?.Length ?? 0;
    if (steps.Any(step => string.IsNullOrWhiteSpace(step.Step) || step.Series is null || step.Series.Length != perStep))
        throw new ArgumentException("Every step needs a name and the same number of series.", nameof(steps));
    var all = steps.SelectMany(step => step.Series).ToArray();
    CheckSeries(title, x, all, xTitle, yTitle, logY);

    var traces = new List<GenericChart>();
    for (int step = 0; step < steps.Length; step++)
        for (int i = 0; i < perStep; i++)
        {
            var trace = SeriesTrace(steps[step].Series[i], x, CurveColors[i % CurveColors.Length], logY);
            if (step != 0) trace = Plotly.NET.CSharp.GenericChartExtensions.WithTraceInfo(trace, Visible: StyleParam.Visible.False);
            traces.Add(trace);
        }
    var slider = VisibilitySlider(sliderLabel, steps.Select(step => step.Step).ToArray(), perStep, traces.Count, alwaysVisible: 0);
    return Styled(Plotly.NET.CSharp.Chart.Combine(traces), title, x, FittedRange(all, logY), null,
        sliders: new[] { slider }, xTitle, yTitle, logX: false, logY);
}

/// <summary>A labelled point of a two-dimensional data set; Class is 0, 1, 2, …</summary>
record LabelledPoint(double X, double Y, int Class);

/// <summary>
/// The decision boundary of one or more trained classifiers: a heatmap of z over the grid (z[row][column]
/// at (gridX[column], gridY[row]), e.g. the predicted probability of class 1, coloured on the fixed scale
/// [zMin, zMax]) with the data points on top, one marker colour per class. With several panels a slider
/// switches between them (e.g. one classifier per activation function); the points stay.
/// </summary>
/// <exception cref="ArgumentException">
/// empty title or z title, a grid axis that is empty or not strictly increasing, no panels, a panel without a
/// name or whose z is not gridY.Length rows of gridX.Length values, zMin ≥ zMax, or no points.
/// </exception>
GenericChart DecisionBoundaryChart(string title, double[] gridX, double[] gridY, (string Name, double[][] Z)[] panels,
    LabelledPoint[] points, string zTitle, double zMin = 0, double zMax = 1)
{
    if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A chart needs a title.", nameof(title));
    if (string.IsNullOrWhiteSpace(zTitle)) throw new ArgumentException("The colour scale needs a title.", nameof(zTitle));
    CheckGridAxis(gridX, nameof(gridX));
    CheckGridAxis(gridY, nameof(gridY));
    if (panels is null || panels.Length == 0) throw new ArgumentException("A chart needs at least one panel.", nameof(panels));
    foreach (var (name, z) in panels)
        if (string.IsNullOrWhiteSpace(name) || z is null || z.Length != gridY.Length || z.Any(row => row is null || row.Length != gridX.Length))
            throw new ArgumentException(
                $"Panel '{name}' needs a name and {gridY.Length} rows (one per gridY value) of {gridX.Length} values (one per gridX value).",
                nameof(panels));
    if (!(zMin < zMax)) throw new ArgumentException($"zMin ({zMin}) must be below zMax ({zMax}).", nameof(zMin));
    if (points is null || points.Length == 0) throw new ArgumentException("A decision boundary needs its data points.", nameof(points));

    var traces = new List<GenericChart>();
    for (int p = 0; p < panels.Length; p++)
    {
        var heatmap = Plotly.NET.CSharp.Chart.Heatmap<double, double, double, string>(
            zData: panels[p].Z, X: gridX, Y: gridY, Name: panels[p].Name, ShowScale: p == 0,
            ColorScale: StyleParam.Colorscale.RdBu, ZSmooth: StyleParam.SmoothAlg.Best);
        foreach (dynamic trace in GenericChart.getTraces(heatmap))
        {
            trace.zmin = zMin;
            trace.zmax = zMax;
            trace.hovertemplate = $"x = %{{x:.2f}}, y = %{{y:.2f}}<br>{zTitle} = %{{z:.3f}}<extra>{panels[p].Name}</extra>";
        }
        if (p != 0) heatmap = Plotly.NET.CSharp.GenericChartExtensions.WithTraceInfo(heatmap, Visible: StyleParam.Visible.False);
        traces.Add(heatmap);
    }
    // Class colours that stand out on plotly's RdBu scale (blue at zMin, grey in the middle, red at zMax).
    string[] classColors = { "#ffdd00", "#00cc66", "#ff00ff", "#000000" };
    foreach (var group in points.GroupBy(point => point.Class).OrderBy(group => group.Key))
        traces.Add(Plotly.NET.CSharp.Chart.Point<double, double, string>(
            x: group.Select(point => point.X).ToArray(), y: group.Select(point => point.Y).ToArray(),
            Name: $"class {group.Key}", ShowLegend: true,
            MarkerColor: Color.fromHex(classColors[group.Key % classColors.Length]),
            MarkerSymbol: group.Key == 0 ? StyleParam.MarkerSymbol.Circle : StyleParam.MarkerSymbol.Diamond));

    var chart = Plotly.NET.CSharp.Chart.Combine(traces);
    chart = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(chart,
        TitleText: "x₁", MinMax: Tuple.Create(gridX[0], gridX[^1]));
    chart = Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(chart,
        TitleText: "x₂", MinMax: Tuple.Create(gridY[0], gridY[^1]));
    chart = Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, Width: 680, Height: panels.Length > 1 ? 620 : 560);

    var layout = new Layout();
    dynamic properties = layout;
    properties.title = Title.init(Text: title, Font: null, AutoMargin: null, Pad: null,
        X: null, XAnchor: null, XRef: null, Y: null, YAnchor: null, YRef: null, Standoff: null, Side: null);
    properties.hovermode = "closest";
    // The legend (the classes of the points) in one row above the plot, clear of the colour bar.
    properties.legend = new Dictionary<string, object>
    {
        ["orientation"] = "h", ["x"] = 0.0, ["y"] = 1.0, ["yanchor"] = "bottom",
    };
    if (panels.Length > 1)
        properties.sliders = new[] { VisibilitySlider("network", panels.Select(p => p.Name).ToArray(), 1, traces.Count,
            alwaysVisible: traces.Count - panels.Length) };
    return GenericChart.addLayout(layout, chart);
}

/// <summary>
/// The grid start, start + step, … up to stop (included when it falls on the grid), for the axes of a
/// decision-boundary heatmap; the points are computed as start + i·step and rounded to 12 decimals, as Arange does.
/// </summary>
/// <exception cref="ArgumentException">step is not positive, or stop is not greater than start.</exception>
double[] GridAxis(double start, double stop, double step) => Arange(start, stop + step / 2, step);

// A slider whose step s shows the traces s·perStep … s·perStep + perStep − 1 and hides the other stepped
// traces; the last alwaysVisible traces (e.g. the data points over the heatmaps) stay visible on every step.
Slider VisibilitySlider(string label, string[] stepNames, int perStep, int traceCount, int alwaysVisible)
{
    int stepped = traceCount - alwaysVisible;
    var steps = stepNames.Select((name, step) => SliderStep.init(
        Args: new[] { Tuple.Create<string, object>("visible",
            Enumerable.Range(0, traceCount).Select(t => t >= stepped || t / perStep == step).ToArray()) },
        Execute: null, Label: name, Method: StyleParam.Method.Restyle, Name: null, TemplateItemName: null,
        Value: null, Visible: null));
    var slider = Slider.init(
        Active: 0, ActiveBgColor: null, BgColor: null, BorderColor: null, BorderWidth: null,
        CurrentValue: SliderCurrentValue.init(Font: null, Offset: null, Prefix: label + ": ", Suffix: null,
            Visible: true, XAnchor: null),
        Font: null, Len: null, LenMode: null, MinorTickLen: null, Name: null, Padding: null,
        Steps: steps.ToArray(), TemplateItemName: null, TickColor: null, TickLen: null, TickWidth: null,
        Transition: null, Visible: null, X: null, XAnchor: null, Y: null, YAnchor: null);
    // Below the x-axis title rather than on it (plotly.js's default top padding is 20 px).
    dynamic properties = slider;
    properties.pad = new Dictionary<string, object> { ["t"] = 50 };
    return slider;
}

// One line trace of a series; on a log axis values ≤ 0 become NaN (a gap) instead of breaking the axis.
GenericChart SeriesTrace(LineSeries series, double[] x, string color, bool logY) =>
    Plotly.NET.CSharp.Chart.Line<double, double, string>(
        x: x, y: series.Values.Select(v => logY && !(v > 0) ? double.NaN : v).ToArray(),
        Name: series.Name, ShowLegend: true, LineColor: Color.fromHex(color), LineWidth: 2.0);

// The y range that shows every drawable value: on a log axis from the smallest positive to the largest finite
// value, widened by 10 %; on a linear axis from min(0, smallest) to the largest, widened by 5 %.
(double Bottom, double Top) FittedRange(LineSeries[] series, bool logY)
{
    var values = series.SelectMany(s => s.Values).Where(v => double.IsFinite(v) && (!logY || v > 0)).ToArray();
    double low = values.Min(), high = values.Max();
    if (logY) return (low / 1.1, high * 1.1 > low / 1.1 ? high * 1.1 : low * 10);
    low = Math.Min(0, low);
    double pad = high > low ? 0.05 * (high - low) : 1;
    return (low - (low < 0 ? pad : 0), high + pad);
}

void CheckSeries(string title, double[] x, LineSeries[] series, string xTitle, string yTitle, bool logY)
{
    if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A chart needs a title.", nameof(title));
    if (string.IsNullOrWhiteSpace(xTitle)) throw new ArgumentException("The x-axis needs a title.", nameof(xTitle));
    if (string.IsNullOrWhiteSpace(yTitle)) throw new ArgumentException("The y-axis needs a title.", nameof(yTitle));
    CheckGridAxis(x, nameof(x));
    if (series is null || series.Length == 0) throw new ArgumentException("A chart needs at least one series.", nameof(series));
    foreach (var s in series)
    {
        if (s is null || string.IsNullOrWhiteSpace(s.Name) || s.Values is null || s.Values.Length != x.Length)
            throw new ArgumentException(
                $"Series '{s?.Name}' needs a name and exactly {x.Length} values (one per x), got {s?.Values?.Length ?? 0}.", nameof(series));
    }
    if (!series.SelectMany(s => s.Values).Any(v => double.IsFinite(v) && (!logY || v > 0)))
        throw new ArgumentException(logY ? "No series has a positive finite value to draw on a logarithmic axis." : "No series has a finite value.", nameof(series));
}

void CheckGridAxis(double[] axis, string name)
{
    if (axis is null || axis.Length == 0) throw new ArgumentException("The axis has no points.", name);
    for (int i = 1; i < axis.Length; i++)
        if (!(axis[i] > axis[i - 1]))
            throw new ArgumentException($"The axis must be strictly increasing: [{i - 1}] = {axis[i - 1]}, [{i}] = {axis[i]}.", name);
}
