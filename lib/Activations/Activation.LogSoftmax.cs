namespace Activations;

public static partial class Activation
{
    /// <summary>Log-softmax: destination[i] = x_i − ln Σ_j e^(x_j) = (x_i − m) − ln Σ_j e^(x_j − m), m = max x.</summary>
    /// <param name="x">The input vector (logits).</param>
    /// <param name="destination">Receives the log-probabilities; may be the same memory as <paramref name="x"/>.</param>
    /// <remarks>
    /// <para>Never ln(0) for finite inputs: [1010, 1000, 990] gives [−4.54e-05, −10.0000454, −20.0000454]
    /// and [0, −1000] gives [0, −1000] (exactly −1000 − ln(1 + e^-1000)), where ln(softmax) would give −∞.
    /// The sum of the exponentials (between 1 and n) enters as log1p(S − 1), so outputs near 0 keep
    /// their relative accuracy.</para>
    /// <para>Special values: as <see cref="Softmax(ReadOnlySpan{double}, Span{double})"/>, in logarithms:
    /// any NaN → all NaN; k entries +∞ → −ln k for them and −∞ for the rest; −∞ entries → −∞;
    /// all entries −∞ → −ln n.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> destination) =>
        SoftmaxCore(x, destination, negate: false, logarithm: true);

    /// <inheritdoc cref="LogSoftmax(ReadOnlySpan{double}, Span{double})"/>
    public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> destination) =>
        SoftmaxCore(x, destination, negate: false, logarithm: true);

    internal static readonly ActivationInfo LogSoftmaxInfo = ActivationInfo.Vector(
        name: nameof(LogSoftmax),
        family: ActivationFamily.Normalizing,
        description: "The logarithm of softmax, computed directly (x − max − log Σ e^(x − max)) so it never " +
                     "takes log 0; the input of the negative log-likelihood loss.",
        reference: "PyTorch torch.nn.LogSoftmax",
        latexValue: @"x_i - \ln \sum_{j} e^{x_j} = (x_i - m) - \ln \sum_{j} e^{x_j - m}",
        latexDerivative: @"\frac{\partial}{\partial x_j} = \delta_{ij} - s_j, \quad s = \operatorname{softmax}(x)",
        range: new ActivationRange(double.NegativeInfinity, 0, false, false, @"(-\infty, 0)"),
        value: LogSoftmax,
        valueSingle: LogSoftmax);
}
