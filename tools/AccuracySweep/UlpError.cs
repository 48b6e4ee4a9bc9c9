using System.Runtime.CompilerServices;

namespace Activations.Accuracy;

/// <summary>
/// Error of a computed result measured in units in the last place (ulp) of the exact result.
/// </summary>
/// <remarks>
/// The exact result is given as <c>expected + residualUlp · ulp(exact)</c>, where <c>expected</c> is the exact
/// result rounded to the format and <c>residualUlp</c> ∈ [-0.5, 0.5] is what tools/reference/generate.py writes.
/// ulp(y) is the spacing of the format in the binade of |y| (2^(e-p+1) for 2^e ≤ |y| &lt; 2^(e+1)), and the
/// smallest subnormal below the normal range (Goldberg's convention: an exact power of two belongs to the binade
/// it starts, so the double just below 2.0 is 0.5 ulp from an exact 2.0). The error is |actual − exact| / ulp(exact), a fraction:
/// 0.5 means correctly rounded at worst, &lt; 1 means faithfully rounded.
/// Special values: ±0 are equal; NaN matches only NaN; an infinite expected value (a limit, or an exact
/// result that rounds to ±∞) matches only the same infinity; an infinite actual value against a finite
/// expected one is an infinite error. Any mismatch of that kind returns <see cref="double.PositiveInfinity"/>.
/// </remarks>
public static class UlpError
{
    private const int DoublePrecision = 53, DoubleMinExponent = -1022;
    private const int SinglePrecision = 24, SingleMinExponent = -126;

    /// <summary>Error of a double result against <c>expected + residualUlp · ulp(exact)</c>, in double ulps.</summary>
    /// <param name="actual">The computed result.</param>
    /// <param name="expected">The exact result rounded to nearest double.</param>
    /// <param name="residualUlp">(exact − expected) / ulp(exact), in [-0.5, 0.5]; 0 when expected is exact.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residualUlp"/> is not in [-0.5, 0.5].</exception>
    public static double Double(double actual, double expected, double residualUlp = 0) =>
        Measure(actual, expected, residualUlp, DoublePrecision, DoubleMinExponent);

    /// <summary>Error of a float result against <c>expected + residualUlp · ulp(exact)</c>, in float ulps.</summary>
    /// <param name="actual">The computed result.</param>
    /// <param name="expected">The exact result rounded to nearest float.</param>
    /// <param name="residualUlp">(exact − expected) / ulp(exact), in [-0.5, 0.5]; 0 when expected is exact.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residualUlp"/> is not in [-0.5, 0.5].</exception>
    public static double Single(float actual, float expected, double residualUlp = 0) =>
        Measure(actual, expected, residualUlp, SinglePrecision, SingleMinExponent);

    /// <summary>
    /// Error of a float result against an exact value known as a double (for instance the library's double
    /// path, whose own error of a few double ulps is 2^-29 times smaller than a float ulp), in float ulps.
    /// If <paramref name="exact"/> rounds to ±∞ in float, only that infinity is accepted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Single(float actual, double exact)
    {
        // Common case first (inlined into the sweep loops): exact finite and rounding to a finite float, actual finite.
        if (double.IsFinite(exact) && Math.Abs(exact) < SingleRoundsToInfinity && float.IsFinite(actual))
        {
            // The same quotient as |actual − exact| / ulp(exact) (UlpOf with float precision), computed as a product
            // with 1/ulp = 2^(23 − max(e, −126)) built from the exponent field e of exact: dividing by a power of
            // two and multiplying by its reciprocal round the same real number, so the result is bit-identical.
            // A double subnormal or zero has a biased exponent of 0, clamped to −126 like UlpOf does.
            int exponent = Math.Max((int)(BitConverter.DoubleToUInt64Bits(exact) >> 52 & 0x7FF) - 1023, SingleMinExponent);
            double inverseUlp = BitConverter.UInt64BitsToDouble((ulong)(1023 + SinglePrecision - 1 - exponent) << 52);
            return Math.Abs(((double)actual - exact) * inverseUlp);
        }
        return SingleSpecial(actual, exact);
    }

    // |y| from which (float)y is ±∞: half-way between float.MaxValue = 2^128 − 2^104 and 2^128 (the tie rounds
    // to the even significand, which is 2^128).
    private const double SingleRoundsToInfinity = 340282356779733661637539395458142568448.0; // 2^128 − 2^103

    private static double SingleSpecial(float actual, double exact)
    {
        if (double.IsNaN(exact) || double.IsInfinity(exact) || float.IsNaN(actual))
            return double.IsNaN(exact) && float.IsNaN(actual) || actual == exact ? 0 : double.PositiveInfinity;
        float rounded = (float)exact; // correctly rounded, overflow to ±∞ included
        if (float.IsInfinity(rounded) || float.IsInfinity(actual))
            return actual == rounded ? 0 : double.PositiveInfinity;
        double ulp = UlpOf(exact, SinglePrecision, SingleMinExponent);
        return Math.Abs(((double)actual - exact) / ulp);
    }

    /// <summary>ulp(y) in the format of the given precision and minimum normal exponent, for a finite y.</summary>
    private static double UlpOf(double y, int precision, int minExponent)
    {
        int exponent = y == 0 ? minExponent : Math.Max(Math.ILogB(y), minExponent);
        return Math.ScaleB(1.0, exponent - precision + 1);
    }

    private static double Measure(double actual, double expected, double residualUlp, int precision, int minExponent)
    {
        if (!(Math.Abs(residualUlp) <= 0.5))
            throw new ArgumentOutOfRangeException(nameof(residualUlp), residualUlp, "The residual must be in [-0.5, 0.5] ulp.");
        if (double.IsNaN(actual) || double.IsNaN(expected))
            return double.IsNaN(actual) && double.IsNaN(expected) ? 0 : double.PositiveInfinity;
        if (double.IsInfinity(actual) || double.IsInfinity(expected))
            return actual == expected ? 0 : double.PositiveInfinity;

        double ulp = UlpOf(expected, precision, minExponent);
        // A power of two whose exact value lies below it (residual of the opposite sign) belongs to the
        // binade underneath, where the spacing is half as large (unless that is the subnormal range).
        if (expected != 0 && IsPowerOfTwo(expected) && residualUlp != 0 && Math.Sign(residualUlp) != Math.Sign(expected)
            && Math.ILogB(expected) > minExponent)
            ulp /= 2;
        // actual − expected is exact when the two are close (Sterbenz); the scaling by a power of two is exact.
        return Math.Abs((actual - expected) / ulp - residualUlp);
    }

    // For a value at least the smallest normal of the format (checked by the caller): significand bits all zero.
    private static bool IsPowerOfTwo(double y) => (BitConverter.DoubleToInt64Bits(y) & 0x000F_FFFF_FFFF_FFFFL) == 0;

    /// <summary>
    /// Number of representable doubles from <paramref name="a"/> to <paramref name="b"/> (0 for +0 and −0);
    /// the integer ulp distance used for reporting.
    /// </summary>
    /// <exception cref="ArgumentException">Either argument is NaN.</exception>
    public static ulong Steps(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) throw new ArgumentException("Steps between NaN values are undefined.", double.IsNaN(a) ? nameof(a) : nameof(b));
        long oa = Ordered(BitConverter.DoubleToInt64Bits(a)), ob = Ordered(BitConverter.DoubleToInt64Bits(b));
        return oa >= ob ? (ulong)(oa - ob) : (ulong)(ob - oa);
    }

    /// <summary>Number of representable floats from <paramref name="a"/> to <paramref name="b"/> (0 for +0 and −0).</summary>
    /// <exception cref="ArgumentException">Either argument is NaN.</exception>
    public static ulong Steps(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b)) throw new ArgumentException("Steps between NaN values are undefined.", float.IsNaN(a) ? nameof(a) : nameof(b));
        long oa = Ordered(BitConverter.SingleToInt32Bits(a)), ob = Ordered(BitConverter.SingleToInt32Bits(b));
        return (ulong)Math.Abs(oa - ob);
    }

    // Sign-magnitude bits to a monotonic integer line on which −0 and +0 coincide.
    private static long Ordered(long bits) => bits < 0 ? -(bits & long.MaxValue) : bits;
    private static long Ordered(int bits) => bits < 0 ? -(long)(bits & int.MaxValue) : bits;
}
