using Activations.Tests.Support;
using CsCheck;

namespace Activations.Tests;

/// <summary>GLU: a·σ(b) on the two halves of a vector, its partial derivatives, its special values.</summary>
public class GLUTests
{
    private static void AssertUlp(double expected, double actual, int maxUlp = 4) =>
        Assert.True(Ulp.Distance(expected, actual) <= (ulong)maxUlp,
            $"expected {expected:R}, got {actual:R} ({Ulp.Distance(expected, actual)} ULP)");

    [Fact]
    public void Hard_values_against_mpmath()
    {
        // mpmath, 300 bits: a/(1 + e^-b), σ(b), a·σ(b)·σ(−b)
        (double A, double B, double Value, double DA, double DB)[] cases =
        [
            (1, 0, 0.5, 0.5, 0.25),
            (2, 1, 1.4621171572600098, 0.7310585786300049, 0.3932238664829637),
            (-3, -2, -0.35760876606635267, 0.11920292202211756, -0.3149807562105196),
            (1e300, -800, 3.667874584177687e-48, 0.0, 3.667874584177687e-48),  // a·e^b, σ(b) underflows
            (1e-300, -30, 9.357622969e-314, 9.357622968839299e-14, 9.357622969e-314), // subnormal results
            (3, -745.5, 5e-324, 0.0, 5e-324),
            (1, -1e4, 0.0, 0.0, 0.0),
        ];
        foreach (var (a, b, value, da, db) in cases)
        {
            AssertUlp(value, Activation.GLU(a, b));
            (double actualDa, double actualDb) = Activation.GLUDerivative(a, b);
            AssertUlp(da, actualDa);
            AssertUlp(db, actualDb);
        }
    }

    [Fact]
    public void Span_form_splits_the_input_in_halves_and_matches_the_pairs_bit_for_bit()
    {
        double[] x = [1, -2, 3.5, 1e300, 0, 4, -1, -800];
        var y = new double[4];
        Activation.GLU(x, y);
        Assert.Equal([Activation.GLU(1.0, 0.0), Activation.GLU(-2.0, 4.0), Activation.GLU(3.5, -1.0), Activation.GLU(1e300, -800.0)], y);
        var partials = new double[8];
        Activation.GLUDerivative(x, partials);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(Activation.GLUDerivative(x[i], x[i + 4]), (partials[i], partials[i + 4]));
        }

        // in place: the results overwrite the first half; the partials overwrite the input
        double[] inPlace = [.. x];
        Activation.GLU(inPlace, inPlace);
        Assert.Equal(y, inPlace[..4]);
        inPlace = [.. x];
        Activation.GLUDerivative(inPlace, inPlace);
        Assert.Equal(partials, inPlace);

        float[] xf = Array.ConvertAll(x, v => (float)v);
        var yf = new float[4];
        Activation.GLU(xf, yf);
        Assert.Equal(xf.Take(4).Zip(xf.Skip(4), (a, b) => (float)Activation.GLU((double)a, (double)b)), yf);
        Assert.Empty(ActivationCatalog.Get("GLU").Values([]));
    }

    [Fact]
    public void GLU_of_x_and_x_is_SiLU()
    {
        foreach (double x in new[] { -30.0, -5, -1.28, -0.5, 1e-8, 0.75, 3, 40 })
        {
            AssertUlp(Activation.SiLU(x), Activation.GLU(x, x), 6); // two algorithms, a few ULP each
        }
    }

    [Fact]
    public void Partial_derivatives_match_finite_differences()
    {
        foreach (double a in new[] { -3.0, -0.2, 0.7, 5 })
        {
            foreach (double b in new[] { -12.0, -2, -0.1, 0, 0.3, 4, 15 })
            {
                const double h = 1e-5;
                double byA = (Activation.GLU(a + h, b) - Activation.GLU(a - h, b)) / (2 * h);
                double byB = (Activation.GLU(a, b + h) - Activation.GLU(a, b - h)) / (2 * h);
                (double da, double db) = Activation.GLUDerivative(a, b);
                Assert.Equal(byA, da, 1e-9);
                Assert.Equal(byB, db, 1e-9);
            }
        }
    }

    [Fact]
    public void No_NaN_for_non_NaN_pairs_and_the_documented_limits()
    {
        Gen.Select(Generators.NonNaNDouble, Generators.NonNaNDouble).Sample((a, b) =>
        {
            Assert.False(double.IsNaN(Activation.GLU(a, b)), $"GLU({a:R}, {b:R})");
            (double da, double db) = Activation.GLUDerivative(a, b);
            Assert.False(double.IsNaN(da) || double.IsNaN(db), $"GLU′({a:R}, {b:R})");
            Assert.True(double.IsFinite(Activation.GLU(a, b)) || double.IsInfinity(a), $"GLU({a:R}, {b:R}) overflows");
            Assert.True(Math.Abs(Activation.GLU(a, b)) <= Math.Abs(a));
            Assert.False(float.IsNaN(Activation.GLU((float)a, (float)b)));
        }, iter: 3000);

        Assert.Equal(double.PositiveInfinity, Activation.GLU(double.PositiveInfinity, -1000.0)); // the gate is open a little
        Assert.Equal(0.0, Activation.GLU(double.PositiveInfinity, double.NegativeInfinity));     // closed gate wins
        Assert.True(double.IsNegative(Activation.GLU(double.NegativeInfinity, double.NegativeInfinity)));
        Assert.Equal(-2.5, Activation.GLU(-2.5, double.PositiveInfinity));
        Assert.Equal((1.0, 0.0), Activation.GLUDerivative(double.PositiveInfinity, double.PositiveInfinity));
        Assert.Equal(double.NegativeInfinity, Activation.GLUDerivative(double.NegativeInfinity, 3.0).DB);
        Assert.True(double.IsNaN(Activation.GLU(double.NaN, 1.0)) && double.IsNaN(Activation.GLU(1.0, double.NaN)));
        Assert.True(double.IsNaN(Activation.GLUDerivative(double.NaN, 1.0).DA));
    }

    [Fact]
    public void Odd_lengths_and_short_or_overlapping_destinations_are_named()
    {
        double[] x = new double[6];
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Activation.GLU(new double[5], new double[5])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Activation.GLUDerivative(new float[3], new float[3])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Activation.GLU(x, new double[2])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Activation.GLUDerivative(x, new double[5])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Activation.GLU(x.AsSpan(0, 4), x.AsSpan(1, 2))).ParamName);
        Assert.Contains("even length", Assert.Throws<ArgumentException>(() => Activation.GLU(new double[5], new double[5])).Message);
    }
}
