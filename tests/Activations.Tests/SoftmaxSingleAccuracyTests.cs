using System.Runtime.Intrinsics;

namespace Activations.Tests;

/// <summary>
/// The float softmax family (two passes: an online maximum and sum in blocks, then the outputs) against the
/// double path on the widened input, whose relative error (a few 2^-53) is below 2^-26 of a float ULP: every float
/// output, at every vector width and in place, within <see cref="ToleranceUlp"/> of the exact value, measured as a
/// fraction of the exact value's float ULP. The kernel's bound is 0.5 ULP (the float rounding) plus 2^-29 relative
/// (1/32 ULP): 0.55 leaves room for the reference, and a wrong term, sum or S − 1 fails by far more.
/// </summary>
public class SoftmaxSingleAccuracyTests
{
    private const double ToleranceUlp = 0.55;

    public static TheoryData<SoftmaxVariant> Variants() => SoftmaxVariants.All();

    [Theory]
    [MemberData(nameof(Variants))]
    public void Random_vectors_across_block_and_vector_boundaries(SoftmaxVariant variant)
    {
        var random = new Random(77 + (int)variant);
        int[] lengths = [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1023, 1024, 1025, 2047, 2049, 5000];
        foreach (int length in lengths)
        {
            foreach (double spread in new[] { 1.0, 30.0, 200.0, 3000.0 })
            {
                float[] x = Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() * 2 - 1) * spread)).ToArray();
                Check(variant, x, $"n={length} spread={spread}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void The_maximum_at_every_position_of_the_vectors_and_the_remainder(SoftmaxVariant variant)
    {
        var random = new Random(5);
        for (int length = 1; length <= 40; length++)
        {
            for (int position = 0; position < length; position++)
            {
                float[] x = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() * -50)).ToArray();
                x[position] = 3;
                Check(variant, x, $"n={length} max at {position}");
                x[position] = variant == SoftmaxVariant.Softmin ? -3 : 3; // the one extreme entry of v = ±x
                x[(position + 1) % length] = x[position];        // and a tie (the same entry when n = 1)
                Check(variant, x, $"n={length} tie at {position}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_maximum_that_grows_in_every_block_or_jumps_late(SoftmaxVariant variant)
    {
        foreach (double step in new[] { 1e-6, 1e-3, 0.05, 1 })
        {
            foreach (int length in new[] { 100, 3000, 10_000 })
            {
                float[] rising = Enumerable.Range(0, length).Select(i => (float)(i * step)).ToArray();
                Check(variant, rising, $"rising step={step} n={length}");
                float[] falling = rising.Reverse().ToArray();
                Check(variant, falling, $"falling step={step} n={length}");
            }
        }

        foreach (float low in new[] { -10f, -90f, -104f, -200f, -300f, -1e4f })
        {
            // Thousands of terms rescaled by e^low (clamped below −250) when the one 0 appears at the end.
            float[] x = Enumerable.Repeat(low, 5000).Append(0f).ToArray();
            Check(variant, x, $"late jump from {low}");
            x[^1] = low;
            x[2500] = 0;
            Check(variant, x, $"middle jump from {low}");
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Ties_give_one_over_n(SoftmaxVariant variant)
    {
        foreach (int length in new[] { 1, 2, 3, 7, 8, 9, 17, 33, 1000, 1025, 4099 })
        {
            foreach (float value in new[] { 0f, -7.5f, 1e30f, float.MinValue, float.MaxValue })
            {
                Check(variant, Enumerable.Repeat(value, length).ToArray(), $"n={length} all {value}");
            }
        }
    }

    [Fact]
    public void Log_softmax_keeps_a_tiny_S_minus_one()
    {
        // −ln S ≈ −(S − 1) is a float subnormal (e^-100 ≈ 3.7e-44): it must come from S − 1 itself, not S − 1 rounded.
        foreach (float[] x in new[]
        {
            new[] { 0f, -100, -200 }, [-100f, 0, -200], [-200f, -100, 0], [0f, -87, -100, -103, -104, -105],
            Enumerable.Repeat(-100f, 999).Prepend(0f).ToArray(), Enumerable.Repeat(-100f, 999).Append(0f).ToArray(),
            Enumerable.Repeat(-200f, 100_000).Append(0f).ToArray(), [0f, 0, -100],
        })
        {
            Check(SoftmaxVariant.LogSoftmax, x, $"[{string.Join(", ", x.Take(6))}…] n={x.Length}");
        }

        var y = new float[3];
        Activation.LogSoftmax([0f, -100, -200], y);
        Assert.Equal(-MathF.Exp(-100), y[0]); // −e^-100(1 + e^-100 + …) rounds to −e^-100 rounded
        Assert.Equal(-100f, y[1]);
    }

    [Fact]
    public void Finite_inputs_far_apart_give_finite_outputs()
    {
        // TensorPrimitives.SoftMax([1010, 1000, 990]) is NaN (e^1010 overflows).
        foreach (SoftmaxVariant variant in Enum.GetValues<SoftmaxVariant>())
        {
            Check(variant, [1010f, 1000, 990], "article 000");
            Check(variant, [float.MaxValue, float.MinValue, 0], "±MaxValue");
            Check(variant, [float.MinValue, float.MinValue, -1e38f], "MinValue");
        }

        var s = new float[3];
        Activation.Softmax([1010f, 1000, 990], s);
        Assert.All(s, v => Assert.True(float.IsFinite(v) && v > 0, $"{v}"));
    }

    [Fact]
    public void Special_values_at_every_width()
    {
        float inf = float.PositiveInfinity;
        foreach (int length in new[] { 1, 3, 8, 9, 17, 1030 })
        {
            for (int position = 0; position < length; position += Math.Max(1, length / 7))
            {
                float[] x = Enumerable.Range(0, length).Select(i => (float)Math.Sin(i)).ToArray();
                foreach (float special in new[] { float.NaN, inf, -inf })
                {
                    float[] withSpecial = (float[])x.Clone();
                    withSpecial[position] = special;
                    foreach (bool logarithm in new[] { false, true })
                    {
                        foreach (var (name, y) in Widths(withSpecial, negate: false, logarithm))
                        {
                            for (int i = 0; i < length; i++)
                            {
                                // NaN: all NaN. +∞: it takes everything (1, log 0), the rest nothing (0, log −∞).
                                // −∞: it gets nothing (unless it is alone: uniform); the others are checked against
                                // the reference below.
                                float? want = float.IsNaN(special) ? float.NaN
                                    : special == inf ? i == position ? (logarithm ? 0 : 1) : (logarithm ? -inf : 0)
                                    : i == position && length > 1 ? (logarithm ? -inf : 0) : null;
                                Assert.True(want is null || want.Value.Equals(y[i]),
                                    $"{name} log={logarithm} n={length} {special} at {position}: y[{i}] = {y[i]} (want {want})");
                            }
                        }
                    }

                    if (special == -inf)
                    {
                        Check(SoftmaxVariant.Softmax, withSpecial, $"−∞ at {position}");
                        Check(SoftmaxVariant.LogSoftmax, withSpecial, $"−∞ at {position}");
                    }
                }
            }

            float[] allMinusInfinity = Enumerable.Repeat(-inf, length).ToArray();
            foreach (var (name, y) in Widths(allMinusInfinity, negate: false, logarithm: false))
            {
                Assert.All(y, v => Assert.Equal((float)(1.0 / length), v));
            }

            foreach (var (name, y) in Widths(allMinusInfinity, negate: false, logarithm: true))
            {
                Assert.All(y, v => Assert.Equal((float)-Math.Log(length), v));
            }

            float[] allPlusInfinity = Enumerable.Repeat(inf, length).ToArray();
            foreach (var (name, y) in Widths(allPlusInfinity, negate: true, logarithm: false))
            {
                Assert.All(y, v => Assert.Equal((float)(1.0 / length), v)); // softmin of +∞ everywhere: uniform
            }

            // float.MinValue beside −∞ entries is a finite maximum, not the all −∞ case.
            float[] mixed = allMinusInfinity.ToArray();
            mixed[length - 1] = float.MinValue;
            foreach (var (name, y) in Widths(mixed, negate: false, logarithm: false))
            {
                Assert.Equal(1f, y[^1]);
                Assert.All(y[..^1], v => Assert.Equal(0f, v));
            }
        }
    }

    [Fact]
    public void A_NaN_in_a_block_where_no_maximum_grows_makes_every_output_NaN()
    {
        // Falling input: after the first block no lane maximum grows, so the NaN must travel with the block maximum.
        foreach (int position in new[] { 1500, 2048, 4095, 4999 })
        {
            float[] x = Enumerable.Range(0, 5000).Select(i => -0.01f * i).ToArray();
            x[position] = float.NaN;
            foreach (bool logarithm in new[] { false, true })
            {
                foreach (var (name, y) in Widths(x, negate: false, logarithm))
                {
                    Assert.True(y.All(float.IsNaN), $"{name} log={logarithm} NaN at {position}");
                }
            }
        }
    }

    /// <summary>Every width's output within <see cref="ToleranceUlp"/> of the double path's.</summary>
    private static void Check(SoftmaxVariant variant, float[] x, string label)
    {
        bool negate = variant == SoftmaxVariant.Softmin;
        bool logarithm = variant == SoftmaxVariant.LogSoftmax;
        double[] reference = new double[x.Length];
        double[] widened = Array.ConvertAll(x, v => (double)v);
        switch (variant)
        {
            case SoftmaxVariant.Softmax: Activation.Softmax(widened, reference); break;
            case SoftmaxVariant.LogSoftmax: Activation.LogSoftmax(widened, reference); break;
            default: Activation.Softmin(widened, reference); break;
        }

        foreach (var (name, y) in Widths(x, negate, logarithm))
        {
            for (int i = 0; i < x.Length; i++)
            {
                double error = UlpError(y[i], reference[i]);
                Assert.True(error <= ToleranceUlp,
                    $"{variant} {name} {label} x[{i}]={x[i]:R}: {y[i]:R} vs {reference[i]:R}, {error:F4} ULP");
            }
        }
    }

    /// <summary>|actual − exact| in float ULP of the exact value (2^-149 below the normal range); 0 for equal infinities
    /// and for an exact value beyond the float range rounded to the infinity of its sign.</summary>
    private static double UlpError(float actual, double exact)
    {
        if (actual == exact || float.IsInfinity(actual) && (float)exact == actual)
        {
            return 0;
        }

        double ulp = Math.ScaleB(1, Math.Max(Math.ILogB(Math.Abs(exact)), -126) - 23);
        return Math.Abs(actual - exact) / ulp;
    }

    /// <summary>The float outputs of every instantiation (one lane, Vector128/256/512, the public entry) and in place.</summary>
    private static IEnumerable<(string Name, float[] Output)> Widths(float[] x, bool negate, bool logarithm)
    {
        var passes = new (string, Action<float[], float[]>)[]
        {
            ("scalar", (a, b) => Activation.SoftmaxPasses<float, double, ScalarLanes>(a, b, negate, logarithm)),
            ("128", (a, b) => Activation.SoftmaxPasses<float, Vector128<double>, Lanes128>(a, b, negate, logarithm)),
            ("256", (a, b) => Activation.SoftmaxPasses<float, Vector256<double>, Lanes256>(a, b, negate, logarithm)),
            ("512", (a, b) => Activation.SoftmaxPasses<float, Vector512<double>, Lanes512>(a, b, negate, logarithm)),
            ("public", (a, b) =>
            {
                switch ((negate, logarithm))
                {
                    case (true, _): Activation.Softmin(a, b); break;
                    case (_, true): Activation.LogSoftmax(a, b); break;
                    default: Activation.Softmax(a, b); break;
                }
            }),
        };
        foreach (var (name, run) in passes)
        {
            var y = new float[x.Length];
            run(x, y);
            yield return (name, y);
            float[] inPlace = (float[])x.Clone();
            run(inPlace, inPlace);
            Assert.Equal(y, inPlace);
        }
    }
}
