using Activations.Tests.Support;

namespace Activations.Tests;

/// <summary>The numbers printed in the source articles (seeds 000 and 001).</summary>
public class ArticleExampleTests
{
    [Fact]
    public void Softmax_of_the_article_000_vector_matches_the_printed_values()
    {
        double[] x = [24.4, 30.5, 100.8, 10.1, 20.2, 8.9, 5.1];
        double[] printed = [6.60543742e-34, 2.94508560e-31, 1.0, 4.06902625e-40, 9.90523443e-36, 1.22556715e-40, 2.74168832e-42];
        var s = new double[x.Length];

        Activation.Softmax(x, s);

        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(printed[i], s[i], printed[i] * 1e-8); // printed with 9 significant digits
        }

        Assert.Equal(1.0, s.Sum(), 1e-15);
    }

    [Fact]
    public void Stable_softmax_of_1010_1000_990_matches_the_printed_values_and_sums_to_one()
    {
        double[] x = [1010, 1000, 990];
        double[] printed = [9.99954600e-01, 4.53978686e-05, 2.06106005e-09];
        var s = new double[3];

        Activation.Softmax(x, s);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(printed[i], s[i], printed[i] * 1e-8);
        }

        Assert.Equal(1.0, s.Sum(), 2e-16);
    }

    [Fact]
    public void Stable_softmax_of_1010_1000_990_equals_softmax_of_the_shifted_vector_0_minus10_minus20()
    {
        var shifted = new double[3];
        var original = new double[3];

        Activation.Softmax([0.0, -10, -20], shifted);
        Activation.Softmax([1010.0, 1000, 990], original);

        Assert.Equal(shifted, original); // the article's "a - c" step: exact, bit for bit
    }

    [Fact]
    public void Naive_softmax_of_1010_1000_990_is_NaN_as_in_the_article_for_double_and_float()
    {
        var s = new double[3];
        var f = new float[3];

        Activation.SoftmaxNaive([1010.0, 1000, 990], s);
        Activation.SoftmaxNaive([1010f, 1000f, 990f], f);

        Assert.All(s, v => Assert.True(double.IsNaN(v)));
        Assert.All(f, v => Assert.True(float.IsNaN(v)));
    }

    [Fact]
    public void Naive_softmax_overflows_in_float_already_at_100_where_the_stable_one_is_fine()
    {
        var naive = new float[2];
        var stable = new float[2];

        Activation.SoftmaxNaive([100f, 99f], naive); // e^100 > float.MaxValue
        Activation.Softmax([100f, 99f], stable);

        Assert.All(naive, v => Assert.True(float.IsNaN(v)));
        Assert.Equal(0.7310586f, stable[0]); // σ(1) = 0.73105857863…
        Assert.Equal(0.26894143f, stable[1]);
    }

    [Fact]
    public void Naive_softmax_agrees_with_the_stable_one_for_moderate_inputs()
    {
        double[] x = [24.4, 30.5, 100.8, 10.1, 20.2, 8.9, 5.1];
        var naive = new double[x.Length];
        var stable = new double[x.Length];

        Activation.SoftmaxNaive(x, naive);
        Activation.Softmax(x, stable);

        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(stable[i], naive[i], stable[i] * 1e-13);
        }
    }

    [Fact]
    public void TanhShrink_of_the_article_001_example_is_x_minus_tanh_x()
    {
        double[] x = [-2, -1, 0, 1, 2];
        // mpmath (dps 80): x - tanh(x) for x = -2, -1, 0, 1, 2
        double[] expected = [-1.035972419924183, -0.23840584404423512, 0, 0.23840584404423512, 1.035972419924183];
        var y = new double[5];

        Activation.TanhShrink(x, y);

        for (int i = 0; i < 5; i++)
        {
            Assert.True(Ulp.Distance(expected[i], y[i]) <= 1, $"TanhShrink({x[i]}) = {y[i]:R}, expected {expected[i]:R}");
        }
    }

    [Fact]
    public void Threshold_of_the_article_001_example_with_theta_one_half_is_0_0_0_1()
    {
        var y = new double[4];
        var f = new float[4];

        Activation.Threshold([-1.0, 0, 0.5, 1], y, theta: 0.5);
        Activation.Threshold([-1f, 0f, 0.5f, 1f], f, theta: 0.5f);

        Assert.Equal([0.0, 0, 0, 1], y);
        Assert.Equal([0f, 0, 0, 1], f);
    }

    [Fact]
    public void LeakyReLU_is_the_article_000_formula_max_of_x_and_p_times_x_for_slopes_in_0_to_1()
    {
        double[] slopes = [0, 0.01, 0.1, 0.5, 1];
        double[] xs = [-6, -1.5, -1e-300, 0, 1e-300, 0.1, 5.9, double.NegativeInfinity, double.PositiveInfinity];
        foreach (double p in slopes)
        {
            foreach (double x in xs)
            {
                double expected = p == 0 ? Math.Max(x, 0) : Math.Max(x, p * x);
                Assert.Equal(expected, Activation.LeakyReLU(x, p));
            }
        }
    }

    [Fact]
    public void ReLU_is_the_article_000_formula_max_of_0_and_x()
    {
        foreach (double x in new[] { -6, -0.1, 0, 0.1, 5.9 })
        {
            Assert.Equal(Math.Max(0, x), Activation.ReLU(x));
        }
    }

    [Fact]
    public void Tanh_is_a_rescaled_sigmoid_as_article_000_says_for_the_plotted_range()
    {
        for (double x = -6; x <= 6; x += 0.1)
        {
            Assert.Equal(Activation.Tanh(x), 2 * Activation.Sigmoid(2 * x) - 1, 4e-16);
        }
    }
}
