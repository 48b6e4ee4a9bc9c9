using System.Globalization;
using Xunit.Abstractions;

namespace Activations.Accuracy.Tests;

/// <summary>
/// GLU, a function of two inputs, against References/GLU.{Double,Single}.csv (mpmath, correctly rounded with the
/// residual): value a·σ(b) and both partial derivatives, scalar and span, within the library's tolerances
/// (<see cref="AccuracyCheck.DoubleToleranceUlp"/>, <see cref="AccuracyCheck.SingleToleranceUlp"/>), measured from
/// the exact value (rounded value + residual).
/// </summary>
public class GLUReferenceTests(ITestOutputHelper output)
{
    private sealed record Row(double A, double B, double[] Rounded, double[] Residual);

    private static Row[] Load(NumberFormat format)
    {
        string path = Path.Combine(ReferenceTable.Folder, $"GLU.{format}.csv");
        static double Number(string text) => text switch
        {
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.Parse(text, CultureInfo.InvariantCulture),
        };
        return File.ReadLines(path).Where(line => !line.StartsWith('#')).Skip(1).Select(line =>
        {
            // Single files hold the shortest text that reads back as the float: read it as a float.
            double[] cells = line.Split(',').Select(Number).Select(v => format == NumberFormat.Single ? (double)(float)v : v).ToArray();
            return new Row(cells[0], cells[1], [cells[2], cells[4], cells[6]], [cells[3], cells[5], cells[7]]);
        }).ToArray();
    }

    /// <summary>|actual − exact| in ULP of the exact value (2^-1074 or 2^-149 below the normal range).</summary>
    private static double UlpError(double actual, double rounded, double residual, NumberFormat format)
    {
        if (actual == rounded)
        {
            return Math.Abs(residual);
        }

        double exponent = rounded == 0 ? double.NegativeInfinity : Math.ILogB(rounded);
        double ulp = format == NumberFormat.Double
            ? Math.ScaleB(1.0, (int)Math.Max(exponent, -1022) - 52)
            : Math.ScaleB(1.0, (int)Math.Max(exponent, -126) - 23);
        return Math.Abs((actual - rounded) / ulp - residual);
    }

    [Theory]
    [InlineData(NumberFormat.Double)]
    [InlineData(NumberFormat.Single)]
    public void Value_and_partial_derivatives_are_within_tolerance_scalar_and_span(NumberFormat format)
    {
        Row[] rows = Load(format);
        Assert.True(rows.Length > 1500, $"only {rows.Length} pairs");
        double tolerance = AccuracyCheck.Tolerance(format);
        var worst = new double[3];
        var failures = new List<string>();
        foreach (Row row in rows)
        {
            double[] actual;
            double[] span = new double[3];
            if (format == NumberFormat.Double)
            {
                (double da, double db) = Activation.GLUDerivative(row.A, row.B);
                actual = [Activation.GLU(row.A, row.B), da, db];
                var y = new double[1];
                Activation.GLU([row.A, row.B], y);
                var partials = new double[2];
                Activation.GLUDerivative([row.A, row.B], partials);
                span = [y[0], partials[0], partials[1]];
            }
            else
            {
                float a = (float)row.A, b = (float)row.B;
                (float da, float db) = Activation.GLUDerivative(a, b);
                actual = [Activation.GLU(a, b), da, db];
                var y = new float[1];
                Activation.GLU([a, b], y);
                var partials = new float[2];
                Activation.GLUDerivative([a, b], partials);
                span = [y[0], partials[0], partials[1]];
            }

            for (int q = 0; q < 3; q++)
            {
                Assert.Equal(actual[q], span[q]); // the span form is the scalar form, bit for bit
                double error = UlpError(actual[q], row.Rounded[q], row.Residual[q], format);
                worst[q] = Math.Max(worst[q], error);
                if (!(error <= tolerance))
                {
                    failures.Add($"{(new[] { "value", "da", "db" })[q]} at a = {row.A:R}, b = {row.B:R}: {actual[q]:R}, exact ≈ {row.Rounded[q]:R} ({error:0.00} ulp)");
                }
            }
        }

        output.WriteLine($"GLU {format}, {rows.Length} pairs: largest error value {worst[0]:0.000} ulp, ∂/∂a {worst[1]:0.000}, ∂/∂b {worst[2]:0.000}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
        Assert.True(worst.Max() > 0, "every result exact: the check could not fail"); // a sanity check on the data
    }
}
