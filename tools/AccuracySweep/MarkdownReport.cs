using System.Globalization;
using System.Text;

namespace Activations.Accuracy;

/// <summary>Formats sweep results as a Markdown table with a short preamble.</summary>
public static class MarkdownReport
{
    /// <summary>The report for the given inputs and results.</summary>
    /// <param name="inputs">The swept inputs.</param>
    /// <param name="results">One result per row.</param>
    /// <param name="wallTime">Wall time of the whole run, reported with the throughput when given.</param>
    public static string Format(FloatInputSet inputs, IEnumerable<SweepResult> results, TimeSpan? wallTime = null)
    {
        var list = results.ToList();
        var text = new StringBuilder();
        string inputText = inputs.IsExhaustive
            ? "all 2^32 float bit patterns"
            : $"{inputs.Count - FloatInputSet.Specials.Count:N0} bit patterns stepping uniformly through the 2^32, plus {FloatInputSet.Specials.Count} special values";
        text.AppendLine("## Float accuracy sweep").AppendLine()
            .AppendLine($"Inputs: {inputText}; {Environment.ProcessorCount} cores, .NET {Environment.Version}.")
            .AppendLine("Error: |float result − reference| in float ulps of the reference (0.5 = correctly rounded, < 1 = faithful).")
            .AppendLine("Reference: the library's double scalar path at the same input, held within 4 double ulps of mpmath by the")
            .AppendLine("accuracy tests, so its own error is below 1e-8 float ulp. NaN outputs: non-NaN input, NaN output.")
            .AppendLine("Overflows: finite input, ±∞ output, finite reference. NaN lost: NaN input, non-NaN output.")
            .AppendLine("Time: wall time of all rows of the variant (they share the inputs and each reference).");
        if (wallTime is { } wall)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Total: {list.Count} rows in {wall.TotalMinutes:0.0} min, {list.Count * (double)inputs.Count / wall.TotalSeconds / 1e6:0.0} million row-inputs per second.");
        text.AppendLine()
            .AppendLine("| Function | Path | Max error (ulp) | at x | x bits | NaN outputs | Overflows | NaN lost | Time |")
            .AppendLine("|---|---|---:|---:|---|---:|---:|---:|---:|");
        foreach (var r in list)
        {
            string error = r.MaxUlp switch
            {
                < 0 => "—",
                double.PositiveInfinity => "∞",
                >= 1e4 => r.MaxUlp.ToString("0.###e+0", CultureInfo.InvariantCulture),
                _ => r.MaxUlp.ToString("0.00000000", CultureInfo.InvariantCulture),
            };
            string x = r.MaxUlp < 0 ? "—" : r.WorstInput.ToString("R", CultureInfo.InvariantCulture);
            string bits = r.MaxUlp < 0 ? "—" : $"0x{BitConverter.SingleToUInt32Bits(r.WorstInput):X8}";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Function} | {r.Path} | {error} | {x} | {bits} | {r.NaNOutputs} | {r.Overflows} | {r.NaNNotPropagated} | {r.Elapsed.TotalSeconds:0.0} s |");
        }
        return text.ToString();
    }
}
