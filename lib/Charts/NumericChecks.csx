// NumericChecks.csx: the small numerical tools the notebooks use to check a formula, written once:
// a central difference (to check a derivative) and errors in ULP (to measure how far a result is
// from an exact reference).
//
// Load it after ActivationCharts.csx:
//     #load "../lib/Charts/NumericChecks.csx"
// It uses System only, so it compiles on its own.

using System;
using System.Globalization;

/// <summary>
/// The central difference (f(x + h) − f(x − h)) / 2h, an estimate of f′(x) with an error of order h²
/// (for a smooth f) plus the rounding of f divided by h.
/// </summary>
/// <exception cref="ArgumentException">f is null, or h is not positive and finite.</exception>
double CentralDifference(Func<double, double> f, double x, double h = 1e-5)
{
    if (f is null) throw new ArgumentException("The function to differentiate is missing.", nameof(f));
    if (!(h > 0) || double.IsInfinity(h)) throw new ArgumentException($"h must be positive and finite, got {h}.", nameof(h));
    return (f(x + h) - f(x - h)) / (2 * h);
}

/// <summary>
/// One ULP (unit in the last place) of a double: the gap between |value| and the next larger double,
/// 2^−52·|value| up to a factor of two, and 2^−1074 among the subnormals.
/// </summary>
double Ulp(double value) => Math.BitIncrement(Math.Abs(value)) - Math.Abs(value);

/// <summary>One float ULP: the gap between |value| and the next larger float (2^−149 among the subnormals).</summary>
float FloatUlp(float value) => MathF.BitIncrement(MathF.Abs(value)) - MathF.Abs(value);

/// <summary>
/// The float spacing at a double r: 2^(max(⌊log2 |r|⌋, −126) − 23). Used to express the error of a float
/// result in float ULPs of a double reference that need not be a float itself.
/// </summary>
double FloatUlpAt(double r) => Math.ScaleB(1.0, Math.Max(Math.ILogB(Math.Abs(r)), -126) - 23);

/// <summary>
/// The error of <paramref name="computed"/> in ULPs of the exact value hi + lo, where hi is the double
/// nearest to it and lo the rest: |(computed − hi) − lo| / ULP(hi). The first subtraction is exact when
/// computed is within a factor of two of hi, so errors well below one ULP can still be measured.
/// </summary>
double UlpError(double computed, double hi, double lo = 0) => Math.Abs((computed - hi) - lo) / Ulp(hi);

/// <summary>An error in ULPs as text: 1.2e+03, "NaN" or "∞".</summary>
string FormatUlps(double ulps) =>
    double.IsNaN(ulps) ? "NaN"
    : double.IsInfinity(ulps) ? "∞"
    : ulps.ToString("0.0e+00", CultureInfo.InvariantCulture);

/// <summary>
/// Prints one heading line "what   exact ≈ hi", then one line per method: its value and its error in ULPs
/// against the exact value hi + lo.
/// </summary>
void Compare(string what, (string Method, double Value)[] results, double hi, double lo = 0)
{
    Console.WriteLine($"{what}   exact ≈ {hi.ToString("R", CultureInfo.InvariantCulture)}");
    foreach (var (method, value) in results)
    {
        string shown = value.ToString("R", CultureInfo.InvariantCulture);
        Console.WriteLine($"    {method,-24} {shown,-26} error {FormatUlps(UlpError(value, hi, lo))} ULP");
    }
}
