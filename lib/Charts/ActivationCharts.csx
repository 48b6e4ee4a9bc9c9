// ActivationCharts.csx: the chart helpers shared by the notebooks in notebooks/.
//
// Load it AFTER the cell that references the packages:
//     #r "nuget: Plotly.NET.Interactive, 5.0.0"
//     #r "nuget: Plotly.NET.CSharp, 0.13.0"
//     #load "../lib/Charts/ActivationCharts.csx"
//
// It must compile against two Plotly.NET lines: 5.1.0 + Plotly.NET.CSharp 0.13.0 (the VS Code
// Polyglot kernel, where FSharp.Core 10 rules out 6.0) and 6.0.0 + Plotly.NET.CSharp 0.14.0 (the
// headless runner). Only calls whose C# signature is the same on both lines are used:
//   - Plotly.NET.CSharp.Chart.Line<X, Y, Text> and Chart.Combine; the GenericChartExtensions
//     WithXAxisStyle<Min, Max, Category>, WithYAxisStyle<…>, WithTraceInfo, WithSize, always
//     called as static methods (with both `using Plotly.NET` and `using Plotly.NET.CSharp`,
//     5.x finds a second WithTraceInfo) and with named arguments (0.14 adds parameters).
//     The type arguments are explicit: C# cannot infer them through Optional<T>. The parameters
//     used are TitleText, AxisType (log axes: the range is then given as log10), MinMax and ZeroLine
//     of the axis styles, and Visible and LegendGroup of WithTraceInfo.
//   - Title.init, Slider.init, SliderStep.init, SliderCurrentValue.init with EVERY argument
//     passed by name (null = not set): their parameter lists are identical on both lines, but
//     in 6.0 (and for the Slider types in 5.x too) the parameters are not [Optional], so none
//     may be omitted.
//   - new Layout() + GenericChart.addLayout(layout, chart). Layout.init cannot be used (its
//     parameter list differs) and neither can the core Chart.with* functions (renamed in 6.0).
//     The layout's properties are set through C# `dynamic`: Layout is a DynamicObj, which is a
//     System.Dynamic.DynamicObject on both lines, so `((dynamic)layout).title = …` reaches its
//     TrySetMember in DynamicObj 2.0 (Plotly.NET 5.1) and 8.x (6.0) alike. The named setters differ
//     (SetValue<T>(string, T) in 2.0, SetProperty(string, object) in 8.x), so they are not used.
// Values that are NaN are serialised as "NaN", which plotly.js draws as a gap: that is how a
// line is broken at a jump (Curve.JumpsAt) instead of drawing a false vertical segment.
//
// Besides the charts, the script holds the small printing helpers every notebook uses
// (Print, NumPyStyle), so that no notebook copies them.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

/// <summary>
/// The grid start, start + step, start + 2·step, … (all &lt; stop), like <c>numpy.arange</c>:
/// point i is computed as start + i·step, so rounding errors do not accumulate, then rounded to
/// 12 decimals. For grids like the articles' (a few decimals, values within ±1000) that gives the
/// double nearest to each decimal point, 0.1 and 0 rather than 0.10000000000000053 and
/// 8.9e-16, which would otherwise show in hover labels and miss exact comparisons.
/// </summary>
/// <exception cref="ArgumentException">step is not positive, or stop is not greater than start.</exception>
double[] Arange(double start, double stop, double step)
{
    if (!(step > 0)) throw new ArgumentException($"step must be positive, got {step}.", nameof(step));
    if (!(stop > start)) throw new ArgumentException($"stop ({stop}) must be greater than start ({start}).", nameof(stop));
    int count = (int)Math.Ceiling((stop - start) / step);
    var grid = new double[count];
    for (int i = 0; i < count; i++) grid[i] = Math.Round(start + i * step, 12);
    return grid;
}

/// <summary>One curve y = Function(x) of a chart. Derivatives are drawn dashed.</summary>
/// <param name="Name">The legend and hover label.</param>
/// <param name="Function">The function to sample on the chart's grid.</param>
/// <param name="Dashed">Draw the line dashed (used for derivatives).</param>
/// <param name="JumpsAt">x positions where the curve jumps: the line is broken there.</param>
record Curve(string Name, Func<double, double> Function, bool Dashed, double[] JumpsAt);

/// <summary>A function curve (solid line), broken at the given jump positions.</summary>
Curve ValueCurve(string name, Func<double, double> function, params double[] jumpsAt) =>
    new Curve(name, function, Dashed: false, JumpsAt: jumpsAt);

/// <summary>A derivative curve (dashed line), broken at the given jump positions.</summary>
Curve DerivativeCurve(string name, Func<double, double> derivative, params double[] jumpsAt) =>
    new Curve(name, derivative, Dashed: true, JumpsAt: jumpsAt);

// Colours by curve position, so that a curve keeps its colour on every slider step.
string[] CurveColors = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e" };

/// <summary>
/// A chart of the curves sampled on x, with a legend, hover values for every curve at the
/// hovered x, the y-axis limited to [bottom, top] and the x-axis to xRange (default: the grid).
/// </summary>
/// <exception cref="ArgumentException">
/// empty title, no curves, a grid that is empty or not strictly increasing, bottom ≥ top, or left ≥ right.
/// </exception>
GenericChart FunctionChart(string title, double[] x, (double Bottom, double Top) yRange, Curve[] curves,
    (double Left, double Right)? xRange = null)
{
    CheckChartArguments(title, x, yRange, xRange, curves);
    var traces = curves.Select((curve, i) => CurveTrace(curve, x, CurveColors[i % CurveColors.Length]));
    var chart = Plotly.NET.CSharp.Chart.Combine(traces);
    return Styled(chart, title, x, yRange, xRange, sliders: null);
}

/// <summary>
/// A chart with a slider over a parameter: for every value in parameterValues the curves
/// curvesFor(value) are drawn, and only those of the slider's current step are visible.
/// </summary>
/// <exception cref="ArgumentException">
/// as for FunctionChart; or an empty parameter name or parameter values, initialValue not one of
/// parameterValues, or curvesFor returning no curves or a different number for different values.
/// </exception>
GenericChart ParameterSliderChart(string title, double[] x, (double Bottom, double Top) yRange,
    string parameterName, double[] parameterValues, double initialValue, Func<double, Curve[]> curvesFor,
    (double Left, double Right)? xRange = null)
{
    if (string.IsNullOrWhiteSpace(parameterName))
        throw new ArgumentException("The parameter needs a name for the slider label.", nameof(parameterName));
    if (parameterValues is null || parameterValues.Length == 0)
        throw new ArgumentException("The slider needs at least one parameter value.", nameof(parameterValues));
    int active = Array.IndexOf(parameterValues, initialValue);
    if (active < 0)
        throw new ArgumentException($"initialValue {initialValue} is not one of parameterValues.", nameof(initialValue));

    if (curvesFor is null) throw new ArgumentException("curvesFor must give the curves for a value.", nameof(curvesFor));

    var curvesPerStep = parameterValues.Select(curvesFor).ToArray();
    int curvesPerValue = curvesPerStep[0]?.Length ?? 0;
    if (curvesPerStep.Any(c => c is null || c.Length != curvesPerValue))
        throw new ArgumentException("curvesFor must return the same number of curves for every value.", nameof(curvesFor));
    CheckChartArguments(title, x, yRange, xRange, curvesPerStep[0]);

    var traces = new List<GenericChart>();
    for (int step = 0; step < parameterValues.Length; step++)
        for (int i = 0; i < curvesPerValue; i++)
        {
            var trace = CurveTrace(curvesPerStep[step][i], x, CurveColors[i % CurveColors.Length]);
            if (step != active)
                trace = Plotly.NET.CSharp.GenericChartExtensions.WithTraceInfo(trace, Visible: StyleParam.Visible.False);
            traces.Add(trace);
        }

    var steps = parameterValues.Select((value, step) => SliderStep.init(
        // restyle {visible: [...]}: show the traces of this step, hide all others.
        Args: new[] { Tuple.Create<string, object>("visible",
            Enumerable.Range(0, traces.Count).Select(t => t / curvesPerValue == step).ToArray()) },
        Execute: null, Label: value.ToString("G4", CultureInfo.InvariantCulture),
        Method: StyleParam.Method.Restyle, Name: null, TemplateItemName: null, Value: null, Visible: null));
    var slider = Slider.init(
        Active: active, ActiveBgColor: null, BgColor: null, BorderColor: null, BorderWidth: null,
        CurrentValue: SliderCurrentValue.init(Font: null, Offset: null, Prefix: parameterName + " = ",
            Suffix: null, Visible: true, XAnchor: null),
        Font: null, Len: null, LenMode: null, MinorTickLen: null, Name: null, Padding: null,
        Steps: steps.ToArray(), TemplateItemName: null, TickColor: null, TickLen: null, TickWidth: null,
        Transition: null, Visible: null, X: null, XAnchor: null, Y: null, YAnchor: null);

    return Styled(Plotly.NET.CSharp.Chart.Combine(traces), title, x, yRange, xRange, sliders: new[] { slider });
}

void CheckChartArguments(string title, double[] x, (double Bottom, double Top) yRange,
    (double Left, double Right)? xRange, Curve[] curves)
{
    if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A chart needs a title.", nameof(title));
    if (x is null || x.Length == 0) throw new ArgumentException("The grid x is empty.", nameof(x));
    for (int i = 1; i < x.Length; i++)
        if (!(x[i] > x[i - 1]))
            throw new ArgumentException($"The grid x must be strictly increasing: x[{i - 1}] = {x[i - 1]}, x[{i}] = {x[i]}.", nameof(x));
    if (!(yRange.Bottom < yRange.Top))
        throw new ArgumentException($"yRange: bottom ({yRange.Bottom}) must be below top ({yRange.Top}).", nameof(yRange));
    if (xRange is { } range && !(range.Left < range.Right))
        throw new ArgumentException($"xRange: left ({range.Left}) must be below right ({range.Right}).", nameof(xRange));
    if (curves is null || curves.Length == 0) throw new ArgumentException("A chart needs at least one curve.", nameof(curves));
    if (curves.Any(c => c is null || c.Function is null || c.JumpsAt is null))
        throw new ArgumentException("Every curve needs a function (and a jump list, possibly empty).", nameof(curves));
}

// One line trace: the curve sampled on x, with a NaN point (a gap) at each jump inside the grid.
GenericChart CurveTrace(Curve curve, double[] x, string color)
{
    var xs = new List<double>(x.Length + curve.JumpsAt.Length);
    var ys = new List<double>(x.Length + curve.JumpsAt.Length);
    var jumps = new Queue<double>(curve.JumpsAt.Where(j => j > x[0] && j < x[^1]).OrderBy(j => j));
    foreach (double xi in x)
    {
        while (jumps.Count > 0 && jumps.Peek() < xi) { xs.Add(jumps.Dequeue()); ys.Add(double.NaN); }
        xs.Add(xi);
        ys.Add(curve.Function(xi));
    }
    return Plotly.NET.CSharp.Chart.Line<double, double, string>(
        x: xs, y: ys, Name: curve.Name, ShowLegend: true, LineColor: Color.fromHex(color), LineWidth: 2.0,
        LineDash: curve.Dashed ? StyleParam.DrawingStyle.Dash : StyleParam.DrawingStyle.Solid);
}

GenericChart Styled(GenericChart chart, string title, double[] x, (double Bottom, double Top) yRange,
    (double Left, double Right)? xRange, Slider[] sliders,
    string xTitle = "x", string yTitle = "y", bool logX = false, bool logY = false)
{
    var (left, right) = xRange ?? (x[0], x[^1]);
    // On a log axis plotly.js takes the range as log10 of the data bounds.
    chart = logX
        ? Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(chart,
            TitleText: xTitle, AxisType: StyleParam.AxisType.Log, MinMax: Tuple.Create(Math.Log10(left), Math.Log10(right)))
        : Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(chart,
            TitleText: xTitle, MinMax: Tuple.Create(left, right), ZeroLine: true);
    chart = logY
        ? Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(chart,
            TitleText: yTitle, AxisType: StyleParam.AxisType.Log, MinMax: Tuple.Create(Math.Log10(yRange.Bottom), Math.Log10(yRange.Top)))
        : Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(chart,
            TitleText: yTitle, MinMax: Tuple.Create(yRange.Bottom, yRange.Top), ZeroLine: true);
    chart = Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, Width: 720, Height: sliders is null ? 420 : 500);

    var layout = new Layout();
    dynamic properties = layout;
    properties.title = Title.init(Text: title, Font: null, AutoMargin: null, Pad: null,
        X: null, XAnchor: null, XRef: null, Y: null, YAnchor: null, YRef: null, Standoff: null, Side: null);
    // One hover box listing every visible curve at the hovered x: value and derivative together.
    properties.hovermode = "x unified";
    if (sliders is not null) properties.sliders = sliders;
    return GenericChart.addLayout(layout, chart);
}


// ---- Several functions with their derivatives; logarithmic axes ----

// Colours by function position in PairedChart (value and derivative share one).
string[] PairColors = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf" };

/// <summary>
/// A chart of several functions, each drawn with its derivative: the pair shares a colour (the value
/// solid, the derivative dashed) and a legend group, so clicking either legend entry hides or shows both.
/// Axes, hover and ranges as in FunctionChart.
/// </summary>
/// <exception cref="ArgumentException">
/// as for FunctionChart; or no pairs, a pair with a missing curve, or more pairs than colours (8).
/// </exception>
GenericChart PairedChart(string title, double[] x, (double Bottom, double Top) yRange,
    (Curve Value, Curve Derivative)[] pairs, (double Left, double Right)? xRange = null)
{
    if (pairs is null || pairs.Length == 0) throw new ArgumentException("A chart needs at least one pair of curves.", nameof(pairs));
    if (pairs.Length > PairColors.Length)
        throw new ArgumentException($"At most {PairColors.Length} pairs fit the palette, got {pairs.Length}.", nameof(pairs));
    if (pairs.Any(pair => pair.Value is null || pair.Derivative is null))
        throw new ArgumentException("Every pair needs a value curve and a derivative curve.", nameof(pairs));
    CheckChartArguments(title, x, yRange, xRange, pairs.SelectMany(pair => new[] { pair.Value, pair.Derivative }).ToArray());

    var traces = pairs.SelectMany((pair, i) => new[] { pair.Value, pair.Derivative }.Select(curve =>
        Plotly.NET.CSharp.GenericChartExtensions.WithTraceInfo(CurveTrace(curve, x, PairColors[i]), LegendGroup: pair.Value.Name)));
    return Styled(Plotly.NET.CSharp.Chart.Combine(traces), title, x, yRange, xRange, sliders: null);
}

/// <summary>
/// A chart of the curves sampled on x with a logarithmic x-axis, y-axis or both (for errors that span
/// many orders of magnitude). Ranges are given in data units. On a logarithmic y-axis plotly.js cannot
/// draw values ≤ 0: such points (an error of exactly 0, a result flushed to 0) leave a gap.
/// </summary>
/// <exception cref="ArgumentException">
/// as for FunctionChart; or an axis title that is empty; or, on a logarithmic axis, a grid value or
/// range bound that is not positive.
/// </exception>
GenericChart LogAxesChart(string title, double[] x, (double Bottom, double Top) yRange, Curve[] curves,
    bool logX, bool logY, string xTitle = "x", string yTitle = "y")
{
    CheckChartArguments(title, x, yRange, null, curves);
    if (string.IsNullOrWhiteSpace(xTitle)) throw new ArgumentException("The x-axis needs a title.", nameof(xTitle));
    if (string.IsNullOrWhiteSpace(yTitle)) throw new ArgumentException("The y-axis needs a title.", nameof(yTitle));
    if (logX && !(x[0] > 0))
        throw new ArgumentException($"A logarithmic x-axis needs positive x, got x[0] = {x[0]}.", nameof(x));
    if (logY && !(yRange.Bottom > 0))
        throw new ArgumentException($"A logarithmic y-axis needs a positive bottom, got {yRange.Bottom}.", nameof(yRange));
    var traces = curves.Select((curve, i) => CurveTrace(curve, x, CurveColors[i % CurveColors.Length]));
    return Styled(Plotly.NET.CSharp.Chart.Combine(traces), title, x, yRange, null, sliders: null, xTitle, yTitle, logX, logY);
}

/// <summary>
/// The grid of count points from start to stop (both included) spaced evenly on a logarithmic scale,
/// like <c>numpy.logspace</c> but with the end points themselves: point i is 10^(log10 start + i·step).
/// </summary>
/// <exception cref="ArgumentException">start is not positive, stop is not greater than start, or count &lt; 2.</exception>
double[] LogGrid(double start, double stop, int count)
{
    if (!(start > 0)) throw new ArgumentException($"start must be positive, got {start}.", nameof(start));
    if (!(stop > start)) throw new ArgumentException($"stop ({stop}) must be greater than start ({start}).", nameof(stop));
    if (count < 2) throw new ArgumentException($"count must be at least 2, got {count}.", nameof(count));
    double from = Math.Log10(start), step = (Math.Log10(stop) - from) / (count - 1);
    var grid = new double[count];
    for (int i = 0; i < count; i++) grid[i] = Math.Pow(10, from + i * step);
    grid[0] = start;
    grid[^1] = stop;
    return grid;
}

// ---- Printing: invariant culture, and arrays the way the articles' NumPy output looks ----

/// <summary>
/// Writes the line to the console with its numbers formatted in the invariant culture (a decimal
/// point whatever the machine's locale), e.g. <c>Print($"σ′(0) = {Activation.SigmoidDerivative(0)}")</c>.
/// </summary>
void Print(FormattableString line) => Console.WriteLine(FormattableString.Invariant(line));

/// <summary>
/// The values as "[v0, v1, …]", each formatted with the invariant culture. The default format,
/// 0.00000000e+00, is NumPy's scientific notation with 8 decimals (9.99954600e-01), so that a
/// printed vector can be compared digit by digit with the articles' output; NaN prints as NaN.
/// </summary>
string NumPyStyle(IEnumerable<double> values, string format = "0.00000000e+00") =>
    "[" + string.Join(", ", values.Select(v => v.ToString(format, CultureInfo.InvariantCulture))) + "]";

// ---- Grouped bar charts (benchmark timings, error tables) ----

/// <summary>
/// A grouped bar chart: one group of bars per category, one bar per series (legend entry) in each group,
/// with hover values. Plotly.NET.CSharp.Chart.Column is called with named arguments only (same on 0.13 and 0.14).
/// A NaN value leaves its bar out (a series that has no figure for that category). On a logarithmic y-axis,
/// values ≤ 0 cannot be drawn either and leave no bar.
/// </summary>
/// <exception cref="ArgumentException">
/// empty title or axis title, no categories, no series, or a series whose value count differs from the categories'.
/// </exception>
GenericChart GroupedBarChart(string title, string[] categories, (string Name, double[] Values)[] series,
    string yTitle, bool logY = false)
{
    if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A chart needs a title.", nameof(title));
    if (string.IsNullOrWhiteSpace(yTitle)) throw new ArgumentException("The y-axis needs a title.", nameof(yTitle));
    if (categories is null || categories.Length == 0) throw new ArgumentException("A bar chart needs at least one category.", nameof(categories));
    if (series is null || series.Length == 0) throw new ArgumentException("A bar chart needs at least one series.", nameof(series));
    foreach (var (name, values) in series)
        if (string.IsNullOrWhiteSpace(name) || values is null || values.Length != categories.Length)
            throw new ArgumentException(
                $"Series '{name}' needs a name and exactly {categories.Length} values (one per category), got {values?.Length ?? 0}.", nameof(series));

    var traces = series.Select((s, i) => Plotly.NET.CSharp.Chart.Column<double, string, string>(
        values: s.Values, Keys: categories, Name: s.Name, ShowLegend: true,
        MarkerColor: Color.fromHex(PairColors[i % PairColors.Length])));
    var chart = Plotly.NET.CSharp.Chart.Combine(traces);
    chart = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(chart, TitleText: "");
    chart = logY
        ? Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle, AxisType: StyleParam.AxisType.Log)
        : Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle, ZeroLine: true);
    chart = Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, Width: 760, Height: 460);

    var layout = new Layout();
    dynamic properties = layout;
    properties.title = Title.init(Text: title, Font: null, AutoMargin: null, Pad: null,
        X: null, XAnchor: null, XRef: null, Y: null, YAnchor: null, YRef: null, Standoff: null, Side: null);
    properties.barmode = "group";
    properties.hovermode = "x unified";
    return GenericChart.addLayout(layout, chart);
}
