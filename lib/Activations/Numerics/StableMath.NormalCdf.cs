namespace Activations;

public static partial class StableMath
{
    /// <summary>
    /// The standard normal cumulative distribution Φ(x) = ½·erfc(−x/√2), with relative accuracy of a
    /// few ULP everywhere, the lower tail included (Φ(−37) = 5.725571222524e-300).
    /// </summary>
    /// <remarks>
    /// |x| &lt; 1/√2: Φ(x) = ½ + x/√(2π)·Σ_{n≥0} (−x²/2)^n/(n!(2n+1)) (series of erf, no cancellation).
    /// Otherwise Φ(−|x|) = ½·e^(−x²/2)·erfcx(|x|/√2): the exponential is evaluated from x itself with x²
    /// carried exactly, so the rounding of x/√2 (amplified by x² in e^(−x²/2)) never enters it; erfcx
    /// is insensitive to that rounding (relative condition number ≤ 1). Φ(x) = 1 − Φ(−x) for x &gt; 0.
    /// Special values: NaN → NaN, −∞ → 0, +∞ → 1; Φ(x) underflows to 0 below x ≈ −38.5.
    /// </remarks>
    public static double NormalCdf(double x)
    {
        double ax = Math.Abs(x);
        if (ax < InvSqrt2)
        {
            return 0.5 + x * InvSqrt2Pi * Horner(NormalCdfSeries, 0.5 * x * x);
        }

        if (double.IsNaN(x))
        {
            return x;
        }

        double lowerTail = NormalLowerTail(ax);
        return x < 0 ? lowerTail : 1 - lowerTail;
    }

    /// <summary>Φ(−a) for a ≥ 1/√2 (0 beyond a = 40, where it underflows).</summary>
    internal static double NormalLowerTail(double a) =>
        a > 40 ? 0 : MultiplyByExpNegHalfSquare(0.5 * Erfcx(a * InvSqrt2), a);

    /// <summary>Series of (Φ(x) − ½)·√(2π)/x in w = x²/2: Σ (−w)^n/(n!(2n+1)), n ≤ 13.</summary>
    internal static ReadOnlySpan<double> NormalCdfSeries =>
    [
        1.0, -1.0 / 3, 1.0 / 10, -1.0 / 42, 1.0 / 216, -1.0 / 1320, 1.0 / 9360, -1.0 / 75600,
        1.0 / 685440, -1.0 / 6894720, 1.0 / 76204800, -1.0 / 918086400, 1.0 / 11975040000,
        -1.0 / 168129561600,
    ];
}
