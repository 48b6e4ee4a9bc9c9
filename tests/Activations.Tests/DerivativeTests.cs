using Activations.Tests.Support;

namespace Activations.Tests;

/// <summary>Every derivative against finite differences of its own function, and at the kinks the
/// documented (PyTorch) conventions.</summary>
public class DerivativeTests
{
    /// <summary>Smooth points: a grid over [-12, 12] plus points near 0 and in the tails, minus a
    /// neighbourhood of each kink (and of the Softplus threshold switch).</summary>
    private static IEnumerable<double> SmoothPoints(ElementwiseFunction f)
    {
        var points = new List<double>();
        for (double x = -12; x <= 12; x += 0.0625)
        {
            points.Add(x + 0.01);
        }

        points.AddRange([1e-6, -1e-6, 1e-3, -1e-3, 0.1, -0.1, -20.5, 20.5, -35, 35]);
        return points.Where(x => f.Kinks.All(k => Math.Abs(x - k) > 0.02));
    }

    /// <summary>Richardson-extrapolated central difference (error O(h⁴)).</summary>
    private static double FiniteDifference(Func<double, double> f, double x)
    {
        double h = 1e-3 * Math.Max(1, Math.Abs(x));
        double Central(double step) => (f(x + step) - f(x - step)) / (2 * step);
        return (4 * Central(h / 2) - Central(h)) / 3;
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Derivative_matches_a_finite_difference_of_the_value_at_smooth_points(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        foreach (double x in SmoothPoints(f))
        {
            double expected = FiniteDifference(f.Value, x);
            double actual = f.Derivative(x);
            // Truncation O(h⁴·f⁽⁵⁾) ≲ 1e-12 and rounding O(ε·|f|/h) of the difference quotient: ~1e-10
            // relative to the scale of f and f′ here.
            double tolerance = 1e-8 * (Math.Abs(expected) + Math.Abs(f.Value(x)) / Math.Max(1, Math.Abs(x))) + 1e-11;
            Assert.True(Math.Abs(actual - expected) <= tolerance,
                $"{f} at x = {x:R}: derivative {actual:R}, finite difference {expected:R}");
        }
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Float_derivative_is_the_double_derivative_to_within_one_float_ULP(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        foreach (double point in SmoothPoints(f).Concat(f.Kinks))
        {
            float x = (float)point;
            float expected = (float)f.Derivative(x); // the double derivative at the same (float) input
            float actual = f.DerivativeSingle(x);
            Assert.True(Ulp.Distance(expected, actual) <= 1, $"{f}′({x:R}): float {actual:R}, double {expected:R}");
        }
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Float_derivative_matches_a_finite_difference_of_the_float_value(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        foreach (double point in SmoothPoints(f).Where(x => Math.Abs(x) <= 12 && f.Kinks.All(k => Math.Abs(x - k) > 0.04 * Math.Max(1, Math.Abs(x)))))
        {
            float x = (float)point;
            // Richardson-extrapolated difference quotient of the float function, step 2^-6·max(1,|x|) (exact in
            // float): float rounding of f contributes ~1e-5·|f|, truncation ~h⁴·|f⁽⁵⁾|.
            float h = 0.015625f * Math.Max(1, MathF.Abs(x));
            double Central(float step) => ((double)f.ValueSingle(x + step) - f.ValueSingle(x - step)) / (2.0 * step);
            double expected = (4 * Central(h / 2) - Central(h)) / 3;
            double tolerance = 1e-3 * (Math.Abs(expected) + Math.Abs(f.Value(x)) + 0.01);
            Assert.True(Math.Abs(f.DerivativeSingle(x) - expected) <= tolerance,
                $"{f}′({x:R}): {f.DerivativeSingle(x):R}, finite difference {expected:R}");
        }
    }

    [Fact]
    public void Derivatives_at_kinks_follow_PyTorch()
    {
        Assert.Equal(0.0, Activation.ReLUDerivative(0.0));             // threshold_backward: x > 0
        Assert.Equal(0.01, Activation.LeakyReLUDerivative(0.0));       // leaky_relu_backward: x > 0 ? 1 : α
        Assert.Equal(0.3, Activation.LeakyReLUDerivative(0.0, 0.3));
        Assert.Equal(1.0, Activation.ELUDerivative(0.0));              // elu_backward: x ≤ 0 ? α·e^x
        Assert.Equal(0.5, Activation.ELUDerivative(0.0, 0.5));
        Assert.Equal(Activation.SeluScale * Activation.SeluAlpha, Activation.SELUDerivative(0.0), 1e-15);
        Assert.Equal(1.0, Activation.CELUDerivative(0.0, 3));          // continuous at 0
        Assert.Equal(0.0, Activation.ThresholdDerivative(0.0));        // undefined: 0, as autograd
        Assert.Equal(0.0, Activation.HardTanhDerivative(-1.0));        // hardtanh_backward: min < x < max
        Assert.Equal(0.0, Activation.HardTanhDerivative(1.0));
        Assert.Equal(1.0, Activation.HardTanhDerivative(0.999));
        Assert.Equal(0.0, Activation.ReLU6Derivative(0.0));
        Assert.Equal(0.0, Activation.ReLU6Derivative(6.0));
        Assert.Equal(0.0, Activation.HardSigmoidDerivative(-3.0));     // hardsigmoid_backward: -3 < x < 3
        Assert.Equal(0.0, Activation.HardSigmoidDerivative(3.0));
        Assert.Equal(1.0 / 6, Activation.HardSigmoidDerivative(2.999));
        Assert.Equal(-0.5, Activation.HardSwishDerivative(-3.0));      // hardswish_backward: x < -3 → 0, x ≤ 3 → x/3 + 1/2
        Assert.Equal(1.5, Activation.HardSwishDerivative(3.0));
        Assert.Equal(0.0, Activation.HardSwishDerivative(-3.0000001));
        Assert.Equal(1.0, Activation.HardSwishDerivative(3.0000001));
        Assert.Equal(0.0, Activation.HardShrinkDerivative(0.5));       // shrink_backward: 0 where -λ ≤ x ≤ λ
        Assert.Equal(0.0, Activation.SoftShrinkDerivative(-0.5));
        Assert.Equal(1.0, Activation.SoftShrinkDerivative(0.5000001));
        Assert.Equal(1.0, Activation.SoftplusDerivative(20.000001));   // softplus_backward: βx > threshold → 1
        Assert.Equal(Activation.Sigmoid(20.0), Activation.SoftplusDerivative(20.0));
    }

    [Fact]
    public void TanhShrink_derivative_is_tanh_squared_not_the_article_formula()
    {
        foreach (double x in new[] { -3.0, -0.5, 0.25, 2 })
        {
            double tanh = Math.Tanh(x);
            Assert.Equal(tanh * tanh, Activation.TanhShrinkDerivative(x), 1e-15);
            Assert.NotEqual(1 - tanh * tanh, Activation.TanhShrinkDerivative(x), 1e-3); // article 001 prints 1 − tanh²
        }
    }

    [Fact]
    public void Derivatives_at_infinity_are_the_limits()
    {
        Assert.Equal(0.0, Activation.SigmoidDerivative(double.PositiveInfinity));
        Assert.Equal(0.0, Activation.TanhDerivative(double.NegativeInfinity));
        Assert.Equal(1.0, Activation.TanhShrinkDerivative(double.NegativeInfinity));
        Assert.Equal(1.0, Activation.GELUDerivative(double.PositiveInfinity));
        Assert.Equal(0.0, Activation.GELUDerivative(double.NegativeInfinity));
        Assert.Equal(1.0, Activation.SiLUDerivative(double.PositiveInfinity));
        Assert.Equal(0.0, Activation.SiLUDerivative(double.NegativeInfinity));
        Assert.Equal(1.0, Activation.MishDerivative(double.PositiveInfinity));
        Assert.Equal(0.0, Activation.MishDerivative(double.NegativeInfinity));
        Assert.Equal(1.0, Activation.GELUTanhDerivative(double.PositiveInfinity));
        Assert.Equal(0.0, Activation.ELUDerivative(double.NegativeInfinity));
        Assert.Equal(0.0, Activation.SoftplusDerivative(double.NegativeInfinity));
        Assert.Equal(0.0, Activation.SoftsignDerivative(double.PositiveInfinity));
        Assert.Equal(1.0, Activation.LogSigmoidDerivative(double.NegativeInfinity));
    }
}
