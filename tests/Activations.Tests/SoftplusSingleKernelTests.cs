namespace Activations.Tests;

/// <summary>
/// The float kernels of Softplus and LogSigmoid (double lanes on a float-target exp and log1p, e^(−|y|) taken as 0
/// beyond |y| = 104 + ln(1/β), the threshold select skipped for thresholds ≥ 17): at and around every switch point,
/// within about half an ULP of the double form (the exhaustive sweep's reference), and the same bits from the scalar
/// form and every vector width.
/// </summary>
public class SoftplusSingleKernelTests
{
    /// <summary>β and threshold pairs: the default, PyTorch-like others, a β whose limit moves (1e-30: 173/β), the
    /// smallest float β (its results overflow), a negative threshold, and thresholds on both sides of 17.</summary>
    public static TheoryData<float, float> Parameters() => new()
    {
        { 1f, 20f }, { 2f, 10f }, { 1e-30f, 20f }, { float.Epsilon, 20f }, { 0.5f, -4f }, { 1f, 16.9f }, { 1f, 17f }, { 3f, 100f },
    };

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Softplus_float_is_within_half_an_ulp_and_the_same_from_scalar_and_span_at_the_switch_points(float beta, float threshold)
    {
        var op = new Activation.SoftplusOperator(beta, threshold);
        double limit = 104 + Math.Max(0, -Math.Log(beta));
        float[] x = Around([0, 1e-30f, 1e-8f, 1, 17, 20, 87.33655f, 103.97208f, 104, (float)(104 / beta), (float)(limit / beta),
            (float)(17 / beta), threshold, threshold / beta, (float)(87.33655 / beta), 1e30f, float.MaxValue]);
        foreach (float xi in x)
        {
            AssertNearDouble(Activation.Softplus(xi, beta, threshold), Activation.Softplus((double)xi, beta, threshold), $"Softplus({xi:R}, {beta:R}, {threshold:R})");
        }

        AssertSpanMatchesScalar(new ValueOperator<Activation.SoftplusOperator>(op), x);
    }

    [Fact]
    public void LogSigmoid_float_is_within_half_an_ulp_and_the_same_from_scalar_and_span_at_the_switch_points()
    {
        float[] x = Around([0, 1e-30f, 1e-8f, 1, 17, 20, 87.33655f, 103.97208f, 104, 1e30f, float.MaxValue]);
        foreach (float xi in x)
        {
            AssertNearDouble(Activation.LogSigmoid(xi), Activation.LogSigmoid((double)xi), $"LogSigmoid({xi:R})");
        }

        AssertSpanMatchesScalar(new ValueOperator<Activation.LogSigmoidOperator>(new Activation.LogSigmoidOperator()), x);
    }

    [Fact]
    public void Special_values_give_the_limits_with_their_signs()
    {
        Assert.Equal(float.PositiveInfinity, Activation.Softplus(float.PositiveInfinity));
        AssertBits(0f, Activation.Softplus(float.NegativeInfinity));
        AssertBits(0f, Activation.Softplus(-1000f));
        Assert.Equal(1000f, Activation.Softplus(1000f));
        Assert.Equal((float)Math.Log(2), Activation.Softplus(0f));
        Assert.Equal((float)Math.Log(2), Activation.Softplus(-0f));
        Assert.True(float.IsNaN(Activation.Softplus(float.NaN)));
        Assert.True(float.IsNaN(Activation.Softplus(float.NaN, 2f, 10f)));
        Assert.Equal(float.PositiveInfinity, Activation.Softplus(0f, float.Epsilon)); // ln 2/β overflows, as exactly
        Assert.Equal(1e-45f, Activation.Softplus(-103.5f)); // e^-103.5 ≈ 1.1e-45: the smallest subnormal, not 0

        AssertBits(0f, Activation.LogSigmoid(float.PositiveInfinity));
        Assert.Equal(float.NegativeInfinity, Activation.LogSigmoid(float.NegativeInfinity));
        Assert.Equal(-1000f, Activation.LogSigmoid(-1000f));
        Assert.Equal(-(float)Math.Log(2), Activation.LogSigmoid(0f));
        Assert.Equal(-(float)Math.Log(2), Activation.LogSigmoid(-0f));
        Assert.Equal(-1e-45f, Activation.LogSigmoid(103.5f));
        Assert.True(float.IsNaN(Activation.LogSigmoid(float.NaN)));
    }

    /// <summary>Each value, its negation, and three floats either side of both.</summary>
    private static float[] Around(float[] points)
    {
        var x = new List<float> { float.PositiveInfinity, float.NegativeInfinity, float.NaN, -0f };
        foreach (float p in points.Where(float.IsFinite))
        {
            foreach (float centre in new[] { p, -p })
            {
                float v = centre;
                for (int i = 0; i < 3; i++)
                {
                    v = MathF.BitDecrement(v);
                }

                for (int i = 0; i < 7; i++, v = MathF.BitIncrement(v))
                {
                    x.Add(v);
                }
            }
        }

        return x.ToArray();
    }

    /// <summary>|actual − reference| in float ULPs of the reference (the sweep's measure), at most 0.51; infinities equal.</summary>
    private static void AssertNearDouble(float actual, double reference, string what)
    {
        if (double.IsNaN(reference) || float.IsInfinity((float)reference))
        {
            Assert.True(actual.Equals((float)reference), $"{what}: {actual:R}, reference {reference:R}");
            return;
        }

        int exponent = reference == 0 ? -126 : Math.Max(Math.ILogB(reference), -126);
        double error = Math.Abs(actual - reference) / Math.ScaleB(1.0, exponent - 23);
        Assert.True(error <= 0.51, $"{what}: {actual:R} is {error:0.0000} ULP from {reference:R}");
    }

    private static void AssertSpanMatchesScalar<TOperator>(TOperator op, float[] x)
        where TOperator : struct, IUnaryOperator<float>
    {
        var y128 = new float[x.Length];
        var y256 = new float[x.Length];
        var y512 = new float[x.Length];
        Activation.InvokeVector128<float, TOperator>(x, y128, op);
        Activation.InvokeVector256<float, TOperator>(x, y256, op);
        Activation.InvokeVector512<float, TOperator>(x, y512, op);
        for (int i = 0; i < x.Length; i++)
        {
            float scalar = op.Invoke(x[i]);
            AssertBits(scalar, y128[i]);
            AssertBits(scalar, y256[i]);
            AssertBits(scalar, y512[i]);
        }
    }

    private static void AssertBits(float expected, float actual) =>
        Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual),
            $"expected {expected:R} (0x{BitConverter.SingleToInt32Bits(expected):X8}), got {actual:R} (0x{BitConverter.SingleToInt32Bits(actual):X8})");
}
