namespace Activations.Tests;

/// <summary>RReLU: the evaluation form (LeakyReLU with the mean slope) and the training form with the caller's
/// generator, which records the slopes it drew.</summary>
public class RReLUTests
{
    private const double Lower = 0.125, Upper = 1.0 / 3;

    [Fact]
    public void Evaluation_form_is_LeakyReLU_with_the_mean_slope()
    {
        double mean = (Lower + Upper) / 2; // 11/48, PyTorch's eval-mode negative slope
        Assert.Equal(11.0 / 48, mean, 1e-16);
        Assert.Equal(-mean, Activation.RReLU(-1.0));
        Assert.Equal(2.0, Activation.RReLU(2.0));
        Assert.Equal(mean, Activation.RReLUDerivative(0.0)); // the kink takes the negative side, as LeakyReLU
        Assert.Equal(1.0, Activation.RReLUDerivative(1e-300));
        foreach (double x in new[] { -1e300, -3.5, -1e-310, 0, 4.25, double.NegativeInfinity })
        {
            Assert.Equal(Activation.LeakyReLU(x, mean), Activation.RReLU(x));
            Assert.Equal(Activation.LeakyReLU(x, 0.5), Activation.RReLU(x, 0.25, 0.75));
        }
    }

    [Fact]
    public void Training_draws_one_slope_per_non_positive_input_from_the_callers_generator()
    {
        double[] x = [-1, 2, -0.5, 0, double.NaN, -3, 4, double.NegativeInfinity];
        var y = new double[x.Length];
        var slopes = new double[x.Length];
        Activation.RReLUTraining(x, y, slopes, new Random(42));

        var replay = new Random(42);
        for (int i = 0; i < x.Length; i++)
        {
            bool drawn = x[i] <= 0; // NaN and positives: slope 1, no draw (PyTorch: input <= 0)
            double expectedSlope = drawn ? Lower + (Upper - Lower) * replay.NextDouble() : 1.0;
            Assert.Equal(expectedSlope, slopes[i]);
            Assert.InRange(slopes[i], drawn ? Lower : 1, drawn ? Upper : 1);
            Assert.Equal(drawn ? x[i] * slopes[i] : x[i], y[i]);
        }

        // The same seed gives the same slopes; the scalar form makes the same draws.
        var again = new double[x.Length];
        Activation.RReLUTraining(x, again, new double[x.Length], new Random(42));
        Assert.Equal(y, again);
        var scalarRandom = new Random(42);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(y[i], Activation.RReLUTraining(x[i], scalarRandom, out double slope));
            Assert.Equal(slopes[i], slope);
        }
    }

    [Fact]
    public void The_recorded_slopes_are_the_derivative_and_average_to_the_evaluation_slope()
    {
        double[] x = [.. Enumerable.Range(0, 20000).Select(i => -1.0 - i % 7)];
        var y = new double[x.Length];
        var slopes = new double[x.Length];
        Activation.RReLUTraining(x, y, slopes, new Random(7), 0.2, 0.6);
        Assert.Equal(0.4, slopes.Average(), 0.005); // the mean of U[0.2, 0.6]; σ/√n ≈ 0.0008
        Assert.True(slopes.Min() >= 0.2 && slopes.Max() <= 0.6);
        // With the slope held fixed, a finite difference of a·x in x is a: the slope is dy/dx.
        for (int i = 0; i < 5; i++)
        {
            const double h = 1e-6;
            Assert.Equal(slopes[i], (slopes[i] * (x[i] + h) - slopes[i] * (x[i] - h)) / (2 * h), 1e-8);
        }

        // float: destination = x·slope in float arithmetic, bit for bit.
        float[] xf = [-1.5f, 2f, -0.1f, -7f];
        var yf = new float[4];
        var sf = new float[4];
        Activation.RReLUTraining(xf, yf, sf, new Random(3));
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(xf[i] <= 0 ? xf[i] * sf[i] : xf[i], yf[i]);
        }
    }

    [Fact]
    public void Extreme_finite_bounds_give_finite_slopes_and_no_NaN()
    {
        double[] x = [-1, -0.5, -2, -1e-300];
        var y = new double[4];
        var slopes = new double[4];
        Activation.RReLUTraining(x, y, slopes, new Random(5), -double.MaxValue, double.MaxValue);
        Assert.All(slopes, s => Assert.True(double.IsFinite(s)));
        Assert.All(y, v => Assert.False(double.IsNaN(v)));
        Assert.Equal(0.0, Activation.RReLU(-1.0, -double.MaxValue, double.MaxValue)); // mean slope 0
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        double[] x = [-1, 1];
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.RReLU(1.0, 0.5, 0.25)).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.RReLU(1.0, double.NaN)).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.RReLUDerivative(1f, 0f, float.PositiveInfinity)).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => ActivationCatalog.Get("RReLU").Bind(1, 0)).ParamName);
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => Activation.RReLUTraining(x, new double[2], new double[2], null!)).ParamName);
        Assert.Equal("slopes", Assert.Throws<ArgumentException>(() => Activation.RReLUTraining(x, new double[2], new double[1], new Random(1))).ParamName);
        Assert.Equal("slopes", Assert.Throws<ArgumentException>(() => Activation.RReLUTraining(x, new double[2], x, new Random(1))).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Activation.RReLUTraining(x, new double[1], new double[2], new Random(1))).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.RReLUTraining(x, new double[2], new double[2], new Random(1), 1, 0)).ParamName);
    }
}
