namespace Activations;

/// <summary>
/// An element-wise operation on <typeparamref name="T"/>: the unit that
/// <see cref="Activation.InvokeSpanIntoSpan{T, TOperator}"/> applies to every element of a span
/// (the shape of System.Numerics.Tensors' operators).
/// </summary>
/// <remarks>
/// Operators are small <see langword="readonly"/> structs that hold their parameters, so a generic
/// driver specialised on the struct inlines <see cref="Invoke"/> with no virtual call.
/// </remarks>
internal interface IUnaryOperator<T>
{
    /// <summary>
    /// Whether the operator has Vector128/256/512 forms. None has yet; the span driver ignores the flag
    /// until the vectorised paths land.
    /// </summary>
    static abstract bool Vectorizable { get; }

    /// <summary>Applies the operation to one element.</summary>
    T Invoke(T x);
}
