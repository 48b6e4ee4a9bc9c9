using Activations.Tests.Support;
using CsCheck;

namespace Activations.Tests;

/// <summary>PReLU: the LeakyReLU function with a learnable slope, its slope derivative and gradient, and the
/// per-channel layout of PyTorch's nn.PReLU(num_parameters = C).</summary>
public class PReLUTests
{
    [Fact]
    public void Values_and_derivatives_follow_PyTorch()
    {
        Assert.Equal(-0.5, Activation.PReLU(-2.0));          // default slope 0.25 (PyTorch's init)
        Assert.Equal(3.0, Activation.PReLU(3.0));
        Assert.True(double.IsNegative(Activation.PReLU(-0.0))); // −0·a
        Assert.Equal(0.25, Activation.PReLUDerivative(0.0));   // prelu backward: x > 0 ? 1 : a
        Assert.Equal(1.0, Activation.PReLUDerivative(1e-300));
        Assert.Equal(3.0, Activation.PReLU(3.0, -0.25));        // x > 0: x, whatever the slope
        Assert.Equal(0.5, Activation.PReLU(-1.0, -0.5));       // a negative slope is allowed, as in PyTorch
        Assert.Equal(0.0, Activation.PReLU(double.NegativeInfinity, 0.0));
        Assert.Equal(double.NegativeInfinity, Activation.PReLU(double.NegativeInfinity));
        Assert.Equal(-0.5f, Activation.PReLU(-2f));
    }

    [Fact]
    public void It_is_LeakyReLU_bit_for_bit()
    {
        Generators.Double.Sample(x =>
        {
            Assert.Equal(Activation.LeakyReLU(x, 0.25), Activation.PReLU(x));
            Assert.Equal(Activation.LeakyReLUDerivative(x, 0.3), Activation.PReLUDerivative(x, 0.3));
        }, iter: 500);
    }

    [Fact]
    public void Slope_derivative_is_min_x_0_and_matches_a_finite_difference_in_the_slope()
    {
        Assert.Equal(-3.0, Activation.PReLUSlopeDerivative(-3.0));
        Assert.Equal(0.0, Activation.PReLUSlopeDerivative(2.0));
        Assert.Equal(double.NegativeInfinity, Activation.PReLUSlopeDerivative(double.NegativeInfinity));
        Assert.True(double.IsNaN(Activation.PReLUSlopeDerivative(double.NaN)));
        Assert.Equal(-3f, Activation.PReLUSlopeDerivative(-3f));
        foreach (double x in new[] { -7.5, -1, -0.001, 0.001, 2, 40 })
        {
            const double a = 0.3, h = 1e-4;
            double difference = (Activation.PReLU(x, a + h) - Activation.PReLU(x, a - h)) / (2 * h);
            Assert.Equal(difference, Activation.PReLUSlopeDerivative(x), 1e-9);
        }
    }

    [Fact]
    public void Per_channel_slopes_follow_the_N_C_S_layout()
    {
        // N = 2, C = 3, S = 2: element i uses slopes[(i / 2) % 3].
        double[] x = [-1, -2, -3, 4, -5, -6, -7, 8, -9, -10, -11, -12];
        double[] slopes = [0.1, 0.2, 0.3];
        var y = new double[12];
        var d = new double[12];
        Activation.PReLU(x, y, slopes, spatialSize: 2);
        Activation.PReLUDerivative(x, d, slopes, spatialSize: 2);
        for (int i = 0; i < x.Length; i++)
        {
            double slope = slopes[i / 2 % 3];
            Assert.Equal(Activation.PReLU(x[i], slope), y[i]);
            Assert.Equal(Activation.PReLUDerivative(x[i], slope), d[i]);
        }

        Assert.Equal(x.Select((v, i) => v > 0 ? v : slopes[i / 2 % 3] * v), y); // channel = (i / S) % C

        float[] xf = Array.ConvertAll(x, v => (float)v);
        float[] yf = new float[12];
        Activation.PReLU(xf, yf, [0.1f, 0.2f, 0.3f], 2);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(Activation.PReLU(xf[i], new[] { 0.1f, 0.2f, 0.3f }[i / 2 % 3]), yf[i]);
        }

        // One slope per element (N = 1, S = 1), in place, and long runs that take the vector path.
        double[] perElement = [.. x];
        double[] elementSlopes = [.. Enumerable.Range(0, 12).Select(i => i / 10.0)];
        Activation.PReLU(perElement, perElement, elementSlopes);
        Assert.Equal(x.Select((v, i) => Activation.PReLU(v, elementSlopes[i])), perElement);
        double[] big = [.. Enumerable.Range(0, 2 * 3 * 100).Select(i => Math.Sin(i) * 5)];
        var bigOut = new double[big.Length];
        Activation.PReLU(big, bigOut, slopes, 100);
        Assert.Equal(big.Select((v, i) => Activation.PReLU(v, slopes[i / 100 % 3])), bigOut);
    }

    [Fact]
    public void Slope_gradient_sums_the_upstream_gradient_per_channel()
    {
        double[] x = [-1, 2, -3, -4, 5, -6, 7, -8];
        double[] upstream = [1, 1, 2, 0.5, 3, -1, 1, 2];
        var gradient = new double[2];
        Activation.PReLUSlopeGradient(x, upstream, gradient, spatialSize: 2); // N = 2, C = 2, S = 2
        // channel 0: i = 0, 1, 4, 5 → 1·(−1) + 0 + 0 + (−1)·(−6) = 5; channel 1: i = 2, 3, 6, 7 → −6 − 2 + 0 − 16 = −24
        Assert.Equal([5.0, -24.0], gradient);

        var shared = new double[1];
        Activation.PReLUSlopeGradient(x, upstream, shared);
        Assert.Equal(-19.0, shared[0]);

        // Against a finite difference of the loss L(a) = Σ upstream_i·PReLU(x_i, a).
        const double a = 0.2, h = 1e-5;
        double Loss(double slope) => x.Select((v, i) => upstream[i] * Activation.PReLU(v, slope)).Sum();
        Assert.Equal((Loss(a + h) - Loss(a - h)) / (2 * h), shared[0], 1e-8);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        double[] x = new double[6];
        double[] y = new double[6];
        Assert.Equal("slope", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.PReLU(1.0, double.NaN)).ParamName);
        Assert.Equal("slope", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.PReLUDerivative(1f, float.PositiveInfinity)).ParamName);
        Assert.Equal("slope", Assert.Throws<ArgumentOutOfRangeException>(() => ActivationCatalog.Get("PReLU").Bind(double.NaN)).ParamName);
        Assert.Equal("slopes", Assert.Throws<ArgumentException>(() => Activation.PReLU(x, y, ReadOnlySpan<double>.Empty)).ParamName);
        Assert.Equal("slopes", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.PReLU(x, y, [0.1, double.NaN])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Activation.PReLU(x, y, [0.1, 0.2], spatialSize: 2)).ParamName);
        Assert.Equal("spatialSize", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.PReLU(x, y, [0.1], spatialSize: 0)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Activation.PReLU(x, new double[5], [0.1, 0.2])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Activation.PReLU(x.AsSpan(0, 4), x.AsSpan(1, 4), [0.1])).ParamName);
        Assert.Equal("upstream", Assert.Throws<ArgumentException>(() => Activation.PReLUSlopeGradient(x, new double[5], new double[1])).ParamName);
        Assert.Equal("slopeGradient", Assert.Throws<ArgumentException>(() => Activation.PReLUSlopeGradient(x, y, Span<double>.Empty)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Activation.PReLUSlopeGradient(x, y, new double[4])).ParamName);
    }
}
