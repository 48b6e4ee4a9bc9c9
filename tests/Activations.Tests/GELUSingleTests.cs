using System.Runtime.Intrinsics;

namespace Activations.Tests;

/// <summary>
/// The float GELU kernel (double lanes with a float-division estimate of t, a ±14.5 cut-off and selects for the
/// special values): accuracy against mpmath in the tail, the special values, and the scalar form equal to every
/// vector width bit for bit around each of its boundaries. The exhaustive check is tools/AccuracySweep.
/// </summary>
public class GELUSingleTests
{
    /// <summary>Distance between the float result and the exact value, in ULPs of the float closest to it.</summary>
    private static double UlpError(double exact, float actual)
    {
        float rounded = (float)exact;
        double ulp = Math.Max(MathF.BitIncrement(Math.Abs(rounded)) - Math.Abs(rounded), float.Epsilon);
        return Math.Abs(actual - exact) / ulp;
    }

    [Theory]
    // mpmath dps 50: x*ncdf(x) for the float x
    [InlineData(-13.09f, -2.4583483584148435e-38)]
    [InlineData(-14.2f, -6.5044987998333046e-45)] // a subnormal result
    [InlineData(-10f, -7.6198530241605261e-23)]
    [InlineData(-8.296714f, -4.4400189891516279e-16)]
    [InlineData(-5f, -1.4332578593959696e-6)]
    [InlineData(-1.5823263f, -0.089856434577893086)]
    [InlineData(-0.75f, -0.16997051428265115)]
    [InlineData(0.5f, 0.34573123063700655)]
    [InlineData(3f, 2.9959503059051097)]
    [InlineData(1e-40f, 4.9999730505573798e-41)]
    public void Float_GELU_is_within_one_ULP_of_the_exact_value_also_in_the_tail(float x, double exact)
    {
        double error = UlpError(exact, Activation.GELU(x));
        Assert.True(error < 1, $"GELU({x:R}) = {Activation.GELU(x):R}, exact {exact:R}: {error} ULP");
    }

    [Fact]
    public void Float_GELU_special_values_keep_their_sign_and_limits()
    {
        Assert.Equal(0x0000_0000, BitConverter.SingleToInt32Bits(Activation.GELU(0f)));
        Assert.Equal(unchecked((int)0x8000_0000), BitConverter.SingleToInt32Bits(Activation.GELU(-0f)));
        Assert.Equal(float.PositiveInfinity, Activation.GELU(float.PositiveInfinity));
        Assert.Equal(unchecked((int)0x8000_0000), BitConverter.SingleToInt32Bits(Activation.GELU(float.NegativeInfinity)));
        Assert.True(float.IsNaN(Activation.GELU(float.NaN)));
        Assert.Equal(unchecked((int)0x8000_0000), BitConverter.SingleToInt32Bits(Activation.GELU(-14.6f))); // |exact| < 2^-150
        Assert.Equal(14.6f, Activation.GELU(14.6f));
        Assert.Equal(float.MaxValue, Activation.GELU(float.MaxValue));
        Assert.True(UlpError(-0.5 * float.Epsilon, Activation.GELU(-float.Epsilon)) < 1); // −ε·Φ(−ε) = −ε/2 to 1e-45
        Assert.True(Activation.GELU(-float.Epsilon) <= 0 && float.IsNegative(Activation.GELU(-float.Epsilon)));
    }

    /// <summary>Inputs on both sides of each boundary of the kernel: 0, the ±14.5 cut-off, the underflow near −14.3.</summary>
    private static IEnumerable<float> BoundaryInputs()
    {
        float[] centres = [0f, -0f, 14.5f, -14.5f, -14.3f, 1e-38f, -1e-38f, float.Epsilon, -float.Epsilon, 5.3f, -0.75f];
        foreach (float c in centres)
        {
            float up = c, down = c;
            for (int i = 0; i < 40; i++)
            {
                yield return up;
                yield return down;
                up = MathF.BitIncrement(up);
                down = MathF.BitDecrement(down);
            }
        }

        foreach (float special in new[] { float.PositiveInfinity, float.NegativeInfinity, float.NaN, float.MaxValue, float.MinValue })
        {
            yield return special;
        }

        for (float x = -16f; x <= 16f; x += 0.0625f)
        {
            yield return x;
        }
    }

    [Fact]
    public void Float_GELU_scalar_form_equals_every_vector_width_bitwise_around_the_boundaries()
    {
        var op = new Activation.GELUOperator();
        float[] inputs = BoundaryInputs().ToArray();
        int checkedCount = 0;
        for (int i = 0; i + 16 <= inputs.Length; i += 16)
        {
            Vector512<float> v512 = op.Invoke(Vector512.Create(inputs.AsSpan(i, 16)));
            Vector256<float> v256Low = op.Invoke(Vector256.Create(inputs.AsSpan(i, 8)));
            Vector256<float> v256High = op.Invoke(Vector256.Create(inputs.AsSpan(i + 8, 8)));
            for (int lane = 0; lane < 16; lane++)
            {
                float x = inputs[i + lane];
                int expected = BitConverter.SingleToInt32Bits(Activation.GELU(x));
                Vector128<float> v128 = op.Invoke(Vector128.Create(inputs.AsSpan(i + lane / 4 * 4, 4)));
                Assert.Equal(expected, BitConverter.SingleToInt32Bits(v512[lane]));
                Assert.Equal(expected, BitConverter.SingleToInt32Bits(lane < 8 ? v256Low[lane] : v256High[lane - 8]));
                Assert.Equal(expected, BitConverter.SingleToInt32Bits(v128[lane % 4]));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 1000);
    }
}
