using System.Globalization;

namespace Activations.Accuracy.Tests;

/// <summary>NaN in gives NaN out, ±∞ give the limits, and no path produces NaN from a non-NaN input.</summary>
public class SpecialValueTests
{
    private static readonly double[] NaNs = [double.NaN, -double.NaN, BitConverter.UInt64BitsToDouble(0x7FF0_0000_0000_0001UL)];

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void NaN_input_gives_NaN_on_every_path(string name)
    {
        var v = ActivationVariants.Get(name);
        var failures = new List<string>();
        foreach (double nan in NaNs)
        {
            float nanSingle = (float)nan;
            string bits = $"0x{BitConverter.DoubleToUInt64Bits(nan):X16}";
            Expect("double value", v.Value(nan));
            Expect("double derivative", v.Derivative(nan));
            Expect("float value", v.ValueSingle(nanSingle));
            Expect("float derivative", v.DerivativeSingle(nanSingle));
            var y = new double[1];
            v.ValueSpan([nan], y);
            Expect("double span", y[0]);
            v.DerivativeSpan([nan], y);
            Expect("double derivative span", y[0]);
            var ys = new float[1];
            v.ValueSpanSingle([nanSingle], ys);
            Expect("float span", ys[0]);
            v.DerivativeSpanSingle([nanSingle], ys);
            Expect("float derivative span", ys[0]);

            void Expect(string path, double result)
            {
                if (!double.IsNaN(result)) failures.Add($"{path}({bits}) = {result.ToString("R", CultureInfo.InvariantCulture)}");
            }
        }
        Assert.True(failures.Count == 0, $"{name}: NaN not propagated: {string.Join("; ", failures)}");
    }

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Infinite_inputs_give_the_limits(string name)
    {
        var v = ActivationVariants.Get(name);
        var failures = new List<string>();
        foreach (var format in new[] { NumberFormat.Double, NumberFormat.Single })
        {
            var table = ReferenceTable.Load(v.Name, format);
            var limits = table.Points.Where(p => double.IsInfinity(p.X)).ToArray();
            Assert.Equal(2, limits.Length);
            foreach (var p in limits)
            {
                Compare($"{format} value", p.Value, p.ValueResidual,
                    format == NumberFormat.Double ? v.Value(p.X) : v.ValueSingle((float)p.X));
                Compare($"{format} derivative", p.Derivative, p.DerivativeResidual,
                    format == NumberFormat.Double ? v.Derivative(p.X) : v.DerivativeSingle((float)p.X));
                var (valueSpan, derivativeSpan) = SpanResults(v, format, p.X);
                Compare($"{format} span", p.Value, p.ValueResidual, valueSpan);
                Compare($"{format} derivative span", p.Derivative, p.DerivativeResidual, derivativeSpan);

                void Compare(string path, double expected, double residual, double got)
                {
                    double ulps = format == NumberFormat.Double
                        ? UlpError.Double(got, expected, residual)
                        : UlpError.Single((float)got, (float)expected, residual);
                    if (!(ulps <= AccuracyCheck.Tolerance(format)))
                        failures.Add(string.Create(CultureInfo.InvariantCulture, $"{path}({p.X}) = {got:R}, expected {expected:R}"));
                }
            }
        }
        Assert.True(failures.Count == 0, $"{name}: wrong limits: {string.Join("; ", failures)}");
    }

    private static (double Value, double Derivative) SpanResults(ActivationVariant v, NumberFormat format, double x)
    {
        if (format == NumberFormat.Double)
        {
            double[] value = new double[1], derivative = new double[1];
            v.ValueSpan([x], value);
            v.DerivativeSpan([x], derivative);
            return (value[0], derivative[0]);
        }
        float[] valueSingle = new float[1], derivativeSingle = new float[1];
        v.ValueSpanSingle([(float)x], valueSingle);
        v.DerivativeSpanSingle([(float)x], derivativeSingle);
        return (valueSingle[0], derivativeSingle[0]);
    }

    /// <summary>2^16 double bit patterns stepping through all 2^64 (every sign and exponent, pseudo-random significands).</summary>
    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void No_double_path_returns_NaN_for_a_non_NaN_input(string name)
    {
        var v = ActivationVariants.Get(name);
        var x = Enumerable.Range(0, 1 << 16)
            .Select(i => BitConverter.UInt64BitsToDouble(((ulong)i << 48) | (Mix((ulong)i) & 0xFFFF_FFFF_FFFFUL)))
            .Concat(ReferenceTable.Load(v.Name, NumberFormat.Double).Points.Select(p => p.X))
            .Where(d => !double.IsNaN(d))
            .ToArray();
        double[] span = new double[x.Length], derivativeSpan = new double[x.Length];
        v.ValueSpan(x, span);
        v.DerivativeSpan(x, derivativeSpan);
        var failures = new List<string>();
        for (int i = 0; i < x.Length && failures.Count < 10; i++)
        {
            if (double.IsNaN(v.Value(x[i]))) failures.Add($"value({Show(x[i])})");
            if (double.IsNaN(v.Derivative(x[i]))) failures.Add($"derivative({Show(x[i])})");
            if (double.IsNaN(span[i])) failures.Add($"span({Show(x[i])})");
            if (double.IsNaN(derivativeSpan[i])) failures.Add($"derivative span({Show(x[i])})");
        }
        Assert.True(failures.Count == 0, $"{name}: NaN for non-NaN input (first 10): {string.Join("; ", failures)}");
    }

    private static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
