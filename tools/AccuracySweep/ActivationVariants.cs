namespace Activations.Accuracy;

/// <summary>
/// Every element-wise function of <see cref="Activation"/>, with default parameters and with one non-default
/// parameter set for each parametrised function, matching the CSV files written by tools/reference/generate.py.
/// </summary>
public static class ActivationVariants
{
    /// <summary>All variants, in name order.</summary>
    public static IReadOnlyList<ActivationVariant> All { get; } = Create().OrderBy(v => v.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The variant of the given name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No variant has that name; the message lists the known names.</exception>
    public static ActivationVariant Get(string name) =>
        All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown activation '{name}'. Known: {string.Join(", ", All.Select(v => v.Name))}.", nameof(name));

    private static ActivationVariant V(string name,
        Func<double, double> value, Func<double, double> derivative,
        Func<float, float> valueSingle, Func<float, float> derivativeSingle,
        SpanFunction<double> valueSpan, SpanFunction<float> valueSpanSingle,
        Func<double, double>? valueAtSingleParameters = null, Func<double, double>? derivativeAtSingleParameters = null,
        double[]? parameters = null)
    {
        // The span derivatives exist only in the catalogue; it rounds the parameters to float for the float path.
        var bound = ActivationCatalog.Get(name.Split('(')[0]).Bind(parameters ?? []);
        return new(name, value, derivative, valueSingle, derivativeSingle, valueSpan, valueSpanSingle,
            bound.Derivative, bound.Derivative,
            valueAtSingleParameters ?? value, derivativeAtSingleParameters ?? derivative);
    }

    private static IEnumerable<ActivationVariant> Create() =>
    [
        V("Sigmoid", x => Activation.Sigmoid(x), x => Activation.SigmoidDerivative(x),
            x => Activation.Sigmoid(x), x => Activation.SigmoidDerivative(x),
            (x, d) => Activation.Sigmoid(x, d), (x, d) => Activation.Sigmoid(x, d)),
        V("Tanh", x => Activation.Tanh(x), x => Activation.TanhDerivative(x),
            x => Activation.Tanh(x), x => Activation.TanhDerivative(x),
            (x, d) => Activation.Tanh(x, d), (x, d) => Activation.Tanh(x, d)),
        V("ReLU", x => Activation.ReLU(x), x => Activation.ReLUDerivative(x),
            x => Activation.ReLU(x), x => Activation.ReLUDerivative(x),
            (x, d) => Activation.ReLU(x, d), (x, d) => Activation.ReLU(x, d)),
        // alpha = 0.01 is not a binary number: the float path works with 0.01f, so its reference does too.
        V("LeakyReLU", x => Activation.LeakyReLU(x), x => Activation.LeakyReLUDerivative(x),
            x => Activation.LeakyReLU(x), x => Activation.LeakyReLUDerivative(x),
            (x, d) => Activation.LeakyReLU(x, d), (x, d) => Activation.LeakyReLU(x, d),
            x => Activation.LeakyReLU(x, (double)0.01f), x => Activation.LeakyReLUDerivative(x, (double)0.01f)),
        V("LeakyReLU(alpha=0.2)", x => Activation.LeakyReLU(x, 0.2), x => Activation.LeakyReLUDerivative(x, 0.2),
            x => Activation.LeakyReLU(x, 0.2f), x => Activation.LeakyReLUDerivative(x, 0.2f),
            (x, d) => Activation.LeakyReLU(x, d, 0.2), (x, d) => Activation.LeakyReLU(x, d, 0.2f),
            x => Activation.LeakyReLU(x, (double)0.2f), x => Activation.LeakyReLUDerivative(x, (double)0.2f), parameters: [0.2]),
        V("TanhShrink", x => Activation.TanhShrink(x), x => Activation.TanhShrinkDerivative(x),
            x => Activation.TanhShrink(x), x => Activation.TanhShrinkDerivative(x),
            (x, d) => Activation.TanhShrink(x, d), (x, d) => Activation.TanhShrink(x, d)),
        V("Threshold", x => Activation.Threshold(x), x => Activation.ThresholdDerivative(x),
            x => Activation.Threshold(x), x => Activation.ThresholdDerivative(x),
            (x, d) => Activation.Threshold(x, d), (x, d) => Activation.Threshold(x, d)),
        V("Threshold(theta=1.5)", x => Activation.Threshold(x, 1.5), x => Activation.ThresholdDerivative(x, 1.5),
            x => Activation.Threshold(x, 1.5f), x => Activation.ThresholdDerivative(x, 1.5f),
            (x, d) => Activation.Threshold(x, d, 1.5), (x, d) => Activation.Threshold(x, d, 1.5f), parameters: [1.5]),
        V("ELU", x => Activation.ELU(x), x => Activation.ELUDerivative(x),
            x => Activation.ELU(x), x => Activation.ELUDerivative(x),
            (x, d) => Activation.ELU(x, d), (x, d) => Activation.ELU(x, d)),
        V("ELU(alpha=1.5)", x => Activation.ELU(x, 1.5), x => Activation.ELUDerivative(x, 1.5),
            x => Activation.ELU(x, 1.5f), x => Activation.ELUDerivative(x, 1.5f),
            (x, d) => Activation.ELU(x, d, 1.5), (x, d) => Activation.ELU(x, d, 1.5f), parameters: [1.5]),
        V("SELU", x => Activation.SELU(x), x => Activation.SELUDerivative(x),
            x => Activation.SELU(x), x => Activation.SELUDerivative(x),
            (x, d) => Activation.SELU(x, d), (x, d) => Activation.SELU(x, d)),
        V("CELU", x => Activation.CELU(x), x => Activation.CELUDerivative(x),
            x => Activation.CELU(x), x => Activation.CELUDerivative(x),
            (x, d) => Activation.CELU(x, d), (x, d) => Activation.CELU(x, d)),
        V("CELU(alpha=2)", x => Activation.CELU(x, 2.0), x => Activation.CELUDerivative(x, 2.0),
            x => Activation.CELU(x, 2f), x => Activation.CELUDerivative(x, 2f),
            (x, d) => Activation.CELU(x, d, 2.0), (x, d) => Activation.CELU(x, d, 2f), parameters: [2.0]),
        V("GELU", x => Activation.GELU(x), x => Activation.GELUDerivative(x),
            x => Activation.GELU(x), x => Activation.GELUDerivative(x),
            (x, d) => Activation.GELU(x, d), (x, d) => Activation.GELU(x, d)),
        V("GELUTanh", x => Activation.GELUTanh(x), x => Activation.GELUTanhDerivative(x),
            x => Activation.GELUTanh(x), x => Activation.GELUTanhDerivative(x),
            (x, d) => Activation.GELUTanh(x, d), (x, d) => Activation.GELUTanh(x, d)),
        V("SiLU", x => Activation.SiLU(x), x => Activation.SiLUDerivative(x),
            x => Activation.SiLU(x), x => Activation.SiLUDerivative(x),
            (x, d) => Activation.SiLU(x, d), (x, d) => Activation.SiLU(x, d)),
        V("Mish", x => Activation.Mish(x), x => Activation.MishDerivative(x),
            x => Activation.Mish(x), x => Activation.MishDerivative(x),
            (x, d) => Activation.Mish(x, d), (x, d) => Activation.Mish(x, d)),
        V("Softplus", x => Activation.Softplus(x), x => Activation.SoftplusDerivative(x),
            x => Activation.Softplus(x), x => Activation.SoftplusDerivative(x),
            (x, d) => Activation.Softplus(x, d), (x, d) => Activation.Softplus(x, d)),
        V("Softplus(beta=2,threshold=10)", x => Activation.Softplus(x, 2.0, 10.0), x => Activation.SoftplusDerivative(x, 2.0, 10.0),
            x => Activation.Softplus(x, 2f, 10f), x => Activation.SoftplusDerivative(x, 2f, 10f),
            (x, d) => Activation.Softplus(x, d, 2.0, 10.0), (x, d) => Activation.Softplus(x, d, 2f, 10f), parameters: [2.0, 10.0]),
        V("Softsign", x => Activation.Softsign(x), x => Activation.SoftsignDerivative(x),
            x => Activation.Softsign(x), x => Activation.SoftsignDerivative(x),
            (x, d) => Activation.Softsign(x, d), (x, d) => Activation.Softsign(x, d)),
        V("HardSigmoid", x => Activation.HardSigmoid(x), x => Activation.HardSigmoidDerivative(x),
            x => Activation.HardSigmoid(x), x => Activation.HardSigmoidDerivative(x),
            (x, d) => Activation.HardSigmoid(x, d), (x, d) => Activation.HardSigmoid(x, d)),
        V("HardSwish", x => Activation.HardSwish(x), x => Activation.HardSwishDerivative(x),
            x => Activation.HardSwish(x), x => Activation.HardSwishDerivative(x),
            (x, d) => Activation.HardSwish(x, d), (x, d) => Activation.HardSwish(x, d)),
        V("HardTanh", x => Activation.HardTanh(x), x => Activation.HardTanhDerivative(x),
            x => Activation.HardTanh(x), x => Activation.HardTanhDerivative(x),
            (x, d) => Activation.HardTanh(x, d), (x, d) => Activation.HardTanh(x, d)),
        V("HardTanh(min=-2,max=3)", x => Activation.HardTanh(x, -2.0, 3.0), x => Activation.HardTanhDerivative(x, -2.0, 3.0),
            x => Activation.HardTanh(x, -2f, 3f), x => Activation.HardTanhDerivative(x, -2f, 3f),
            (x, d) => Activation.HardTanh(x, d, -2.0, 3.0), (x, d) => Activation.HardTanh(x, d, -2f, 3f), parameters: [-2.0, 3.0]),
        V("ReLU6", x => Activation.ReLU6(x), x => Activation.ReLU6Derivative(x),
            x => Activation.ReLU6(x), x => Activation.ReLU6Derivative(x),
            (x, d) => Activation.ReLU6(x, d), (x, d) => Activation.ReLU6(x, d)),
        V("LogSigmoid", x => Activation.LogSigmoid(x), x => Activation.LogSigmoidDerivative(x),
            x => Activation.LogSigmoid(x), x => Activation.LogSigmoidDerivative(x),
            (x, d) => Activation.LogSigmoid(x, d), (x, d) => Activation.LogSigmoid(x, d)),
        V("HardShrink", x => Activation.HardShrink(x), x => Activation.HardShrinkDerivative(x),
            x => Activation.HardShrink(x), x => Activation.HardShrinkDerivative(x),
            (x, d) => Activation.HardShrink(x, d), (x, d) => Activation.HardShrink(x, d)),
        V("HardShrink(lambda=1.5)", x => Activation.HardShrink(x, 1.5), x => Activation.HardShrinkDerivative(x, 1.5),
            x => Activation.HardShrink(x, 1.5f), x => Activation.HardShrinkDerivative(x, 1.5f),
            (x, d) => Activation.HardShrink(x, d, 1.5), (x, d) => Activation.HardShrink(x, d, 1.5f), parameters: [1.5]),
        V("SoftShrink", x => Activation.SoftShrink(x), x => Activation.SoftShrinkDerivative(x),
            x => Activation.SoftShrink(x), x => Activation.SoftShrinkDerivative(x),
            (x, d) => Activation.SoftShrink(x, d), (x, d) => Activation.SoftShrink(x, d)),
        V("SoftShrink(lambda=1.5)", x => Activation.SoftShrink(x, 1.5), x => Activation.SoftShrinkDerivative(x, 1.5),
            x => Activation.SoftShrink(x, 1.5f), x => Activation.SoftShrinkDerivative(x, 1.5f),
            (x, d) => Activation.SoftShrink(x, d, 1.5), (x, d) => Activation.SoftShrink(x, d, 1.5f), parameters: [1.5]),
    ];
}
