using Activations.Tests.Support;
using CsCheck;

namespace Activations.Tests;

/// <summary>PyTorch's threshold, y = x if x &gt; threshold else value, beside the articles' step Threshold.</summary>
public class ThresholdReplaceTests
{
    [Fact]
    public void Values_and_derivatives_follow_PyTorch()
    {
        Assert.Equal(2.0, Activation.ThresholdReplace(2.0, 1, 0));
        Assert.Equal(0.0, Activation.ThresholdReplace(1.0, 1, 0));      // not above: replaced
        Assert.Equal(20.0, Activation.ThresholdReplace(0.1, 0.1, 20));  // PyTorch's documentation example
        Assert.Equal(0.2, Activation.ThresholdReplace(0.2, 0.1, 20));
        Assert.Equal(-3.0, Activation.ThresholdReplace(double.NegativeInfinity, 1, -3));
        Assert.Equal(double.PositiveInfinity, Activation.ThresholdReplace(double.PositiveInfinity, 1, -3));
        Assert.True(double.IsNaN(Activation.ThresholdReplace(double.NaN, 1, 0)));    // ATen: x <= t ? v : x keeps NaN
        Assert.Equal(0.0, Activation.ThresholdReplaceDerivative(1.0, 1, 0));          // threshold_backward: x > t
        Assert.Equal(1.0, Activation.ThresholdReplaceDerivative(Math.BitIncrement(1.0), 1, 0));
        Assert.True(double.IsNaN(Activation.ThresholdReplaceDerivative(double.NaN, 1, 0)));
        Assert.Equal(-3f, Activation.ThresholdReplace(0.5f, 1f, -3f));
    }

    [Fact]
    public void With_threshold_and_value_0_it_is_ReLU_and_it_differs_from_the_step_function()
    {
        Generators.Double.Sample(x =>
        {
            Assert.Equal(Activation.ReLU(x), Activation.ThresholdReplace(x, 0, 0));
            Assert.Equal(Activation.ReLUDerivative(x), Activation.ThresholdReplaceDerivative(x, 0, 0));
        }, iter: 1000);
        Assert.Equal(1.0, Activation.Threshold(5.0));                 // the articles' step: 1 above θ
        Assert.Equal(5.0, Activation.ThresholdReplace(5.0, 0, 0));    // PyTorch's: x above the threshold
    }

    [Fact]
    public void Bad_parameters_are_named()
    {
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.ThresholdReplace(1.0, double.NaN, 0)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Activation.ThresholdReplace(1.0, 0, double.NegativeInfinity)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => ActivationCatalog.Get("ThresholdReplace").Bind(0, double.NaN)).ParamName);
    }
}
