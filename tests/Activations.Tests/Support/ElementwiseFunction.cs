using Activations;

namespace Activations.Tests.Support;

/// <summary>A span function of the shape of the library's span methods.</summary>
public delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>
/// One element-wise activation with fixed parameters, through every public entry point: scalar and span,
/// double and float, value and derivative. Built from direct calls, independently of the catalogue.
/// </summary>
public sealed record ElementwiseFunction(
    string Name,
    string Parameters,
    Func<double, double> Value,
    Func<float, float> ValueSingle,
    SpanFunction<double> Span,
    SpanFunction<float> SpanSingle,
    Func<double, double> Derivative,
    Func<float, float> DerivativeSingle,
    double[] Kinks)
{
    public override string ToString() => Parameters.Length == 0 ? Name : $"{Name}({Parameters})";
}

/// <summary>The table of every element-wise activation, with default and with other parameters.</summary>
public static class ElementwiseFunctions
{
    /// <summary>Every element-wise activation with its default parameters (names match the catalogue).</summary>
    public static readonly ElementwiseFunction[] Defaults =
    [
        new("Sigmoid", "", Activation.Sigmoid, Activation.Sigmoid, Activation.Sigmoid, Activation.Sigmoid,
            Activation.SigmoidDerivative, Activation.SigmoidDerivative, []),
        new("Tanh", "", Activation.Tanh, Activation.Tanh, Activation.Tanh, Activation.Tanh,
            Activation.TanhDerivative, Activation.TanhDerivative, []),
        new("ReLU", "", Activation.ReLU, Activation.ReLU, Activation.ReLU, Activation.ReLU,
            Activation.ReLUDerivative, Activation.ReLUDerivative, [0]),
        new("LeakyReLU", "", x => Activation.LeakyReLU(x), x => Activation.LeakyReLU(x),
            (x, d) => Activation.LeakyReLU(x, d), (x, d) => Activation.LeakyReLU(x, d),
            x => Activation.LeakyReLUDerivative(x), x => Activation.LeakyReLUDerivative(x), [0]),
        new("TanhShrink", "", Activation.TanhShrink, Activation.TanhShrink, Activation.TanhShrink, Activation.TanhShrink,
            Activation.TanhShrinkDerivative, Activation.TanhShrinkDerivative, []),
        new("Threshold", "", x => Activation.Threshold(x), x => Activation.Threshold(x),
            (x, d) => Activation.Threshold(x, d), (x, d) => Activation.Threshold(x, d),
            x => Activation.ThresholdDerivative(x), x => Activation.ThresholdDerivative(x), [0]),
        new("ELU", "", x => Activation.ELU(x), x => Activation.ELU(x),
            (x, d) => Activation.ELU(x, d), (x, d) => Activation.ELU(x, d),
            x => Activation.ELUDerivative(x), x => Activation.ELUDerivative(x), [0]),
        new("SELU", "", Activation.SELU, Activation.SELU, Activation.SELU, Activation.SELU,
            Activation.SELUDerivative, Activation.SELUDerivative, [0]),
        new("CELU", "", x => Activation.CELU(x), x => Activation.CELU(x),
            (x, d) => Activation.CELU(x, d), (x, d) => Activation.CELU(x, d),
            x => Activation.CELUDerivative(x), x => Activation.CELUDerivative(x), [0]),
        new("GELU", "", Activation.GELU, Activation.GELU, Activation.GELU, Activation.GELU,
            Activation.GELUDerivative, Activation.GELUDerivative, []),
        new("GELUTanh", "", Activation.GELUTanh, Activation.GELUTanh, Activation.GELUTanh, Activation.GELUTanh,
            Activation.GELUTanhDerivative, Activation.GELUTanhDerivative, []),
        new("SiLU", "", Activation.SiLU, Activation.SiLU, Activation.SiLU, Activation.SiLU,
            Activation.SiLUDerivative, Activation.SiLUDerivative, []),
        new("Mish", "", Activation.Mish, Activation.Mish, Activation.Mish, Activation.Mish,
            Activation.MishDerivative, Activation.MishDerivative, []),
        new("Softplus", "", x => Activation.Softplus(x), x => Activation.Softplus(x),
            (x, d) => Activation.Softplus(x, d), (x, d) => Activation.Softplus(x, d),
            x => Activation.SoftplusDerivative(x), x => Activation.SoftplusDerivative(x), [20]),
        new("Softsign", "", Activation.Softsign, Activation.Softsign, Activation.Softsign, Activation.Softsign,
            Activation.SoftsignDerivative, Activation.SoftsignDerivative, [0]),
        new("HardSigmoid", "", Activation.HardSigmoid, Activation.HardSigmoid, Activation.HardSigmoid, Activation.HardSigmoid,
            Activation.HardSigmoidDerivative, Activation.HardSigmoidDerivative, [-3, 3]),
        new("HardSwish", "", Activation.HardSwish, Activation.HardSwish, Activation.HardSwish, Activation.HardSwish,
            Activation.HardSwishDerivative, Activation.HardSwishDerivative, [-3, 3]),
        new("HardTanh", "", x => Activation.HardTanh(x), x => Activation.HardTanh(x),
            (x, d) => Activation.HardTanh(x, d), (x, d) => Activation.HardTanh(x, d),
            x => Activation.HardTanhDerivative(x), x => Activation.HardTanhDerivative(x), [-1, 1]),
        new("ReLU6", "", Activation.ReLU6, Activation.ReLU6, Activation.ReLU6, Activation.ReLU6,
            Activation.ReLU6Derivative, Activation.ReLU6Derivative, [0, 6]),
        new("LogSigmoid", "", Activation.LogSigmoid, Activation.LogSigmoid, Activation.LogSigmoid, Activation.LogSigmoid,
            Activation.LogSigmoidDerivative, Activation.LogSigmoidDerivative, []),
        new("HardShrink", "", x => Activation.HardShrink(x), x => Activation.HardShrink(x),
            (x, d) => Activation.HardShrink(x, d), (x, d) => Activation.HardShrink(x, d),
            x => Activation.HardShrinkDerivative(x), x => Activation.HardShrinkDerivative(x), [-0.5, 0.5]),
        new("SoftShrink", "", x => Activation.SoftShrink(x), x => Activation.SoftShrink(x),
            (x, d) => Activation.SoftShrink(x, d), (x, d) => Activation.SoftShrink(x, d),
            x => Activation.SoftShrinkDerivative(x), x => Activation.SoftShrinkDerivative(x), [-0.5, 0.5]),
        new("PReLU", "", x => Activation.PReLU(x), x => Activation.PReLU(x),
            (x, d) => Activation.PReLU(x, d), (x, d) => Activation.PReLU(x, d),
            x => Activation.PReLUDerivative(x), x => Activation.PReLUDerivative(x), [0]),
        new("RReLU", "", x => Activation.RReLU(x), x => Activation.RReLU(x),
            (x, d) => Activation.RReLU(x, d), (x, d) => Activation.RReLU(x, d),
            x => Activation.RReLUDerivative(x), x => Activation.RReLUDerivative(x), [0]),
        // PyTorch's nn.Threshold has no defaults: the catalogue's (threshold 1, value 0).
        new("ThresholdReplace", "", x => Activation.ThresholdReplace(x, 1, 0), x => Activation.ThresholdReplace(x, 1f, 0f),
            (x, d) => Activation.ThresholdReplace(x, d, 1, 0), (x, d) => Activation.ThresholdReplace(x, d, 1f, 0f),
            x => Activation.ThresholdReplaceDerivative(x, 1, 0), x => Activation.ThresholdReplaceDerivative(x, 1f, 0f), [1]),
    ];

    /// <summary>The parameterised activations with non-default parameters (the float ones rounded to float).</summary>
    public static readonly ElementwiseFunction[] WithParameters =
    [
        new("LeakyReLU", "alpha=0.2", x => Activation.LeakyReLU(x, 0.2), x => Activation.LeakyReLU(x, 0.2f),
            (x, d) => Activation.LeakyReLU(x, d, 0.2), (x, d) => Activation.LeakyReLU(x, d, 0.2f),
            x => Activation.LeakyReLUDerivative(x, 0.2), x => Activation.LeakyReLUDerivative(x, 0.2f), [0]),
        new("Threshold", "theta=0.5", x => Activation.Threshold(x, 0.5), x => Activation.Threshold(x, 0.5f),
            (x, d) => Activation.Threshold(x, d, 0.5), (x, d) => Activation.Threshold(x, d, 0.5f),
            x => Activation.ThresholdDerivative(x, 0.5), x => Activation.ThresholdDerivative(x, 0.5f), [0.5]),
        new("ELU", "alpha=0.5", x => Activation.ELU(x, 0.5), x => Activation.ELU(x, 0.5f),
            (x, d) => Activation.ELU(x, d, 0.5), (x, d) => Activation.ELU(x, d, 0.5f),
            x => Activation.ELUDerivative(x, 0.5), x => Activation.ELUDerivative(x, 0.5f), [0]),
        new("CELU", "alpha=2", x => Activation.CELU(x, 2), x => Activation.CELU(x, 2f),
            (x, d) => Activation.CELU(x, d, 2), (x, d) => Activation.CELU(x, d, 2f),
            x => Activation.CELUDerivative(x, 2), x => Activation.CELUDerivative(x, 2f), [0]),
        new("Softplus", "beta=2, threshold=10", x => Activation.Softplus(x, 2, 10), x => Activation.Softplus(x, 2f, 10f),
            (x, d) => Activation.Softplus(x, d, 2, 10), (x, d) => Activation.Softplus(x, d, 2f, 10f),
            x => Activation.SoftplusDerivative(x, 2, 10), x => Activation.SoftplusDerivative(x, 2f, 10f), [5]),
        new("HardTanh", "min=-2, max=3", x => Activation.HardTanh(x, -2, 3), x => Activation.HardTanh(x, -2f, 3f),
            (x, d) => Activation.HardTanh(x, d, -2, 3), (x, d) => Activation.HardTanh(x, d, -2f, 3f),
            x => Activation.HardTanhDerivative(x, -2, 3), x => Activation.HardTanhDerivative(x, -2f, 3f), [-2, 3]),
        new("HardShrink", "lambda=1", x => Activation.HardShrink(x, 1), x => Activation.HardShrink(x, 1f),
            (x, d) => Activation.HardShrink(x, d, 1), (x, d) => Activation.HardShrink(x, d, 1f),
            x => Activation.HardShrinkDerivative(x, 1), x => Activation.HardShrinkDerivative(x, 1f), [-1, 1]),
        new("SoftShrink", "lambda=1", x => Activation.SoftShrink(x, 1), x => Activation.SoftShrink(x, 1f),
            (x, d) => Activation.SoftShrink(x, d, 1), (x, d) => Activation.SoftShrink(x, d, 1f),
            x => Activation.SoftShrinkDerivative(x, 1), x => Activation.SoftShrinkDerivative(x, 1f), [-1, 1]),
        new("PReLU", "slope=-0.5", x => Activation.PReLU(x, -0.5), x => Activation.PReLU(x, -0.5f),
            (x, d) => Activation.PReLU(x, d, -0.5), (x, d) => Activation.PReLU(x, d, -0.5f),
            x => Activation.PReLUDerivative(x, -0.5), x => Activation.PReLUDerivative(x, -0.5f), [0]),
        new("RReLU", "lower=0.25, upper=0.75", x => Activation.RReLU(x, 0.25, 0.75), x => Activation.RReLU(x, 0.25f, 0.75f),
            (x, d) => Activation.RReLU(x, d, 0.25, 0.75), (x, d) => Activation.RReLU(x, d, 0.25f, 0.75f),
            x => Activation.RReLUDerivative(x, 0.25, 0.75), x => Activation.RReLUDerivative(x, 0.25f, 0.75f), [0]),
        new("ThresholdReplace", "threshold=-0.5, value=2.5", x => Activation.ThresholdReplace(x, -0.5, 2.5), x => Activation.ThresholdReplace(x, -0.5f, 2.5f),
            (x, d) => Activation.ThresholdReplace(x, d, -0.5, 2.5), (x, d) => Activation.ThresholdReplace(x, d, -0.5f, 2.5f),
            x => Activation.ThresholdReplaceDerivative(x, -0.5, 2.5), x => Activation.ThresholdReplaceDerivative(x, -0.5f, 2.5f), [-0.5]),
    ];

    public static IEnumerable<ElementwiseFunction> All => Defaults.Concat(WithParameters);

    public static ElementwiseFunction Get(string name) => Defaults.Single(f => f.Name == name);

    /// <summary>xunit member data: every function, default parameters and others.</summary>
    public static TheoryData<string> AllKeys()
    {
        var data = new TheoryData<string>();
        foreach (var f in All)
        {
            data.Add(f.ToString());
        }

        return data;
    }

    public static ElementwiseFunction ByKey(string key) => All.Single(f => f.ToString() == key);
}
