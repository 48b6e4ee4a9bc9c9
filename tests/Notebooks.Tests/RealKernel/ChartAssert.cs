using System.Text.Json;

namespace Notebooks.Tests.RealKernel;

/// <summary>Compares two renderings of one chart by what a reader sees: title and traces.</summary>
internal static class ChartAssert
{
    public static void SameTraces(ChartOutput expected, ChartOutput actual, string where)
    {
        Assert.True(TitleOf(expected) == TitleOf(actual), $"{where}: chart title '{TitleOf(actual)}', expected '{TitleOf(expected)}'.");
        Assert.True(expected.TraceCount == actual.TraceCount, $"{where}: {actual.TraceCount} traces, expected {expected.TraceCount}.");
        for (int i = 0; i < expected.TraceCount; i++)
            foreach (var property in new[] { "type", "name", "x", "y", "z", "visible" })
            {
                string want = Canonical(expected.Data[i], property), got = Canonical(actual.Data[i], property);
                Assert.True(want == got, $"{where}: trace {i} ('{Canonical(expected.Data[i], "name")}') differs in '{property}':" +
                    $"{Environment.NewLine}expected {Shorten(want)}{Environment.NewLine}actual   {Shorten(got)}");
            }
    }

    private static string TitleOf(ChartOutput chart) =>
        chart.Layout.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.Object && title.TryGetProperty("text", out var text)
            ? text.GetString() ?? "" : "";

    // Numbers compared by value (1 and 1.0 are the same point), everything else by its JSON text.
    private static string Canonical(JsonElement trace, string property) =>
        trace.TryGetProperty(property, out var value) ? Canonical(value) : "(absent)";

    private static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.Number => value.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
