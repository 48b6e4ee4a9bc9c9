using System.Globalization;
using System.Text;

namespace Activations.Accuracy.Tests;

/// <summary>f or f′.</summary>
public enum Quantity
{
    /// <summary>The function value.</summary>
    Value,
    /// <summary>The derivative.</summary>
    Derivative,
}

/// <summary>How the library computes the results under test.</summary>
public enum EvaluationPath
{
    /// <summary>One scalar call per input.</summary>
    Scalar,
    /// <summary>One span call over all inputs.</summary>
    Span,
}

/// <summary>One compared point: input, result, reference and error.</summary>
public sealed record Deviation(double X, double Got, double Expected, double Residual, double Ulps, int Line);

/// <summary>Result of comparing a path of a variant with its reference table.</summary>
public sealed record AccuracyOutcome(
    ReferenceTable Table, Quantity Quantity, EvaluationPath Path, double Tolerance, IReadOnlyList<Deviation> Worst, int Failures)
{
    /// <summary>Largest error over the table (0 when every point is exact).</summary>
    public double MaxUlp => Worst.Count == 0 ? 0 : Worst[0].Ulps;

    /// <summary>True when no point exceeds the tolerance.</summary>
    public bool Passed => Failures == 0;

    /// <summary>Report: worst points with input, result, reference and ulps.</summary>
    public override string ToString()
    {
        string name = Table.Variant + (Quantity == Quantity.Derivative ? "′" : "");
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{name} ({Table.Format}, {Path}): max {MaxUlp:0.####} ulp, {Failures} of {Table.Points.Count} points above {Tolerance} ulp ({Table.FilePath}).");
        foreach (var d in Worst)
            text.Append(CultureInfo.InvariantCulture,
                $"\n  x = {Show(d.X)}: got {Show(d.Got)}, expected {Show(d.Expected)} {d.Residual:+0.####;-0.####;+0} ulp, error {d.Ulps:0.####} ulp (line {d.Line})");
        return text.ToString();
    }

    private string Show(double v) => Table.Format == NumberFormat.Double
        ? $"{v.ToString("R", CultureInfo.InvariantCulture)} [0x{BitConverter.DoubleToUInt64Bits(v):X16}]"
        : $"{((float)v).ToString("R", CultureInfo.InvariantCulture)} [0x{BitConverter.SingleToUInt32Bits((float)v):X8}]";
}

/// <summary>Compares the library with the mpmath reference tables.</summary>
public static class AccuracyCheck
{
    /// <summary>Double results must be within this many double ulps of the exact value.</summary>
    public const double DoubleToleranceUlp = 4;

    /// <summary>Float results must be within this many float ulps of the exact value (faithful rounding).</summary>
    public const double SingleToleranceUlp = 1;

    /// <summary>Tolerance of a format.</summary>
    public static double Tolerance(NumberFormat format) => format == NumberFormat.Double ? DoubleToleranceUlp : SingleToleranceUlp;

    /// <summary>Evaluates a path of the variant at every input of the table and measures the errors.</summary>
    public static AccuracyOutcome Measure(ActivationVariant variant, NumberFormat format, Quantity quantity, EvaluationPath path)
    {
        var table = ReferenceTable.Load(variant.Name, format);
        return Measure(table, quantity, path, Evaluate(variant, table, quantity, path), Tolerance(format));
    }

    /// <summary>Measures given results against the table (results as doubles; float results widened exactly).</summary>
    public static AccuracyOutcome Measure(ReferenceTable table, Quantity quantity, EvaluationPath path, IReadOnlyList<double> got, double tolerance)
    {
        if (got.Count != table.Points.Count)
            throw new ArgumentException($"Expected {table.Points.Count} results, got {got.Count}.", nameof(got));
        var deviations = new List<Deviation>(table.Points.Count);
        for (int i = 0; i < got.Count; i++)
        {
            var p = table.Points[i];
            (double expected, double residual) = quantity == Quantity.Value ? (p.Value, p.ValueResidual) : (p.Derivative, p.DerivativeResidual);
            double ulps = table.Format == NumberFormat.Double
                ? UlpError.Double(got[i], expected, residual)
                : UlpError.Single((float)got[i], (float)expected, residual);
            deviations.Add(new Deviation(p.X, got[i], expected, residual, ulps, p.Line));
        }
        var worst = deviations.OrderByDescending(d => d.Ulps).ThenBy(d => d.Line).Take(6).ToArray();
        return new AccuracyOutcome(table, quantity, path, tolerance, worst, deviations.Count(d => !(d.Ulps <= tolerance)));
    }

    /// <summary>The library's results at the table's inputs, as doubles.</summary>
    public static double[] Evaluate(ActivationVariant variant, ReferenceTable table, Quantity quantity, EvaluationPath path)
    {
        int n = table.Points.Count;
        var result = new double[n];
        if (table.Format == NumberFormat.Double)
        {
            double[] x = table.Points.Select(p => p.X).ToArray();
            if (path == EvaluationPath.Span)
                (quantity == Quantity.Value ? variant.ValueSpan : variant.DerivativeSpan)(x, result);
            else
                for (int i = 0; i < n; i++) result[i] = quantity == Quantity.Value ? variant.Value(x[i]) : variant.Derivative(x[i]);
        }
        else
        {
            float[] x = table.Points.Select(p => (float)p.X).ToArray();
            if (path == EvaluationPath.Span)
            {
                var y = new float[n];
                (quantity == Quantity.Value ? variant.ValueSpanSingle : variant.DerivativeSpanSingle)(x, y);
                for (int i = 0; i < n; i++) result[i] = y[i];
            }
            else
                for (int i = 0; i < n; i++) result[i] = quantity == Quantity.Value ? variant.ValueSingle(x[i]) : variant.DerivativeSingle(x[i]);
        }
        return result;
    }
}
