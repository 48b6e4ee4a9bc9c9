using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// A Plotly chart as the kernel rendered it into a cell's text/html output: the <c>data</c> and
/// <c>layout</c> objects that the page hands to <c>Plotly.newPlot</c>.
/// </summary>
internal sealed partial class ChartOutput
{
    private ChartOutput(JsonElement data, JsonElement layout)
    {
        Data = data;
        Layout = layout;
    }

    public JsonElement Data { get; }

    public JsonElement Layout { get; }

    public int TraceCount => Data.GetArrayLength();

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString() ?? "";

    public (double Bottom, double Top) YRange => Range("yaxis");

    public (double Left, double Right) XRange => Range("xaxis");

    public bool HasSlider => Layout.TryGetProperty("sliders", out var sliders) && sliders.GetArrayLength() > 0;

    public JsonElement Slider => Layout.GetProperty("sliders").EnumerateArray().Single();

    public IReadOnlyList<string> TraceNames => Data.EnumerateArray().Select(t => t.GetProperty("name").GetString() ?? "").ToList();

    /// <summary>The y values of a trace; "NaN" strings (line breaks at jumps) become double.NaN.</summary>
    public double[] Y(int trace) =>
        Data[trace].GetProperty("y").EnumerateArray()
            .Select(v => v.ValueKind == JsonValueKind.String ? double.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetDouble())
            .ToArray();

    public static ChartOutput Parse(string html)
    {
        // Plotly.NET.Interactive's chart HTML has "var data = …;" and "var layout = …;" on one line each.
        var data = DataLine().Match(html);
        var layout = LayoutLine().Match(html);
        Assert.True(data.Success && layout.Success, "The chart HTML has no 'var data = …;' / 'var layout = …;' lines.");
        return new ChartOutput(Json(data.Groups[1].Value), Json(layout.Groups[1].Value));
    }

    private (double, double) Range(string axis)
    {
        var range = Layout.GetProperty(axis).GetProperty("range");
        return (range[0].GetDouble(), range[1].GetDouble());
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    [GeneratedRegex(@"var data = (\[.*\]);")]
    private static partial Regex DataLine();

    [GeneratedRegex(@"var layout = (\{.*\});")]
    private static partial Regex LayoutLine();
}
