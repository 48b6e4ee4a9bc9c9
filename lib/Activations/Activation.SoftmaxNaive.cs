using System.Numerics;

namespace Activations;

public static partial class Activation
{
    /// <summary>
    /// The textbook softmax e^(x_i)/Σ_j e^(x_j), evaluated literally in the element type: kept on purpose
    /// to show why <see cref="Softmax(ReadOnlySpan{double}, Span{double})"/> subtracts the maximum.
    /// </summary>
    /// <param name="x">The input vector.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <remarks>
    /// e^x overflows to +∞ above x ≈ 709.78 in double (88.72 in float), and then ∞/∞ = NaN: article 000's
    /// [1010, 1000, 990] gives [NaN, NaN, NaN]. Below x ≈ −745 (−103.9 in float) every term underflows
    /// and 0/0 = NaN as well. For moderate inputs it agrees with the stable softmax to a few ULP.
    /// It is a demonstration, not an activation to use, so <see cref="ActivationCatalog"/> does not list it.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void SoftmaxNaive(ReadOnlySpan<double> x, Span<double> destination) =>
        SoftmaxNaiveCore(x, destination);

    /// <inheritdoc cref="SoftmaxNaive(ReadOnlySpan{double}, Span{double})"/>
    public static void SoftmaxNaive(ReadOnlySpan<float> x, Span<float> destination) =>
        SoftmaxNaiveCore(x, destination);

    private static void SoftmaxNaiveCore<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, destination.Length);
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        T sum = T.Zero;
        foreach (T value in x)
        {
            sum += T.Exp(value);
        }

        for (int i = 0; i < x.Length; i++)
        {
            destination[i] = T.Exp(x[i]) / sum;
        }
    }
}
