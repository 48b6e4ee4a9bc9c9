namespace Activations;

public static partial class Activation
{
    /// <summary>Softmin: softmax of −x, destination[i] = e^(−x_i)/Σ_j e^(−x_j): the smallest input gets the largest share.</summary>
    /// <param name="x">The input vector.</param>
    /// <param name="destination">Receives the probabilities; may be the same memory as <paramref name="x"/>.</param>
    /// <remarks>
    /// Computed stably as softmax(−x) (the minimum is subtracted). Special values mirror softmax's:
    /// any NaN → all NaN; −∞ entries share the mass equally and the rest get 0; +∞ entries get 0;
    /// all entries +∞ → uniform 1/n.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void Softmin(ReadOnlySpan<double> x, Span<double> destination) =>
        SoftmaxCore(x, destination, negate: true, logarithm: false);

    /// <inheritdoc cref="Softmin(ReadOnlySpan{double}, Span{double})"/>
    public static void Softmin(ReadOnlySpan<float> x, Span<float> destination) =>
        SoftmaxCore(x, destination, negate: true, logarithm: false);

    internal static readonly ActivationInfo SoftminInfo = ActivationInfo.Vector(
        name: nameof(Softmin),
        family: ActivationFamily.Normalizing,
        description: "Softmax of the negated input: a probability distribution that favours the smallest entries.",
        reference: "PyTorch torch.nn.Softmin",
        latexValue: @"\frac{e^{-x_i}}{\sum_{j} e^{-x_j}}",
        latexDerivative: @"\frac{\partial s_i}{\partial x_j} = -s_i\,(\delta_{ij} - s_j), \quad s = \operatorname{softmin}(x)",
        range: new ActivationRange(0, 1, false, false, @"(0, 1), \ \textstyle\sum_i s_i = 1"),
        value: Softmin,
        valueSingle: Softmin);
}
