namespace Activations;

/// <summary>
/// The <see cref="ActivationProperties"/> of every catalogue entry, in one table so that they can be read
/// (and reviewed) side by side. <see cref="ActivationCatalog"/> refuses to start if an entry is missing here.
/// </summary>
/// <remarks>The claims are checked numerically for the element-wise entries by
/// <c>tests/Activations.Tests/CatalogPropertyTests.cs</c> (oddness, monotonicity, jumps of f and f′, f′ at ±10^6).</remarks>
internal static class ActivationGuide
{
    private const Saturation None = Saturation.None;
    private const Saturation Negative = Saturation.Negative;
    private const Saturation Positive = Saturation.Positive;
    private const Saturation Both = Saturation.Both;

    private static readonly Dictionary<string, ActivationProperties> Table = new(StringComparer.Ordinal)
    {
        // Saturating
        ["Sigmoid"] = new(false, true, true, Both,
            "Output layer of binary classifiers (with binary cross-entropy); gates of LSTMs, GRUs and GLU. " +
            "Rare in hidden layers: it saturates and is not zero-centred."),
        ["Tanh"] = new(true, true, true, Both,
            "Hidden state of RNNs and LSTMs; hidden layers of small MLPs; outputs that must lie in (−1, 1)."),
        ["Softsign"] = new(true, true, true, Both,
            "A tanh without exponentials that saturates more slowly; rare in practice."),
        ["HardSigmoid"] = new(false, true, false, Both,
            "Cheap gates on mobile hardware (MobileNetV3's squeeze-and-excitation blocks)."),
        ["HardTanh"] = new(true, true, false, Both,
            "Clipping to a range; quantised and binarised networks (straight-through estimators)."),
        ["LogSigmoid"] = new(false, true, true, Positive,
            "Log-probabilities for logistic losses (binary cross-entropy computed stably); not hidden layers."),

        // Rectifiers
        ["ReLU"] = new(false, true, false, Negative,
            "The default for hidden layers of CNNs and MLPs: cheap, no saturation for x > 0 (with He initialisation)."),
        ["LeakyReLU"] = new(false, true, false, None,
            "Hidden layers where units die with ReLU; GAN discriminators."),
        ["PReLU"] = new(false, true, false, None,
            "Hidden layers of CNNs with the negative slope learned (one per channel): image classification, super-resolution."),
        ["RReLU"] = new(false, true, false, None,
            "A regulariser: a random negative slope per element in training, its mean at inference."),
        ["ELU"] = new(false, true, true, Negative,
            "Hidden layers: smooth for α = 1, negative outputs push the mean activation towards 0."),
        ["CELU"] = new(false, true, true, Negative,
            "ELU re-parameterised to be continuously differentiable for every α."),
        ["SELU"] = new(false, true, false, Negative,
            "Self-normalising fully connected networks (LeCun-normal initialisation, AlphaDropout), no batch normalisation."),
        ["ReLU6"] = new(false, true, false, Both,
            "Mobile CNNs (MobileNetV1/V2): a bounded output suits low-precision arithmetic."),

        // Smooth rectifiers and self-gated functions
        ["GELU"] = new(false, false, true, Negative,
            "Transformers (BERT, GPT, ViT): the usual hidden-layer activation of attention models."),
        ["GELUTanh"] = new(false, false, true, Negative,
            "Transformers trained with the tanh approximation (GPT-2 and its descendants): keep what the model was trained with."),
        ["SiLU"] = new(false, false, true, Negative,
            "EfficientNet, YOLOv5+, diffusion U-Nets; the gate of SwiGLU in LLM feed-forward layers."),
        ["Mish"] = new(false, false, true, Negative,
            "Detection CNNs (YOLOv4); a SiLU alternative."),
        ["Softplus"] = new(false, true, true, Negative,
            "A smooth positive output: variances, rates and scales (the σ of a Gaussian output head)."),
        ["HardSwish"] = new(false, false, false, Negative,
            "Mobile CNNs (MobileNetV3): SiLU without exponentials."),

        // Step and shrinkage
        ["Threshold"] = new(false, true, false, Both,
            "The perceptron's step function, for teaching: its zero derivative means gradient descent cannot train it."),
        ["ThresholdReplace"] = new(false, true, false, Negative,
            "Replacing small activations by a constant (PyTorch's nn.Threshold); rare as a hidden-layer activation."),
        ["HardShrink"] = new(true, true, false, None,
            "Sparse coding and denoising (hard thresholding of coefficients); not hidden layers of standard networks."),
        ["SoftShrink"] = new(true, true, false, None,
            "Sparse coding and denoising: the proximal step of the L1 penalty (ISTA, LISTA, wavelet shrinkage)."),
        ["TanhShrink"] = new(true, true, true, None,
            "Rare: a smooth shrinkage, flat near 0 (x³/3)."),

        // Functions of a whole vector
        ["Softmax"] = new(false, null, true, Both,
            "Output layer of multi-class classifiers (with cross-entropy); attention weights in transformers."),
        ["LogSoftmax"] = new(false, null, true, Positive,
            "Output layer trained with the negative log-likelihood: cross-entropy without overflow or log(0)."),
        ["Softmin"] = new(false, null, true, Both,
            "Weights that favour the smallest inputs (soft selection of the nearest prototype or cheapest path)."),
        ["GLU"] = new(true, null, true, Both,
            "Gated convolutional language models; its variants (SwiGLU, GeGLU) are the feed-forward layers of " +
            "LLaMA- and PaLM-style transformers."),
    };

    /// <summary>The properties of the entry called <paramref name="name"/> (exact case).</summary>
    /// <exception cref="InvalidOperationException">The table has no row for it (a new activation file
    /// without its row here).</exception>
    public static ActivationProperties For(string name) =>
        Table.TryGetValue(name, out ActivationProperties? properties)
            ? properties
            : throw new InvalidOperationException($"ActivationGuide has no properties for '{name}': add its row.");

    /// <summary>The names the table describes.</summary>
    public static IEnumerable<string> Names => Table.Keys;
}
