namespace Activations;

public static partial class StableMath
{
    /// <summary>
    /// ln(1 + x) without cancellation near 0: <c>LogP1(1e-10)</c> = 9.9999999995e-11.
    /// </summary>
    /// <remarks>
    /// u = fl(1 + x) = 2^k·m with m ∈ [√½, √2); the rounding error of u is recovered exactly (Fast2Sum)
    /// and added as c/u. With f = m − 1 (exact) and s = f/(2 + f),
    /// ln(1 + f) = 2 artanh s = f − (f²/2 − s·(f²/2 + R)), R = Σ_{n≥1} 2s^(2n)/(2n+1),
    /// an arrangement in which the rounding errors only touch the small correction term.
    /// For 0 ≤ x ≤ 1 the same steps run as <see cref="LaneMath.LogP1UnitInterval{TVec, TLanes}"/> (the
    /// softplus kernels share them). Special values: NaN → NaN, x &lt; −1 → NaN, −1 → −∞, +∞ → +∞, ±0 → ±0. Measured error below 1 ULP.
    /// </remarks>
    public static double LogP1(double x)
    {
        if (x >= 0 && x <= 1)
        {
            return LaneMath.LogP1UnitInterval<double, ScalarLanes>(x); // the kernel of the vectorized span forms
        }

        if (!(x > -1))
        {
            return x == -1 ? double.NegativeInfinity : double.NaN;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        double u = 1 + x;
        if (u == 1)
        {
            return x; // |x| < 2^-53: ln(1 + x) = x − x²/2 + … rounds to x
        }

        // Exact rounding error of u = fl(1 + x) (Fast2Sum, larger operand first).
        double c = x > 1 ? 1 - (u - x) : x - (u - 1);

        int k = Math.ILogB(u);
        double m = Math.ScaleB(u, -k);
        if (m > Sqrt2)
        {
            m *= 0.5;
            k++;
        }

        double f = m - 1;
        double s = f / (2 + f);
        double z = s * s;
        double r = z * Horner(LogP1Coefficients, z);
        double halfSquare = 0.5 * f * f;
        double correction = s * (halfSquare + r) + (k * Ln2Lo + c / u);
        return k * Ln2Hi + (f - (halfSquare - correction));
    }

    // R(s)/s² = Σ_{n≥1} 2 z^(n−1)/(2n+1), z = s² ≤ 0.0295; the last term is below 2^-60 of f.
    internal static ReadOnlySpan<double> LogP1Coefficients =>
    [
        2.0 / 3, 2.0 / 5, 2.0 / 7, 2.0 / 9, 2.0 / 11, 2.0 / 13, 2.0 / 15, 2.0 / 17, 2.0 / 19,
        2.0 / 21, 2.0 / 23, 2.0 / 25,
    ];
}
