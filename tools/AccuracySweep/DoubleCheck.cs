using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Activations.Accuracy;

/// <summary>Outcome of checking one double path against the high-precision reference files.</summary>
/// <param name="Function">The variant name, with ′ for the derivative.</param>
/// <param name="Path"><c>scalar</c> or <c>span</c>.</param>
/// <param name="Inputs">Number of inputs checked.</param>
/// <param name="MaxUlp">Largest error in double ulps of the exact result (∞ for a NaN or a wrong infinity).</param>
/// <param name="WorstInput">Input at which <paramref name="MaxUlp"/> occurs (the first among ties, in file order).</param>
/// <param name="AboveOneUlp">Inputs whose error exceeds 1 ulp (not faithfully rounded).</param>
/// <param name="NaNOutputs">Inputs (all finite) whose output is NaN.</param>
public sealed record DoubleCheckResult(string Function, string Path, long Inputs, double MaxUlp, double WorstInput, long AboveOneUlp, long NaNOutputs);

/// <summary>
/// Checks the library's double paths (scalar and span) against references computed with MPFR at 256+ bits by
/// tools/reference/double_sweep.py: one file <c>&lt;variant&gt;.bin</c> per variant of little-endian float64
/// records (x, f(x) rounded, its residual in ulps, f′(x) rounded, its residual), the residual being
/// (exact − rounded) / ulp(exact) as in the CSV references.
/// </summary>
public static class DoubleCheck
{
    /// <summary>Bytes per record: five float64.</summary>
    public const int RecordSize = 5 * sizeof(double);

    /// <summary>File name extension of the reference files.</summary>
    public const string Extension = ".bin";

    /// <summary>Reads one reference file.</summary>
    /// <exception cref="InvalidDataException">The length is not a whole number of records, or a residual is outside [-0.5, 0.5].</exception>
    public static (double[] X, double[] Value, double[] ValueResidual, double[] Derivative, double[] DerivativeResidual) Read(string file)
    {
        byte[] bytes = File.ReadAllBytes(file);
        if (bytes.Length % RecordSize != 0)
            throw new InvalidDataException($"{file}: {bytes.Length} bytes is not a whole number of {RecordSize}-byte records.");
        int n = bytes.Length / RecordSize;
        var columns = new double[5][];
        for (int c = 0; c < 5; c++) columns[c] = new double[n];
        for (int i = 0; i < n; i++)
            for (int c = 0; c < 5; c++)
                columns[c][i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(i * RecordSize + c * sizeof(double)));
        foreach (int c in new[] { 2, 4 })
            if (Array.FindIndex(columns[c], r => !(Math.Abs(r) <= 0.5)) is int bad and >= 0)
                throw new InvalidDataException($"{file}: record {bad} (x = {columns[0][bad]:R}) has residual {columns[c][bad]:R}, outside [-0.5, 0.5].");
        return (columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    /// <summary>Checks every variant that has a file in <paramref name="folder"/> (or only <paramref name="functions"/>).</summary>
    /// <exception cref="ArgumentException">The folder holds no reference file, or a file names an unknown variant.</exception>
    public static IReadOnlyList<DoubleCheckResult> Run(string folder, IReadOnlyList<string> functions, SweepPath path, TextWriter? log = null)
    {
        var files = Directory.GetFiles(folder, "*" + Extension).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new ArgumentException($"No *{Extension} reference files in '{folder}'.", nameof(folder));
        var results = new List<DoubleCheckResult>();
        foreach (string file in files)
        {
            var variant = ActivationVariants.Get(Path.GetFileNameWithoutExtension(file));
            if (functions.Count > 0 && !functions.Contains(variant.Name)) continue;
            var (x, value, valueResidual, derivative, derivativeResidual) = Read(file);
            var quantities = new (string Name, SpanFunction<double> Scalar, SpanFunction<double> Span, double[] Expected, double[] Residual)[]
            {
                (variant.Name, variant.Blocks.Value, variant.ValueSpan, value, valueResidual),
                (variant.Name + "′", variant.Blocks.Derivative, variant.DerivativeSpan, derivative, derivativeResidual),
            };
            foreach (var q in quantities)
            {
                if (path is SweepPath.Scalar or SweepPath.Both) results.Add(Measure(q.Name, "scalar", q.Scalar, x, q.Expected, q.Residual));
                if (path is SweepPath.Span or SweepPath.Both) results.Add(Measure(q.Name, "span", q.Span, x, q.Expected, q.Residual));
                foreach (var r in results.Skip(results.Count - (path == SweepPath.Both ? 2 : 1))) log?.WriteLine(Describe(r));
            }
        }
        return results;
    }

    /// <summary>Evaluates <paramref name="f"/> at <paramref name="x"/> and measures it against the exact values.</summary>
    public static DoubleCheckResult Measure(string function, string path, SpanFunction<double> f, double[] x, double[] expected, double[] residual)
    {
        var y = new double[x.Length];
        y.AsSpan().Fill(double.NaN); // an output the implementation fails to write counts as a NaN output
        f(x, y);
        double max = -1, worst = double.NaN;
        long aboveOne = 0, nans = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(y[i])) nans++;
            double error = UlpError.Double(y[i], expected[i], residual[i]);
            if (error > 1) aboveOne++;
            if (error > max)
            {
                max = error;
                worst = x[i];
            }
        }
        return new DoubleCheckResult(function, path, x.Length, max, worst, aboveOne, nans);
    }

    /// <summary>One line per result, for the log.</summary>
    public static string Describe(DoubleCheckResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Function} [{r.Path}]: max {r.MaxUlp:0.###} ulp at x = {r.WorstInput:R}, {r.AboveOneUlp} above 1 ulp, NaN {r.NaNOutputs}, {r.Inputs} inputs");

    /// <summary>The Markdown table of the results.</summary>
    public static string Format(IEnumerable<DoubleCheckResult> results, TimeSpan elapsed)
    {
        var list = results.ToList();
        var text = new StringBuilder();
        text.AppendLine("## Double accuracy check against MPFR").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Inputs: {list.Where(r => !r.Function.EndsWith('′')).GroupBy(r => r.Function).Sum(g => g.First().Inputs):N0} in total over {list.Select(r => r.Function.TrimEnd('′')).Distinct().Count()} variants (files of tools/reference/double_sweep.py); check time {elapsed.TotalSeconds:0.0} s.")
            .AppendLine("Error: |double result − exact| in double ulps of the exact value (exact = rounded + residual · ulp, from MPFR at ≥ 256 bits, Ziv-checked).")
            .AppendLine("> 1 ulp: inputs not faithfully rounded. NaN: finite input, NaN output.").AppendLine()
            .AppendLine("| Function | Path | Inputs | Max error (ulp) | at x | > 1 ulp | NaN |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var r in list)
        {
            string error = r.MaxUlp switch
            {
                < 0 => "—",
                double.PositiveInfinity => "∞",
                >= 1e4 => r.MaxUlp.ToString("0.###e+0", CultureInfo.InvariantCulture),
                _ => r.MaxUlp.ToString("0.000", CultureInfo.InvariantCulture),
            };
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Function} | {r.Path} | {r.Inputs} | {error} | {r.WorstInput:R} | {r.AboveOneUlp} | {r.NaNOutputs} |");
        }
        return text.ToString();
    }
}
