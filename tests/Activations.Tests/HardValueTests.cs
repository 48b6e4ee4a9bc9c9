using Activations.Tests.Support;

namespace Activations.Tests;

/// <summary>
/// Values that naive formulas get wrong (overflow, cancellation, underflow), checked against references
/// computed with mpmath (python3-mpmath, the expression and precision in each comment).
/// The library's accuracy target is 4 ULP in double.
/// </summary>
public class HardValueTests
{
    private static void AssertUlp(double expected, double actual, int maxUlp = 4) =>
        Assert.True(Ulp.Distance(expected, actual) <= (ulong)maxUlp,
            $"expected {expected:R}, got {actual:R} ({Ulp.Distance(expected, actual)} ULP)");

    [Fact]
    public void Sigmoid_of_minus_40_keeps_its_relative_accuracy() =>
        AssertUlp(4.248354255291589e-18, Activation.Sigmoid(-40.0)); // mpmath dps 80: 1/(1+exp(40))

    [Fact]
    public void Sigmoid_derivative_at_minus_40_is_not_zero() =>
        AssertUlp(4.248354255291589e-18, Activation.SigmoidDerivative(-40.0)); // sig(-40)*sig(40)

    [Fact]
    public void Tanh_derivative_at_20_is_not_zero() =>
        AssertUlp(1.6993417021166355e-17, Activation.TanhDerivative(20.0)); // mpmath dps 80: sech(20)**2

    [Fact]
    public void TanhShrink_of_1e_minus_8_is_x_cubed_over_3_not_0()
    {
        // mpmath dps 120: 1e-8 - tanh(1e-8) = 3.3333333333333332e-25
        double actual = Activation.TanhShrink(1e-8);
        Assert.Equal(3.333333333333333e-25, actual, 3.333333333333333e-25 * 1e-12);
        AssertUlp(3.333333333333333e-25, actual, 1);
        AssertUlp(-3.333333333333333e-25, Activation.TanhShrink(-1e-8), 1);
    }

    [Fact]
    public void TanhShrink_of_1e_minus_4_is_correct_to_the_last_digit() =>
        AssertUlp(3.33333332e-13, Activation.TanhShrink(1e-4), 1); // mpmath dps 120: 1e-4 - tanh(1e-4) = 3.3333333200000001e-13

    [Fact]
    public void GELU_in_the_far_negative_tail_keeps_its_relative_accuracy()
    {
        AssertUlp(-2.1184613523340935e-298, Activation.GELU(-37.0)); // mpmath dps 80: -37*ncdf(-37)
        AssertUlp(-1.4332578593959695e-06, Activation.GELU(-5.0));   // -5*ncdf(-5)
    }

    [Fact]
    public void GELU_of_minus_40_underflows_to_negative_zero_as_the_exact_value_does()
    {
        // mpmath dps 80: -40*ncdf(-40) = -1.46e-348, below the smallest subnormal (4.9e-324).
        double actual = Activation.GELU(-40.0);
        Assert.Equal(0.0, actual);
        Assert.True(double.IsNegative(actual));
    }

    [Fact]
    public void GELU_derivative_in_the_tail_keeps_its_relative_accuracy() =>
        AssertUlp(-7.618400096464814e-22, Activation.GELUDerivative(-10.0)); // ncdf(-10) - 10*npdf(-10)

    [Fact]
    public void GELUTanh_in_the_tail_keeps_its_relative_accuracy() =>
        AssertUlp(-1.204092348209806e-37, Activation.GELUTanh(-10.0)); // -10*sig(sqrt(8/pi)*(-10)*(1+0.044715*100))

    [Fact]
    public void SiLU_and_Mish_with_subnormal_results_are_rounded_once()
    {
        // mpmath dps 80: -720/(1+exp(720)) and -720*tanh(log1p(exp(-720))), both -1.4632061777454911e-310
        AssertUlp(-1.46320617774547e-310, Activation.SiLU(-720.0), 1);
        AssertUlp(-1.46320617774547e-310, Activation.Mish(-720.0), 1);
    }

    [Fact]
    public void Derivatives_near_their_zeros_keep_their_relative_accuracy()
    {
        // mpmath dps 80 at the double nearest each root: sig(t)*(1+t*sig(-t)) and ncdf(t)+t*npdf(t)
        AssertUlp(-2.452007938935708e-17, Activation.SiLUDerivative(-1.2784645427610738));
        AssertUlp(-6.453751729367753e-18, Activation.GELUDerivative(-0.7517915246935645));
    }

    [Fact]
    public void Softplus_is_linear_above_the_threshold_and_exact_at_1000() =>
        Assert.Equal(1000.0, Activation.Softplus(1000.0));

    [Fact]
    public void Softplus_in_the_negative_tail_keeps_its_relative_accuracy()
    {
        AssertUlp(4.248354255291589e-18, Activation.Softplus(-40.0)); // log1p(exp(-40))
        Assert.Equal(0.0, Activation.Softplus(-1000.0));              // e^-1000 underflows
    }

    [Fact]
    public void LogSigmoid_does_not_overflow_and_keeps_tiny_values()
    {
        Assert.Equal(-1000.0, Activation.LogSigmoid(-1000.0));
        AssertUlp(-4.248354255291589e-18, Activation.LogSigmoid(40.0)); // -log1p(exp(-40))
    }

    [Fact]
    public void Saturating_functions_give_their_limits_without_NaN_at_plus_minus_1000()
    {
        Assert.Equal(0.0, Activation.Sigmoid(-1000.0));
        Assert.Equal(1.0, Activation.Sigmoid(1000.0));
        Assert.Equal(1.0, Activation.Tanh(1000.0));
        Assert.Equal(-1.0, Activation.Tanh(-1000.0));
        Assert.Equal(0.0, Activation.Mish(-1000.0)); // -1000*e^-1000 underflows to -0
        Assert.Equal(1000.0, Activation.Mish(1000.0));
        Assert.Equal(-0.0, Activation.SiLU(-1000.0));
    }

    [Fact]
    public void Exact_values_where_the_mathematics_is_exact()
    {
        Assert.Equal(0.0, Activation.Tanh(0.0));
        Assert.True(double.IsNegative(Activation.Tanh(-0.0)), "tanh(-0) = -0");
        Assert.Equal(0.5, Activation.Sigmoid(0.0));
        Assert.Equal(0.5, Activation.Sigmoid(-0.0));
        Assert.True(double.IsPositive(Activation.ReLU(-0.0)), "ReLU(-0) = +0");
        Assert.True(float.IsPositive(Activation.ReLU(-0f)), "ReLU(-0f) = +0");
        Assert.Equal(0.25, Activation.SigmoidDerivative(0.0));
        Assert.Equal(1.0, Activation.TanhDerivative(0.0));
        Assert.Equal(0.5, Activation.HardSigmoid(0.0));
        Assert.Equal(-0.375, Activation.HardSwish(-1.5));
        Assert.Equal(0.0, Activation.GELU(0.0));
        Assert.Equal(0.5, Activation.GELUDerivative(0.0));
        Assert.Equal(-Math.Log(2), Activation.LogSigmoid(0.0));
        Assert.Equal(0.0f, Activation.Tanh(0f)); // TensorPrimitives.Tanh(0f) is -5.96e-08
    }

    [Fact]
    public void ELU_SELU_and_CELU_keep_full_relative_accuracy_near_zero()
    {
        AssertUlp(-9.9999999995e-11, Activation.ELU(-1e-10), 1);        // expm1(-1e-10)
        AssertUlp(-9.9999999995e-11, Activation.CELU(-1e-10), 1);
        AssertUlp(-1.7580993407594719e-10, Activation.SELU(-1e-10), 2); // scale*alpha*expm1(-1e-10)
    }

    [Fact]
    public void Softsign_derivative_does_not_underflow_early() =>
        AssertUlp(1e-310, Activation.SoftsignDerivative(1e155), 1); // 1/(1+1e155)^2

    [Fact]
    public void Float_results_are_the_double_results_rounded()
    {
        Assert.Equal((float)4.248354255291589e-18, Activation.Sigmoid(-40f));
        Assert.Equal((float)3.333333333333333e-25, Activation.TanhShrink(1e-8f), 1e-31f);
        Assert.Equal(0.46211716f, Activation.Tanh(0.5f)); // mpmath: tanh(0.5) = 0.46211715726000976
    }
}
