using System.Runtime.InteropServices;

namespace Activations;

public static partial class Activation
{
    /// <summary>
    /// The one loop behind every element-wise span method: checks the lengths and the overlap rule once,
    /// then writes <c>destination[i] = op.Invoke(x[i])</c>, a vector at a time when the hardware accelerates
    /// the width (512, else 256, else 128 bits), with one overlapping last vector for the remainder.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than
    /// <paramref name="x"/>, or the two spans overlap without starting at the same element.</exception>
    /// <remarks>In-place use (<paramref name="x"/> and <paramref name="destination"/> the same memory)
    /// is allowed: each element is read before it is written (the overlapping last vector is loaded before
    /// the loop). Elements of <paramref name="destination"/> past <c>x.Length</c> are left untouched.
    /// Vector and scalar forms of an operator agree bitwise, so the path taken never shows in the result.</remarks>
    internal static void InvokeSpanIntoSpan<T, TOperator>(ReadOnlySpan<T> x, Span<T> destination, TOperator op)
        where TOperator : struct, IUnaryOperator<T>
    {
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, destination.Length);
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);

        if (Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported && x.Length >= Vector512<T>.Count)
        {
            InvokeVector512(x, destination, op);
            return;
        }

        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported && x.Length >= Vector256<T>.Count)
        {
            InvokeVector256(x, destination, op);
            return;
        }

        if (Vector128.IsHardwareAccelerated && Vector128<T>.IsSupported && x.Length >= Vector128<T>.Count)
        {
            InvokeVector128(x, destination, op);
            return;
        }

        for (int i = 0; i < x.Length; i++)
        {
            destination[i] = op.Invoke(x[i]);
        }
    }

    /// <summary>The span form of an activation's values: <see cref="InvokeSpanIntoSpan{T, TOperator}"/> with
    /// its <see cref="ValueOperator{TOperator}"/>.</summary>
    internal static void InvokeValues<TOperator>(ReadOnlySpan<double> x, Span<double> destination, TOperator op)
        where TOperator : struct, IActivationOperator =>
        InvokeSpanIntoSpan(x, destination, new ValueOperator<TOperator>(op));

    /// <inheritdoc cref="InvokeValues{TOperator}(ReadOnlySpan{double}, Span{double}, TOperator)"/>
    internal static void InvokeValues<TOperator>(ReadOnlySpan<float> x, Span<float> destination, TOperator op)
        where TOperator : struct, IActivationOperator =>
        InvokeSpanIntoSpan(x, destination, new ValueOperator<TOperator>(op));

    // The three loops below differ only in the width; x.Length ≥ one vector is checked by the caller.

    internal static void InvokeVector512<T, TOperator>(ReadOnlySpan<T> x, Span<T> destination, TOperator op)
        where TOperator : struct, IUnaryOperator<T>
    {
        ref T source = ref MemoryMarshal.GetReference(x);
        ref T target = ref MemoryMarshal.GetReference(destination);
        nuint last = (nuint)(x.Length - Vector512<T>.Count);
        Vector512<T> lastInput = Vector512.LoadUnsafe(ref source, last); // before in-place writes reach it
        for (nuint i = 0; i < last; i += (nuint)Vector512<T>.Count)
        {
            op.Invoke(Vector512.LoadUnsafe(ref source, i)).StoreUnsafe(ref target, i);
        }

        op.Invoke(lastInput).StoreUnsafe(ref target, last);
    }

    internal static void InvokeVector256<T, TOperator>(ReadOnlySpan<T> x, Span<T> destination, TOperator op)
        where TOperator : struct, IUnaryOperator<T>
    {
        ref T source = ref MemoryMarshal.GetReference(x);
        ref T target = ref MemoryMarshal.GetReference(destination);
        nuint last = (nuint)(x.Length - Vector256<T>.Count);
        Vector256<T> lastInput = Vector256.LoadUnsafe(ref source, last);
        for (nuint i = 0; i < last; i += (nuint)Vector256<T>.Count)
        {
            op.Invoke(Vector256.LoadUnsafe(ref source, i)).StoreUnsafe(ref target, i);
        }

        op.Invoke(lastInput).StoreUnsafe(ref target, last);
    }

    internal static void InvokeVector128<T, TOperator>(ReadOnlySpan<T> x, Span<T> destination, TOperator op)
        where TOperator : struct, IUnaryOperator<T>
    {
        ref T source = ref MemoryMarshal.GetReference(x);
        ref T target = ref MemoryMarshal.GetReference(destination);
        nuint last = (nuint)(x.Length - Vector128<T>.Count);
        Vector128<T> lastInput = Vector128.LoadUnsafe(ref source, last);
        for (nuint i = 0; i < last; i += (nuint)Vector128<T>.Count)
        {
            op.Invoke(Vector128.LoadUnsafe(ref source, i)).StoreUnsafe(ref target, i);
        }

        op.Invoke(lastInput).StoreUnsafe(ref target, last);
    }
}
