// CatalogueCharts.csx: a chart that switches between many functions with a dropdown menu.
//
// Load it AFTER ActivationCharts.csx, whose Curve, CurveTrace, CheckChartArguments and Styled it uses:
//     #load "../lib/Charts/ActivationCharts.csx"
//     #load "../lib/Charts/CatalogueCharts.csx"
//
// Like ActivationCharts.csx it compiles against Plotly.NET 5.1 (VS Code's kernel) and 6.0 (the runner).
// Plotly.NET's UpdateMenu/UpdateMenuButton types differ between those lines, so the menu is built from
// plain dictionaries (string → object), which both lines' JSON serialisers write as JSON objects, and is set
// on the layout through C# `dynamic` (layout.updatemenus = …), as the title and sliders are.

using System;
using System.Collections.Generic;
using System.Linq;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

/// <summary>One choice of a DropdownChart: a function and its derivative, drawn on the y range given.</summary>
/// <param name="Label">The menu entry, and the chart title while it is shown.</param>
/// <param name="Value">The function (solid).</param>
/// <param name="Derivative">Its derivative (dashed).</param>
/// <param name="YRange">The y-axis range while this choice is shown.</param>
record DropdownChoice(string Label, Curve Value, Curve Derivative, (double Bottom, double Top) YRange);

/// <summary>
/// A chart with a dropdown menu (plotly.js <c>updatemenus</c>) listing the choices; picking one shows its two
/// curves, hides all others, sets the y-axis range and the title ("title: label"). Two traces per choice, in
/// order; the choice at index initial is shown first.
/// </summary>
/// <exception cref="ArgumentException">
/// as for FunctionChart; or no choices, a choice without a label or curves, two choices with one label, an
/// initial index out of range, or a y range whose bottom is not below its top.
/// </exception>
GenericChart DropdownChart(string title, double[] x, DropdownChoice[] choices, int initial = 0)
{
    if (choices is null || choices.Length == 0) throw new ArgumentException("A dropdown needs at least one choice.", nameof(choices));
    if (choices.Any(c => c is null || string.IsNullOrWhiteSpace(c.Label)))
        throw new ArgumentException("Every choice needs a label.", nameof(choices));
    if (choices.Select(c => c.Label).Distinct().Count() != choices.Length)
        throw new ArgumentException("The labels of the choices must differ.", nameof(choices));
    if (initial < 0 || initial >= choices.Length)
        throw new ArgumentException($"initial must be an index of choices (0 to {choices.Length - 1}), got {initial}.", nameof(initial));
    foreach (var choice in choices)
        CheckChartArguments(title, x, choice.YRange, null, new[] { choice.Value, choice.Derivative });

    var traces = new List<GenericChart>();
    for (int i = 0; i < choices.Length; i++)
        foreach (var (curve, color) in new[] { (choices[i].Value, CurveColors[0]), (choices[i].Derivative, CurveColors[1]) })
        {
            var trace = CurveTrace(curve, x, color);
            if (i != initial)
                trace = Plotly.NET.CSharp.GenericChartExtensions.WithTraceInfo(trace, Visible: StyleParam.Visible.False);
            traces.Add(trace);
        }

    // method "update": args[0] restyles the traces (visible), args[1] relayouts (y range, title).
    var buttons = choices.Select((choice, i) => new Dictionary<string, object>
    {
        ["label"] = choice.Label,
        ["method"] = "update",
        ["args"] = new object[]
        {
            new Dictionary<string, object> { ["visible"] = Enumerable.Range(0, traces.Count).Select(t => t / 2 == i).ToArray() },
            new Dictionary<string, object>
            {
                ["yaxis.range"] = new[] { choice.YRange.Bottom, choice.YRange.Top },
                ["title.text"] = $"{title}: {choice.Label}",
            },
        },
    }).ToArray();
    var menu = new Dictionary<string, object>
    {
        ["buttons"] = buttons,
        ["active"] = initial,
        ["direction"] = "down",
        ["showactive"] = true,
        ["x"] = 1.0,
        ["xanchor"] = "right",
        ["y"] = 1.18,
        ["yanchor"] = "top",
    };

    var chart = Styled(Plotly.NET.CSharp.Chart.Combine(traces), $"{title}: {choices[initial].Label}", x,
        choices[initial].YRange, null, sliders: null);
    var layout = new Layout();
    dynamic properties = layout;
    properties.updatemenus = new[] { menu };
    return GenericChart.addLayout(layout, chart);
}
