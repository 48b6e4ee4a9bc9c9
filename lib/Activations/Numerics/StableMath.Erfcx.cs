namespace Activations;

public static partial class StableMath
{
    /// <summary>
    /// The scaled complementary error function erfcx(z) = e^(z²)·erfc(z), finite and smooth for all
    /// z ≥ 0 (erfcx(z) ≈ 1/(z√π) for large z), with relative accuracy of about 1 ULP.
    /// </summary>
    /// <remarks>
    /// 0 ≤ z &lt; 4: a degree 14–19 Taylor polynomial of erfcx around the centre of one of eight intervals
    /// of width 1/2, evaluated in t = 4(z − c), |t| ≤ 1; the coefficients come from the exact
    /// recurrence of the ODE y′ = 2zy − 2/√π (see <c>erfcx_taylor_coefficients.py</c>).
    /// z ≥ 4: erfcx(z) = G(u)·u/(4√π), u = 4/z, G a degree-19 polynomial fitted to √π·z·erfcx(z) (see
    /// <c>erfcx_tail_polynomial.py</c>), the product rounded once. Both are the lane kernel of the vectorized GELU (<c>LaneMath.Erfcx</c>)
    /// on one double, so scalar and vector GELU agree bitwise.
    /// z &lt; 0: 2e^(z²) − erfcx(−z), which overflows to +∞ below about −26.6.
    /// Special values: NaN → NaN, +∞ → 0, −∞ → +∞.
    /// </remarks>
    public static double Erfcx(double z)
    {
        if (z < 0)
        {
            return z < -27 ? double.PositiveInfinity : 2 * ExpOfSquare(z) - Erfcx(-z);
        }

        return double.IsNaN(z) ? z : LaneMath.Erfcx<double, ScalarLanes>(z);
    }

    /// <summary>
    /// The complementary error function erfc(z) = 1 − erf(z) = (2/√π)∫_z^∞ e^(−t²) dt, with relative
    /// accuracy of a few ULP in the tail (erfc(26) = 5.663192408856143e-296, where MathNet's
    /// <c>SpecialFunctions.Erfc</c> is off by hundreds of ULP).
    /// </summary>
    /// <remarks>
    /// z ≥ 0: e^(−z²)·<see cref="Erfcx"/>(z), with z² carried as an exact double-double so its rounding
    /// (amplified by 2z² in the exponential) does not enter. z &lt; 0: 2 − erfc(−z).
    /// Special values: NaN → NaN, +∞ → 0, −∞ → 2; erfc(z) underflows to 0 above z ≈ 27.2.
    /// </remarks>
    public static double Erfc(double z)
    {
        if (double.IsNaN(z))
        {
            return z;
        }

        if (z < 0)
        {
            return 2 - Erfc(-z);
        }

        return z > 28 ? 0 : MultiplyByExpNegSquare(Erfcx(z), z);
    }

    /// <summary>e^(z²) with z² carried exactly: e^(h + l) = e^h·(1 + l).</summary>
    private static double ExpOfSquare(double z)
    {
        double h = z * z;
        double l = Math.FusedMultiplyAdd(z, z, -h);
        double e = Math.Exp(h);
        return Math.FusedMultiplyAdd(l, e, e);
    }
}
