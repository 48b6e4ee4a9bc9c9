namespace Activations.Accuracy;

/// <summary>A span overload of an element-wise function: <c>destination[i] = f(x[i])</c>.</summary>
public delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>
/// One element-wise activation with fixed parameters (defaults, or a named non-default set such as
/// <c>LeakyReLU(alpha=0.2)</c>), bound to every path of the library that computes it.
/// </summary>
/// <param name="Name">The name used by the reference CSV files (tools/reference/generate.py) and the reports.</param>
/// <param name="Value">Double scalar f.</param>
/// <param name="Derivative">Double scalar f′.</param>
/// <param name="ValueSingle">Float scalar f.</param>
/// <param name="DerivativeSingle">Float scalar f′.</param>
/// <param name="ValueSpan">Double span f.</param>
/// <param name="ValueSpanSingle">Float span f.</param>
/// <param name="DerivativeSpan">Double span f′ (through <see cref="ActivationCatalog"/>, which has the span derivatives).</param>
/// <param name="DerivativeSpanSingle">Float span f′ (through <see cref="ActivationCatalog"/>).</param>
/// <param name="ValueAtSingleParameters">
/// Double f with the parameters rounded to float (what the float path is asked to compute): the reference
/// of the float sweep. Equals <paramref name="Value"/> unless a parameter is not a float (alpha = 0.01).
/// </param>
/// <param name="DerivativeAtSingleParameters">Double f′ with the parameters rounded to float.</param>
/// <param name="Blocks">The scalar paths applied to whole blocks without a delegate call per element (what the sweeps use).</param>
public sealed record ActivationVariant(
    string Name,
    Func<double, double> Value,
    Func<double, double> Derivative,
    Func<float, float> ValueSingle,
    Func<float, float> DerivativeSingle,
    SpanFunction<double> ValueSpan,
    SpanFunction<float> ValueSpanSingle,
    SpanFunction<double> DerivativeSpan,
    SpanFunction<float> DerivativeSpanSingle,
    Func<double, double> ValueAtSingleParameters,
    Func<double, double> DerivativeAtSingleParameters,
    ScalarBlocks Blocks)
{
    /// <summary>The function name without a parameter list: <c>LeakyReLU</c> for <c>LeakyReLU(alpha=0.2)</c>.</summary>
    public string FunctionName => Name.Split('(')[0];

    /// <summary>True for the variant that uses the library's default parameters.</summary>
    public bool HasDefaultParameters => !Name.Contains('(');

    /// <inheritdoc />
    public override string ToString() => Name;
}
