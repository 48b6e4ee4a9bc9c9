namespace Activations;

public static partial class StableMath
{
    /// <summary>
    /// e^x − 1 without cancellation near 0: <c>ExpM1(1e-10)</c> = 1.00000000005e-10.
    /// </summary>
    /// <remarks>
    /// x ≤ 709: <see cref="LaneMath.ExpM1{TVec, TLanes}"/>, Cody–Waite reduction x = k·ln 2 + r and
    /// e^x − 1 = 2^k·expm1(r) + (2^k − 1), both terms exact until the final addition (the same bits as the
    /// vectorized span forms that use it). 709 &lt; x ≤ 710: the same reduction with r carried with its
    /// rounding error c and the Taylor series of expm1(r + c) to r^20/20!.
    /// Special values: NaN → NaN, +∞ → +∞, −∞ → −1, ±0 → ±0. Measured error below 1 ULP.
    /// </remarks>
    public static double ExpM1(double x)
    {
        if (x <= LaneMath.ExpMax)
        {
            return LaneMath.ExpM1<double, ScalarLanes>(x); // the kernel of the vectorized span forms
        }

        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 710)
        {
            return double.PositiveInfinity;
        }

        if (x < -38)
        {
            return -1; // e^x < 2^-54: −1 + e^x rounds to −1.
        }

        double k = Math.Round(x * InvLn2);
        double hi = x - k * Ln2Hi; // exact: k·Ln2Hi is exact and within a factor 2 of x (Sterbenz)
        double lo = k * Ln2Lo;
        double r = hi - lo;
        double c = (hi - r) - lo; // r + c = hi − lo to double-double accuracy
        double rm1 = ExpM1Series(r);
        double em1 = Math.FusedMultiplyAdd(c, 1 + rm1, rm1); // expm1(r + c) ≈ expm1(r) + c·e^r

        int n = (int)k;
        if (n > 53)
        {
            return Math.ScaleB(1 + em1, n); // the −1 is below half an ULP
        }

        double twoK = Math.ScaleB(1.0, n);
        if (n < -53)
        {
            return twoK * (1 + em1) - 1;
        }

        return Math.FusedMultiplyAdd(twoK, em1, twoK - 1); // 2^k − 1 is exact for |k| ≤ 53
    }

    /// <summary>Taylor series of e^x − 1 for |x| ≤ 1.</summary>
    private static double ExpM1Series(double x)
    {
        if (x == 0)
        {
            return x; // keeps the sign of −0, which the FMA below would turn into +0
        }

        // x + x²·P(x), P(x) = Σ_{n=2..20} x^(n−2)/n!; the last term is below 2^-61 relative at |x| = 1.
        double p = Horner(ExpM1Coefficients, x);
        return Math.FusedMultiplyAdd(x * x, p, x);
    }

    private static ReadOnlySpan<double> ExpM1Coefficients =>
    [
        1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800, 1.0 / 87178291200,
        1.0 / 1307674368000, 1.0 / 20922789888000, 1.0 / 355687428096000, 1.0 / 6402373705728000,
        1.0 / 121645100408832000, 1.0 / 2432902008176640000,
    ];
}
