namespace Activations;

/// <summary>
/// Elementary and special functions evaluated without cancellation, written for the activations and
/// public so a notebook can compare them with the naive formulas.
/// </summary>
/// <remarks>
/// <para>Why not the runtime's: <c>double.ExpM1(x)</c> and <c>double.LogP1(x)</c> are computed as
/// <c>Math.Exp(x) - 1</c> and <c>Math.Log(x + 1)</c> (<c>double.ExpM1(1e-10)</c> = 1.00000008274e-10,
/// 8 correct digits), <c>float.ExpM1(1e-10f)</c> is 0, and MathNet's <c>SpecialFunctions.Erfc</c> loses
/// up to ~480 ULP for arguments above 20 because it evaluates <c>exp(-z*z)</c> with a rounded
/// <c>z*z</c>.</para>
/// <para>The functions here rely only on <see cref="Math.Exp"/>, <see cref="Math.Log(double)"/> and exact
/// operations (FMA, scaling by powers of 2), so results may differ between platforms only as much as
/// the platform's <c>exp</c> and <c>log</c> do.</para>
/// </remarks>
public static partial class StableMath
{
    /// <summary>ln 2 rounded to 32 significant bits: k·<see cref="Ln2Hi"/> is exact for |k| &lt; 2^21.</summary>
    internal const double Ln2Hi = 0.6931471803691238;

    /// <summary>ln 2 − <see cref="Ln2Hi"/>, rounded.</summary>
    internal const double Ln2Lo = 1.9082149292705877e-10;

    internal const double InvLn2 = 1.4426950408889634;
    internal const double Sqrt2 = 1.4142135623730951;
    internal const double InvSqrt2 = 0.7071067811865476;
    internal const double InvSqrtPi = 0.5641895835477563;
    internal const double TwoOverSqrtPi = 1.1283791670955126;
    internal const double InvSqrt2Pi = 0.3989422804014327;

    /// <summary>Evaluates c[0] + c[1]·t + c[2]·t² + … by Horner's rule.</summary>
    internal static double Horner(ReadOnlySpan<double> coefficients, double t)
    {
        double sum = coefficients[^1];
        for (int i = coefficients.Length - 2; i >= 0; i--)
        {
            sum = Math.FusedMultiplyAdd(sum, t, coefficients[i]);
        }

        return sum;
    }

    /// <summary>
    /// A derivative near its root x0 = rootHi + rootLo, where the terms of its formula cancel:
    /// f′(x0 + d) = d·P(d), P given by ascending coefficients. x − rootHi is exact near the root (Sterbenz),
    /// so d keeps its relative accuracy however close x is to x0.
    /// </summary>
    internal static double TimesOffsetFromRoot(double x, double rootHi, double rootLo, ReadOnlySpan<double> polynomial)
    {
        double d = (x - rootHi) - rootLo;
        return d * Horner(polynomial, d);
    }

    /// <summary>
    /// factor·e^v without losing accuracy when e^v is subnormal: below v = −708 (e^v &lt; 2^-1021) it is
    /// evaluated as (factor·e^(v/2))·e^(v/2), so the only rounding into the subnormal range is the last one
    /// and a factor above 1 does not magnify the coarse rounding of a subnormal e^v.
    /// </summary>
    internal static double MultiplyByExp(double factor, double v)
    {
        if (v >= -708)
        {
            return factor * Math.Exp(v);
        }

        double half = Math.Exp(0.5 * v);
        return factor * half * half;
    }

    /// <summary>
    /// factor·e^(−x²/2) with x² carried as an exact double-double (x² = h + l, l = fma(x, x, −h)), so
    /// the rounding of x² does not enter the exponent: e^(−(h+l)/2) = e^(−h/2)·(1 − l/2).
    /// Requires |x| &lt; 1e150 (x² finite).
    /// </summary>
    internal static double MultiplyByExpNegHalfSquare(double factor, double x)
    {
        double h = x * x;
        double l = Math.FusedMultiplyAdd(x, x, -h);
        double p = MultiplyByExp(factor, -0.5 * h);
        return p == 0 ? p : Math.FusedMultiplyAdd(-0.5 * l, p, p); // p == 0: keep its sign
    }

    /// <summary>factor·e^(−z²) with z² carried exactly, as <see cref="MultiplyByExpNegHalfSquare"/>.</summary>
    internal static double MultiplyByExpNegSquare(double factor, double z)
    {
        double h = z * z;
        double l = Math.FusedMultiplyAdd(z, z, -h);
        double p = MultiplyByExp(factor, -h);
        return p == 0 ? p : Math.FusedMultiplyAdd(-l, p, p);
    }
}
