namespace Activations.Accuracy;

/// <summary>Fills <paramref name="reference"/>[i] with the double reference at <paramref name="x"/>[i].</summary>
public delegate void BlockReference(ReadOnlySpan<float> x, Span<double> reference);

/// <summary>
/// The scalar paths of one variant applied to a whole block with one delegate call: the loops are generic over
/// the variant's <see cref="IVariantKernel"/> struct, so each element is a direct (inlinable) library call.
/// </summary>
/// <param name="ValueReference">Double scalar f at float parameters, per element: the float sweep's value reference.</param>
/// <param name="DerivativeReference">Double scalar f′ at float parameters: the float sweep's derivative reference.</param>
/// <param name="ValueSingle">Float scalar f, per element.</param>
/// <param name="DerivativeSingle">Float scalar f′, per element.</param>
/// <param name="Value">Double scalar f, per element.</param>
/// <param name="Derivative">Double scalar f′, per element.</param>
public sealed record ScalarBlocks(
    BlockReference ValueReference,
    BlockReference DerivativeReference,
    SpanFunction<float> ValueSingle,
    SpanFunction<float> DerivativeSingle,
    SpanFunction<double> Value,
    SpanFunction<double> Derivative)
{
    /// <summary>The block forms of the scalar paths of <paramref name="kernel"/>.</summary>
    public static ScalarBlocks Of<TKernel>(TKernel kernel) where TKernel : struct, IVariantKernel => new(
        (x, r) => { for (int i = 0; i < x.Length; i++) r[i] = kernel.ValueAtSingleParameters(x[i]); },
        (x, r) => { for (int i = 0; i < x.Length; i++) r[i] = kernel.DerivativeAtSingleParameters(x[i]); },
        (x, y) => { for (int i = 0; i < x.Length; i++) y[i] = kernel.ValueSingle(x[i]); },
        (x, y) => { for (int i = 0; i < x.Length; i++) y[i] = kernel.DerivativeSingle(x[i]); },
        (x, y) => { for (int i = 0; i < x.Length; i++) y[i] = kernel.Value(x[i]); },
        (x, y) => { for (int i = 0; i < x.Length; i++) y[i] = kernel.Derivative(x[i]); });
}
