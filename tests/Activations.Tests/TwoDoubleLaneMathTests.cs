using System.Numerics;
using CsCheck;

namespace Activations.Tests;

/// <summary>
/// The two-double building blocks of the kernels that must round once (Mish′), checked against exact rational
/// arithmetic: BigInteger fixed point with 2^-<see cref="FractionBits"/> resolution.
/// </summary>
public class TwoDoubleLaneMathTests
{
    private const int FractionBits = 1600; // e^-708 ≈ 2^-1021 still keeps ~580 bits

    [Fact]
    public void ExpTwoDouble_is_an_order_of_magnitude_closer_to_e_to_the_x_than_a_rounded_double()
    {
        // From −700 (Mish′'s kernel) up: lower, the low part is subnormal and loses bits. The bound is 2^-56.5 where a
        // rounded e^x can be off by 2^-53; the largest error measured over 2·10^5 inputs is 2^-57.4.
        Gen.Double[-700, LaneMath.ExpMax].Where(x => Math.Abs(x) > 1e-100).Sample(x =>
        {
            double hi = LaneMath.ExpTwoDouble<double, ScalarLanes>(x, out double low);
            BigInteger exact = ExactExp(x);
            double relative = Ratio(ToFixed(hi) + ToFixed(low) - exact, exact);
            Assert.True(Math.Abs(relative) < Math.Pow(2, -56.5), $"x = {x:R}: relative error {relative:E3}");
            Assert.True(Math.Abs(low) <= Math.ScaleB(Math.Abs(hi), -53), $"x = {x:R}: low part {low:R} not below half an ULP of {hi:R}");
            Assert.Equal(LaneMath.Exp<double, ScalarLanes>(x), hi, 2 * Math.ScaleB(Math.Abs(hi), -52)); // the same e^x
        }, iter: 400);
    }

    [Fact]
    public void Divide_of_two_double_operands_is_rounded_about_once()
    {
        var part = Gen.Select(Gen.Double[1, 2], Gen.Int[-20, 20], Gen.Double[-1, 1], Gen.Bool,
            (significand, exponent, lowFraction, negative) =>
            {
                double hi = Math.ScaleB(negative ? -significand : significand, exponent);
                return (Hi: hi, Low: Math.ScaleB(lowFraction * Math.Abs(hi), -53));
            });
        Gen.Select(part, part).Sample((a, b) =>
        {
            double quotient = LaneMath.Divide<double, ScalarLanes>(a.Hi, a.Low, b.Hi, b.Low);
            // |q − a/b| / ulp(q) = |q·b − a| / (|b|·ulp(q)), in exact fixed point
            BigInteger numerator = ToFixed(a.Hi) + ToFixed(a.Low), denominator = ToFixed(b.Hi) + ToFixed(b.Low);
            BigInteger residual = BigInteger.Abs(ToFixed(quotient) * denominator - (numerator << FractionBits));
            double ulps = Ratio(residual, BigInteger.Abs(denominator) * ToFixed(Math.BitIncrement(Math.Abs(quotient)) - Math.Abs(quotient)));
            Assert.True(ulps <= 0.5001, $"({a.Hi:R} + {a.Low:R}) / ({b.Hi:R} + {b.Low:R}) = {quotient:R}: {ulps:F4} ulp");
        }, iter: 3000);
    }

    [Fact]
    public void Multiply_and_Add_keep_the_low_parts()
    {
        // (1 + 2^-60)·(1 + 2^-60) = 1 + 2^-59 + 2^-120: a plain product rounds to 1
        double product = LaneMath.Multiply<double, ScalarLanes>(1, Math.ScaleB(1, -60), 1, Math.ScaleB(1, -60), out double productLow);
        Assert.Equal((1.0, Math.ScaleB(1, -59)), (product, productLow));
        // (1 + 2^-60) + (2^-53 + 2^-100): 1 + 2^-53 rounds to 1, its error joins the low parts
        double sum = LaneMath.Add<double, ScalarLanes>(1, Math.ScaleB(1, -60), Math.ScaleB(1, -53), Math.ScaleB(1, -100), out double sumLow);
        Assert.Equal(ToFixed(1) + ToFixed(Math.ScaleB(1, -53)) + ToFixed(Math.ScaleB(1, -60)) + ToFixed(Math.ScaleB(1, -100)),
            ToFixed(sum) + ToFixed(sumLow));

        // With a plain double as the second operand: (1 + 2^-60)·(1 + 2^-52) and (1 + 2^-60) + 2^-53, exactly.
        double scaled = LaneMath.Multiply<double, ScalarLanes>(1, Math.ScaleB(1, -60), 1 + Math.ScaleB(1, -52), out double scaledLow);
        Assert.Equal(ToFixed(1 + Math.ScaleB(1, -52)) + ToFixed(Math.ScaleB(1, -60)) + ToFixed(Math.ScaleB(1, -112)),
            ToFixed(scaled) + ToFixed(scaledLow));
        double shifted = LaneMath.Add<double, ScalarLanes>(1, Math.ScaleB(1, -60), Math.ScaleB(1, -53), out double shiftedLow);
        Assert.Equal(ToFixed(1) + ToFixed(Math.ScaleB(1, -53)) + ToFixed(Math.ScaleB(1, -60)), ToFixed(shifted) + ToFixed(shiftedLow));

        // (1 + 2^-53)² = 1 + 2^-52 + 2^-106 rounds once to 1 + 2^-52; the product of the high parts alone is 1.
        Assert.Equal(1 + Math.ScaleB(1, -52), LaneMath.MultiplyRounded<double, ScalarLanes>(1, Math.ScaleB(1, -53), 1, Math.ScaleB(1, -53)));
    }

    /// <summary>a/b as a double, for integers too large for double (b &gt; 0).</summary>
    private static double Ratio(BigInteger a, BigInteger b) => (double)((a << 80) / b) / Math.ScaleB(1, 80);

    /// <summary>x·2^FractionBits, exactly (x a double of magnitude ≥ 2^-FractionBits or zero).</summary>
    private static BigInteger ToFixed(double x)
    {
        if (x == 0) return BigInteger.Zero;
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int exponent = (int)(bits >> 52);
        long significand = bits & ((1L << 52) - 1);
        if (exponent != 0) significand |= 1L << 52; else exponent = 1;
        int shift = exponent - 1075 + FractionBits;
        Assert.True(shift >= 0, $"{x:R} is below the fixed-point resolution");
        BigInteger value = new BigInteger(significand) << shift;
        return x < 0 ? -value : value;
    }

    /// <summary>e^x·2^FractionBits to within a few units: e^(x/2^s) by its Taylor series, then squared s times.</summary>
    private static BigInteger ExactExp(double x)
    {
        const int guard = 64, s = 16;
        int bits = FractionBits + guard;
        BigInteger one = BigInteger.One << bits;
        BigInteger y = ToFixed(x) << guard >> s; // x/2^s exactly: ToFixed(x) is a multiple of 2^s for the x tested
        BigInteger term = one, sum = one;
        for (int k = 1; !term.IsZero; k++)
        {
            term = term * y / k >> bits;
            sum += term;
        }
        for (int i = 0; i < s; i++) sum = sum * sum >> bits;
        return sum >> guard;
    }
}
