using CsCheck;

namespace Activations.Tests.Support;

/// <summary>CsCheck generators that cover the whole floating-point line, not just [-10, 10].</summary>
public static class Generators
{
    /// <summary>Values where activations have thresholds, overflow, underflow or special rules.</summary>
    public static readonly double[] SpecialDoubles =
    [
        0.0, -0.0, double.Epsilon, -double.Epsilon, 1e-310, -1e-310, 2.2250738585072014e-308, -2.2250738585072014e-308,
        1e-300, -1e-300, 1e-8, -1e-8, 1e-4, -1e-4, 0.5, -0.5, 1, -1, 3, -3, 6, -6, 19, 20, -20, 22, 30, -30, 38.5, -38.5,
        40, -40, 700, -700, 709.78, 710, -710, 745.2, -745.2, 1000, -1000, 1e154, -1e154, 1e300, -1e300,
        double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
    ];

    /// <summary>Any double, with every binade equally likely (subnormals included), mixed with
    /// <see cref="SpecialDoubles"/> and moderate values.</summary>
    public static readonly Gen<double> Double = Gen.Frequency(
        (4, Gen.Select(Gen.Int[-1074, 1023], Gen.Double[1, 2], Gen.Bool,
            (exponent, mantissa, negative) => (negative ? -1 : 1) * Math.ScaleB(mantissa, exponent))),
        (3, Gen.Double[-50, 50]),
        (1, Gen.Double[-1000, 1000]),
        (2, Gen.OneOf(SpecialDoubles)));

    public static readonly Gen<double> FiniteDouble = Double.Where(double.IsFinite);

    public static readonly Gen<double> NonNaNDouble = Double.Where(x => !double.IsNaN(x));

    /// <summary>Any float, same mix as <see cref="Double"/> (the specials rounded to float).</summary>
    public static readonly Gen<float> Single = Gen.Frequency(
        (4, Gen.Select(Gen.Int[-149, 127], Gen.Float[1, 2], Gen.Bool,
            (exponent, mantissa, negative) => (negative ? -1 : 1) * MathF.ScaleB(mantissa, exponent))),
        (3, Gen.Float[-50, 50]),
        (2, Gen.OneOf(SpecialDoubles.Select(x => (float)x).Append(float.Epsilon).Append(-float.Epsilon).ToArray())));

    public static readonly Gen<float> NonNaNSingle = Single.Where(x => !float.IsNaN(x));

    /// <summary>Vectors of 1 to 12 finite values, some with a huge spread (up to ±1e308).</summary>
    public static readonly Gen<double[]> FiniteVector = Gen.Frequency(
        (3, Gen.Double[-30, 30].Array[1, 12]),
        (2, Gen.Double[-2000, 2000].Array[1, 12]),
        (1, FiniteDouble.Array[1, 12]));
}
