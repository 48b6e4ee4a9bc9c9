namespace Activations;

public static partial class Activation
{
    /// <summary>
    /// The one loop behind every element-wise span method: checks the lengths and the overlap rule once,
    /// then writes <c>destination[i] = op.Invoke(x[i])</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than
    /// <paramref name="x"/>, or the two spans overlap without starting at the same element.</exception>
    /// <remarks>In-place use (<paramref name="x"/> and <paramref name="destination"/> the same memory)
    /// is allowed: each element is read before it is written. Elements of <paramref name="destination"/>
    /// past <c>x.Length</c> are left untouched.</remarks>
    internal static void InvokeSpanIntoSpan<T, TOperator>(ReadOnlySpan<T> x, Span<T> destination, TOperator op)
        where TOperator : struct, IUnaryOperator<T>
    {
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, destination.Length);
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);

        // TOperator.Vectorizable is false for every operator today; the vectorisation issue adds the
        // Vector128/256/512 loops here, ahead of this scalar remainder loop.
        for (int i = 0; i < x.Length; i++)
        {
            destination[i] = op.Invoke(x[i]);
        }
    }
}
