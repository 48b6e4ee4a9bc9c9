using Activations.Tests.Support;
using CsCheck;

namespace Activations.Tests;

/// <summary>Softmax, log-softmax, softmin and the softmax Jacobian: stability, accuracy, special values.</summary>
public class SoftmaxTests
{
    private const int Iterations = 1000;

    private static double[] Softmax(double[] x)
    {
        var s = new double[x.Length];
        Activation.Softmax(x, s);
        return s;
    }

    [Fact]
    public void Any_vector_of_finite_values_gives_finite_probabilities_that_sum_to_one()
    {
        Generators.FiniteVector.Sample(x =>
        {
            double[] s = Softmax(x);
            Assert.All(s, v => Assert.True(v >= 0 && v <= 1, $"{v:R}"));
            double sum = s.Sum();
            Assert.True(Math.Abs(sum - 1) <= (x.Length + 4) * 1.2e-16, $"sum {sum:R} for {x.Length} entries");
        }, iter: Iterations);
    }

    [Fact]
    public void Softmax_preserves_the_order_of_the_inputs()
    {
        Generators.FiniteVector.Sample(x =>
        {
            double[] s = Softmax(x);
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; j < x.Length; j++)
                {
                    if (x[i] < x[j])
                    {
                        Assert.True(s[i] <= s[j]);
                    }
                    else if (x[i] == x[j])
                    {
                        Assert.Equal(s[i], s[j]);
                    }
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Softmax_is_invariant_under_adding_a_constant()
    {
        Gen.Select(Gen.Double[-30, 30].Array[1, 10], Gen.Double[-1000, 1000]).Sample((x, c) =>
        {
            double[] s = Softmax(x);
            double[] shifted = Softmax(x.Select(v => v + c).ToArray());
            for (int i = 0; i < x.Length; i++)
            {
                // x + c is rounded (error up to ulp(c)/2 ≈ 1e-13), which moves s_i by that much relative.
                Assert.Equal(s[i], shifted[i], 1e-12 * s[i] + 1e-300);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Softmax_of_float_input_is_the_double_softmax_rounded()
    {
        Gen.Float[-100, 100].Array[1, 10].Sample(x =>
        {
            var f = new float[x.Length];
            Activation.Softmax(x, f);
            double[] d = Softmax(x.Select(v => (double)v).ToArray());
            for (int i = 0; i < x.Length; i++)
            {
                Assert.True(Ulp.Distance((float)d[i], f[i]) <= 1, $"{f[i]:R} vs {d[i]:R}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Softmin_is_softmax_of_minus_x()
    {
        Generators.FiniteVector.Sample(x =>
        {
            var softmin = new double[x.Length];
            Activation.Softmin(x, softmin);
            Assert.Equal(Softmax(x.Select(v => -v).ToArray()), softmin);
        }, iter: Iterations);
    }

    [Fact]
    public void Exp_of_LogSoftmax_is_Softmax_and_LogSoftmax_is_never_minus_infinity_for_finite_input()
    {
        Generators.FiniteVector.Sample(x =>
        {
            var log = new double[x.Length];
            Activation.LogSoftmax(x, log);
            double[] s = Softmax(x);
            for (int i = 0; i < x.Length; i++)
            {
                Assert.True(log[i] <= 0 && double.IsFinite(log[i]) || double.IsNegativeInfinity(log[i]) && x[i] - x.Max() == double.NegativeInfinity,
                    $"log-softmax {log[i]:R}");
                if (double.IsNegativeInfinity(log[i]))
                {
                    Assert.Equal(0.0, s[i]);
                    continue;
                }

                // exp amplifies the absolute error of log[i] (≈ |log[i]|·ε) into a relative one.
                double tolerance = (Math.Abs(log[i]) + 4) * 2.3e-16 * s[i] + 1e-320;
                Assert.True(Math.Abs(Math.Exp(log[i]) - s[i]) <= tolerance, $"exp({log[i]:R}) vs {s[i]:R}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void LogSoftmax_keeps_entries_far_below_the_maximum_exactly()
    {
        var log = new double[2];
        Activation.LogSoftmax([0.0, -1000], log);
        Assert.Equal(0.0, log[0]);     // −ln(1 + e^-1000)
        Assert.Equal(-1000.0, log[1]); // −1000 − ln(1 + e^-1000)

        Activation.LogSoftmax([1010.0, 1000], log);
        // mpmath dps 50: -log1p(exp(-10)) = -4.539889921686465e-05
        Assert.True(Ulp.Distance(-4.539889921686465e-05, log[0]) <= 2, $"{log[0]:R}");
    }

    [Fact]
    public void Tiny_probabilities_keep_their_relative_accuracy()
    {
        // The rounding of x_i − max (here of 700.1 − 0) must not be amplified by exp.
        var s = new double[2];
        Activation.Softmax([0.0, -700.1], s);
        // mpmath dps 50: exp(-700.1)/(1 + exp(-700.1)) = 8.9214042665253e-305 (the double 700.1 is off by 2e-14)
        Assert.Equal(8.9214042665253e-305, s[1], 8.9214042665253e-305 * 1e-13);
    }

    [Fact]
    public void Special_values_follow_the_documented_rules()
    {
        double inf = double.PositiveInfinity;
        Assert.All(Softmax([1.0, double.NaN, 2]), v => Assert.True(double.IsNaN(v)));
        Assert.Equal([0.5, 0, 0.5], Softmax([inf, 3, inf]));
        Assert.Equal([0.0, 1, 0], Softmax([-inf, 3, -inf]));
        Assert.Equal([0.25, 0.25, 0.25, 0.25], Softmax([-inf, -inf, -inf, -inf]));
        Assert.Equal([0.0, 1.0], Softmax([-inf, inf]));
        Assert.Equal([1.0], Softmax([1e308]));

        var log = new double[3];
        Activation.LogSoftmax([inf, 3, inf], log);
        Assert.Equal([-Math.Log(2), -inf, -Math.Log(2)], log);
        Activation.LogSoftmax([-inf, -inf, -inf], log);
        Assert.All(log, v => Assert.Equal(-Math.Log(3), v));

        var softmin = new double[3];
        Activation.Softmin([-inf, 0, -inf], softmin);
        Assert.Equal([0.5, 0, 0.5], softmin);
        Activation.Softmin([inf, inf, inf], softmin);
        Assert.All(softmin, v => Assert.Equal(1.0 / 3, v));
    }

    [Fact]
    public void Extreme_but_finite_inputs_do_not_overflow()
    {
        double[] s = Softmax([double.MaxValue, double.MinValue, 0]);
        Assert.Equal([1.0, 0, 0], s);
        var log = new double[2];
        Activation.LogSoftmax([double.MaxValue, double.MinValue], log);
        Assert.Equal(0.0, log[0]);
        Assert.Equal(double.NegativeInfinity, log[1]); // MinValue − MaxValue is below −MaxValue: −∞ is the rounded value
    }

    [Fact]
    public void Softmax_works_in_place_for_double_and_float()
    {
        double[] x = [1.0, 2, 3];
        double[] expected = Softmax(x);
        Activation.Softmax(x, x);
        Assert.Equal(expected, x);

        float[] xf = [1f, 2f, 3f];
        var expectedF = new float[3];
        Activation.LogSoftmax(xf, expectedF);
        Activation.LogSoftmax(xf, xf);
        Assert.Equal(expectedF, xf);
    }

    [Fact]
    public void The_Jacobian_is_s_i_times_delta_ij_minus_s_j_symmetric_with_rows_summing_to_zero()
    {
        Gen.Double[-20, 20].Array[1, 8].Sample(x =>
        {
            int n = x.Length;
            double[] s = Softmax(x);
            double[,] j = Activation.SoftmaxJacobian(x);
            for (int r = 0; r < n; r++)
            {
                double rowSum = 0;
                for (int c = 0; c < n; c++)
                {
                    double expected = s[r] * ((r == c ? 1 : 0) - s[c]);
                    Assert.Equal(expected, j[r, c], 4e-16 * Math.Abs(s[r]) + 1e-300);
                    Assert.Equal(j[r, c], j[c, r]);
                    rowSum += j[r, c];
                }

                Assert.Equal(0, rowSum, 1e-15);
            }
        }, iter: 300);
    }

    [Fact]
    public void The_Jacobian_matches_finite_differences_of_softmax()
    {
        double[] x = [0.3, -1.2, 2.5, 0.0];
        int n = x.Length;
        var jacobian = new double[n * n];
        Activation.SoftmaxJacobian(x, jacobian);
        const double h = 1e-5;
        for (int c = 0; c < n; c++)
        {
            double[] plus = (double[])x.Clone();
            double[] minus = (double[])x.Clone();
            plus[c] += h;
            minus[c] -= h;
            double[] sp = Softmax(plus);
            double[] sm = Softmax(minus);
            for (int r = 0; r < n; r++)
            {
                Assert.Equal((sp[r] - sm[r]) / (2 * h), jacobian[r * n + c], 1e-9);
            }
        }
    }

    [Fact]
    public void The_Jacobian_diagonal_keeps_relative_accuracy_when_one_probability_is_nearly_one()
    {
        double[,] j = Activation.SoftmaxJacobian([0.0, -40]);
        // s_0 = 1/(1 + e^-40), 1 − s_0 = σ(−40): J_00 = s_0(1 − s_0) = 4.248354255291589e-18 (mpmath dps 50),
        // where 1 − fl(s_0) would be 0.
        Assert.True(Ulp.Distance(4.248354255291589e-18, j[0, 0]) <= 4, $"{j[0, 0]:R}");
        Assert.Equal(-j[0, 0], j[0, 1]);
    }

    [Fact]
    public void The_Jacobian_of_an_empty_vector_is_empty()
    {
        Assert.Empty(Activation.SoftmaxJacobian([]));
        Activation.SoftmaxJacobian([], []);
    }
}
