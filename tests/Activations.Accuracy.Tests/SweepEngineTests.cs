using CsCheck;

namespace Activations.Accuracy.Tests;

/// <summary>
/// The fast sweep gives the same answers as the straightforward one: the inlined float ulp measure is
/// bit-identical to its definition, the block loops call the same scalar functions, and sharing one reference
/// among the rows of a group changes no result.
/// </summary>
public class SweepEngineTests
{
    // The definition of UlpError.Single(float, double) before the fast path: |actual − exact| / ulp(exact) with
    // ulp(exact) = 2^(max(ilogb(exact), −126) − 23), and the special values as documented.
    private static double Definition(float actual, double exact)
    {
        if (double.IsNaN(exact) || double.IsInfinity(exact) || float.IsNaN(actual))
            return double.IsNaN(exact) && float.IsNaN(actual) || actual == exact ? 0 : double.PositiveInfinity;
        float rounded = (float)exact;
        if (float.IsInfinity(rounded) || float.IsInfinity(actual))
            return actual == rounded ? 0 : double.PositiveInfinity;
        int exponent = exact == 0 ? -126 : Math.Max(Math.ILogB(exact), -126);
        return Math.Abs(((double)actual - exact) / Math.ScaleB(1.0, exponent - 23));
    }

    private static bool Same(float actual, double exact) =>
        BitConverter.DoubleToInt64Bits(UlpError.Single(actual, exact)) == BitConverter.DoubleToInt64Bits(Definition(actual, exact));

    // Doubles near floats (a few float steps and a fraction of a float ulp away), so that results land on both sides
    // of binade boundaries, in the subnormal range and around the overflow threshold.
    private static readonly Gen<double> NearFloat =
        Gen.Select(Gen.UInt, Gen.Int[-2, 2], Gen.Long[-(1L << 30), 1L << 30]).Select((bits, steps, offset) =>
        {
            double f = BitConverter.UInt32BitsToSingle(bits);
            if (!double.IsFinite(f)) return f;
            long b = BitConverter.DoubleToInt64Bits(f) + offset; // ±2^30 double steps = ±1/8 float ulp
            return BitConverter.Int64BitsToDouble(b) * (steps == 0 ? 1 : 1 + steps * Math.ScaleB(1.0, -24));
        });

    [Fact]
    public void The_inlined_float_ulp_measure_is_bit_identical_to_its_definition()
    {
        Gen.Select(Gen.UInt, Gen.ULong).Sample((a, e) => Same(BitConverter.UInt32BitsToSingle(a), BitConverter.UInt64BitsToDouble(e)), iter: 200_000);
        Gen.Select(NearFloat, Gen.Int[-3, 3]).Sample((exact, k) =>
        {
            float actual = (float)exact;
            for (int i = 0; i < Math.Abs(k); i++) actual = k > 0 ? MathF.BitIncrement(actual) : MathF.BitDecrement(actual);
            return Same(actual, exact);
        }, iter: 500_000);
    }

    [Fact]
    public void The_inlined_float_ulp_measure_agrees_at_the_edges()
    {
        double threshold = Math.ScaleB(1.0, 128) - Math.ScaleB(1.0, 103); // (float) of it is +∞
        double[] exacts = [0.0, -0.0, double.Epsilon, 1e-320, 1e-46, Math.ScaleB(1.0, -149), Math.ScaleB(1.0, -126),
            Math.BitDecrement(Math.ScaleB(1.0, -126)), 1.0, Math.BitDecrement(1.0), 2.0, float.MaxValue, threshold,
            Math.BitDecrement(threshold), Math.BitIncrement(threshold), double.MaxValue, double.PositiveInfinity, double.NaN];
        float[] actuals = [0f, -0f, float.Epsilon, 1f, MathF.BitDecrement(1f), 2f, float.MaxValue, float.PositiveInfinity,
            float.NegativeInfinity, float.NaN, -1f, MathF.BitIncrement(float.Epsilon)];
        foreach (double e in exacts)
            foreach (double exact in new[] { e, -e })
                foreach (float a in actuals)
                    Assert.True(Same(a, exact), $"actual {a:R}, exact {exact:R}: {UlpError.Single(a, exact):R} vs {Definition(a, exact):R}");
    }

    private static readonly FloatInputSet Inputs = FloatInputSet.Sample(1 << 16);

    [Theory]
    [InlineData("GELU")]
    [InlineData("LeakyReLU")]
    [InlineData("Softplus(beta=2,threshold=10)")]
    public void The_block_loops_compute_what_the_scalar_functions_compute(string name)
    {
        var v = ActivationVariants.Get(name);
        var x = new float[Inputs.Count];
        Inputs.CopyTo(0, x);
        var xd = Array.ConvertAll(x, f => (double)f);
        var r = new double[x.Length];
        var y = new float[x.Length];
        var yd = new double[x.Length];
        v.Blocks.ValueReference(x, r);
        Assert.Equal(x.Select(f => v.ValueAtSingleParameters(f)), r);
        v.Blocks.DerivativeReference(x, r);
        Assert.Equal(x.Select(f => v.DerivativeAtSingleParameters(f)), r);
        v.Blocks.ValueSingle(x, y);
        Assert.Equal(x.Select(v.ValueSingle), y);
        v.Blocks.DerivativeSingle(x, y);
        Assert.Equal(x.Select(v.DerivativeSingle), y);
        v.Blocks.Value(xd, yd);
        Assert.Equal(xd.Select(v.Value), yd);
        v.Blocks.Derivative(xd, yd);
        Assert.Equal(xd.Select(v.Derivative), yd);
    }

    [Fact]
    public void Copying_a_range_of_inputs_matches_the_indexer()
    {
        var x = new float[1000];
        foreach (var set in new[] { Inputs, FloatInputSet.Exhaustive })
        {
            long start = set.IsExhaustive ? 0x7F7F_FE00L : Inputs.Count - x.Length;
            set.CopyTo(start, x);
            for (int i = 0; i < x.Length; i++) Assert.Equal(set[start + i], BitConverter.SingleToUInt32Bits(x[i]));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => Inputs.CopyTo(Inputs.Count - 10, x));
    }

    [Theory]
    [InlineData("Sigmoid")]
    [InlineData("Tanh")]
    [InlineData("LeakyReLU")]
    public void A_group_sharing_its_reference_reports_what_separate_sweeps_report(string name)
    {
        var v = ActivationVariants.Get(name);
        var grouped = FloatSweep.Run(SweepCases.For(v, SweepPath.Both), Inputs, maxDegreeOfParallelism: 1);
        var cases = new List<SweepCase>
        {
            SweepCase.Scalar(v.Name, v.ValueSingle, v.ValueAtSingleParameters),
            new(v.Name, "span", v.ValueSpanSingle, v.ValueAtSingleParameters),
        };
        if (SweepCases.TensorPrimitivesFunctions.TryGetValue(v.Name, out var other))
            cases.Add(new(v.Name, "TensorPrimitives (span)", other, v.ValueAtSingleParameters));
        cases.Add(SweepCase.Scalar(v.Name + "′", v.DerivativeSingle, v.DerivativeAtSingleParameters));
        cases.Add(new(v.Name + "′", "span", v.DerivativeSpanSingle, v.DerivativeAtSingleParameters));
        var separate = cases.Select(c => FloatSweep.Run(c, Inputs, maxDegreeOfParallelism: 1)).ToArray();
        Assert.Equal(separate.Length, grouped.Count);
        for (int i = 0; i < separate.Length; i++)
            Assert.Equal(separate[i] with { Elapsed = TimeSpan.Zero }, grouped[i] with { Elapsed = TimeSpan.Zero });
    }

    [Fact]
    public void Each_row_of_a_group_is_measured_on_its_own()
    {
        // Two rows against one reference: exact, and two float steps off. Only the second may show the error.
        var group = new SweepGroup((x, r) => { for (int i = 0; i < x.Length; i++) r[i] = Math.Sqrt(Math.Abs(x[i])); },
        [
            new SweepRow("sqrt", "exact", (x, y) => { for (int i = 0; i < x.Length; i++) y[i] = MathF.Sqrt(MathF.Abs(x[i])); }),
            new SweepRow("sqrt", "off", (x, y) => { for (int i = 0; i < x.Length; i++) y[i] = MathF.BitIncrement(MathF.BitIncrement(MathF.Sqrt(MathF.Abs(x[i])))); }),
        ]);
        var results = FloatSweep.Run([group], Inputs);
        Assert.InRange(results[0].MaxUlp, 0, 0.5);
        Assert.InRange(results[1].MaxUlp, 1.5, 3.5); // up to 3 where the steps cross into a wider binade
    }
}
