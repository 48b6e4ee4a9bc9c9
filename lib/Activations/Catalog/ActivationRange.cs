using System.Globalization;

namespace Activations;

/// <summary>
/// The output range of an activation, as LaTeX and as numeric bounds.
/// </summary>
/// <param name="Lower">Greatest lower bound of the output, for the default parameters (may be −∞); a
/// decimal approximation of an irrational bound is rounded outwards.</param>
/// <param name="Upper">Least upper bound of the output, for the default parameters (may be +∞).</param>
/// <param name="LowerInclusive">Whether <paramref name="Lower"/> is attained in exact arithmetic.</param>
/// <param name="UpperInclusive">Whether <paramref name="Upper"/> is attained in exact arithmetic.</param>
/// <param name="Latex">The range in LaTeX, symbolic in the parameters (e.g. <c>(-\alpha, \infty)</c>).</param>
/// <remarks>
/// The bounds describe the mathematical function. In floating point a bound that is not attained
/// mathematically can still be returned: σ(−1000) rounds to 0 and σ(40) to 1. For a function of a vector
/// (softmax) the range is that of each component.
/// </remarks>
public sealed record ActivationRange(double Lower, double Upper, bool LowerInclusive, bool UpperInclusive, string Latex)
{
    /// <summary>The numeric range as plain text, e.g. <c>(0, 1)</c> or <c>[-0.375, ∞)</c>.</summary>
    public string Text =>
        (LowerInclusive ? "[" : "(") + Format(Lower) + ", " + Format(Upper) + (UpperInclusive ? "]" : ")");

    /// <summary>Whether the output has a finite lower bound (for the default parameters).</summary>
    public bool IsBoundedBelow => double.IsFinite(Lower);

    /// <summary>Whether the output has a finite upper bound (for the default parameters).</summary>
    public bool IsBoundedAbove => double.IsFinite(Upper);

    /// <summary>Whether <paramref name="value"/> lies in the closure [Lower, Upper] (what floating point can return).</summary>
    public bool ContainsInClosure(double value) => value >= Lower && value <= Upper;

    /// <summary>Whether the float <paramref name="value"/> lies in [Lower, Upper] with the bounds rounded outwards
    /// to float: a correctly rounded float result at the extreme (GELU's minimum) may lie just outside the
    /// double bounds.</summary>
    public bool ContainsInClosure(float value)
    {
        float lower = (float)Lower;
        float upper = (float)Upper;
        return value >= (lower > Lower ? MathF.BitDecrement(lower) : lower)
            && value <= (upper < Upper ? MathF.BitIncrement(upper) : upper);
    }

    private static string Format(double bound) => bound switch
    {
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "-∞",
        _ => bound.ToString("G6", CultureInfo.InvariantCulture),
    };
}
