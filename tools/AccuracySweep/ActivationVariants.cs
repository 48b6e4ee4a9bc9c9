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

    private static ActivationVariant V<TKernel>(string name, TKernel k, params double[] parameters)
        where TKernel : struct, IVariantKernel
    {
        // The span derivatives exist only in the catalogue; it rounds the parameters to float for the float path.
        var bound = ActivationCatalog.Get(name.Split('(')[0]).Bind(parameters);
        return new(name, k.Value, k.Derivative, k.ValueSingle, k.DerivativeSingle, k.ValueSpan, k.ValueSpanSingle,
            bound.Derivative, bound.Derivative, k.ValueAtSingleParameters, k.DerivativeAtSingleParameters, ScalarBlocks.Of(k));
    }

    // Default variants pass the library's default parameter values explicitly (the same call as omitting them).
    // alpha = 0.01 is not a binary number: the float path works with 0.01f, so its reference does too.
    private static IEnumerable<ActivationVariant> Create() =>
    [
        V("Sigmoid", new SigmoidKernel()),
        V("Tanh", new TanhKernel()),
        V("ReLU", new ReLUKernel()),
        V("LeakyReLU", new LeakyReLUKernel(0.01)),
        V("LeakyReLU(alpha=0.2)", new LeakyReLUKernel(0.2), 0.2),
        V("TanhShrink", new TanhShrinkKernel()),
        V("Threshold", new ThresholdKernel(0)),
        V("Threshold(theta=1.5)", new ThresholdKernel(1.5), 1.5),
        V("ELU", new ELUKernel(1)),
        V("ELU(alpha=1.5)", new ELUKernel(1.5), 1.5),
        V("SELU", new SELUKernel()),
        V("CELU", new CELUKernel(1)),
        V("CELU(alpha=2)", new CELUKernel(2), 2.0),
        V("GELU", new GELUKernel()),
        V("GELUTanh", new GELUTanhKernel()),
        V("SiLU", new SiLUKernel()),
        V("Mish", new MishKernel()),
        V("Softplus", new SoftplusKernel(1, 20)),
        V("Softplus(beta=2,threshold=10)", new SoftplusKernel(2, 10), 2.0, 10.0),
        V("Softsign", new SoftsignKernel()),
        V("HardSigmoid", new HardSigmoidKernel()),
        V("HardSwish", new HardSwishKernel()),
        V("HardTanh", new HardTanhKernel(-1, 1)),
        V("HardTanh(min=-2,max=3)", new HardTanhKernel(-2, 3), -2.0, 3.0),
        V("ReLU6", new ReLU6Kernel()),
        V("LogSigmoid", new LogSigmoidKernel()),
        V("HardShrink", new HardShrinkKernel(0.5)),
        V("HardShrink(lambda=1.5)", new HardShrinkKernel(1.5), 1.5),
        V("SoftShrink", new SoftShrinkKernel(0.5)),
        V("SoftShrink(lambda=1.5)", new SoftShrinkKernel(1.5), 1.5),
        V("PReLU", new PReLUKernel(0.25)),
        V("PReLU(slope=-0.5)", new PReLUKernel(-0.5), -0.5),
        V("RReLU", new RReLUKernel(0.125, 1.0 / 3)),
        V("RReLU(lower=0.25,upper=0.7)", new RReLUKernel(0.25, 0.7), 0.25, 0.7),
        // PyTorch's nn.Threshold has no defaults; the catalogue's are threshold 1, value 0.
        V("ThresholdReplace", new ThresholdReplaceKernel(1, 0), 1.0, 0.0),
        V("ThresholdReplace(threshold=-0.5,value=2.5)", new ThresholdReplaceKernel(-0.5, 2.5), -0.5, 2.5),
    ];
}
