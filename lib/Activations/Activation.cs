namespace Activations;

/// <summary>Neural-network activation functions: values, derivatives and their descriptions.</summary>
/// <remarks>
/// <para>Each activation F lives in its own file <c>Activation.F.cs</c> with, for <see cref="double"/>
/// and <see cref="float"/>: the scalar <c>F(x, parameters…)</c>, the span form
/// <c>F(ReadOnlySpan x, Span destination, parameters…)</c> and the derivative <c>FDerivative(x, parameters…)</c>;
/// the functions of a whole vector (softmax and relatives) have the span form only. The same file declares
/// the activation's entry of <see cref="ActivationCatalog"/>.</para>
/// <para>Conventions shared by all of them:</para>
/// <list type="bullet">
/// <item>No NaN and no overflow for any non-NaN input; NaN in gives NaN out (derivatives included);
/// ±∞ gives the limit.</item>
/// <item>Accuracy: a few ULP in double (at most 4 in the measurements, with the formulas chosen to avoid
/// cancellation and overflow, documented per function), and the float overloads compute in double and round
/// once (within 1 ULP of the correctly rounded value).</item>
/// <item>At kinks the derivative follows PyTorch's autograd convention, stated per function.</item>
/// <item>Span forms: <c>destination</c> must be at least as long as <c>x</c> (else
/// <see cref="ArgumentException"/>); in-place use (the same memory) is allowed; partially overlapping spans
/// are rejected with <see cref="ArgumentException"/>; an empty input is allowed.</item>
/// <item>Invalid parameters (NaN or infinite, β ≤ 0, min &gt; max, λ &lt; 0, CELU's α = 0) throw
/// <see cref="ArgumentOutOfRangeException"/> naming the parameter.</item>
/// <item>Results may differ across platforms as much as their <c>Math.Exp</c>/<c>Math.Log</c> do.</item>
/// </list>
/// <para>An integer literal argument selects the <see cref="float"/> overload (C#'s better conversion):
/// <c>Sigmoid(1)</c> is a float; write <c>Sigmoid(1.0)</c> for double.</para>
/// </remarks>
public static partial class Activation
{
}
