
namespace Activations;

/// <summary>
/// An element-wise operation on <typeparamref name="T"/>: the unit that
/// <see cref="Activation.InvokeSpanIntoSpan{T, TOperator}"/> applies to every element of a span
/// (the shape of System.Numerics.Tensors' operators).
/// </summary>
/// <remarks>
/// Operators are small <see langword="readonly"/> structs that hold their parameters, so a generic
/// driver specialised on the struct inlines <see cref="Invoke(T)"/> with no virtual call. The vector forms
/// give, lane by lane, the same bits as <see cref="Invoke(T)"/>.
/// </remarks>
internal interface IUnaryOperator<T>
{
    /// <summary>Applies the operation to one element.</summary>
    T Invoke(T x);

    /// <summary>Applies the operation to every lane.</summary>
    Vector128<T> Invoke(Vector128<T> x);

    /// <inheritdoc cref="Invoke(Vector128{T})"/>
    Vector256<T> Invoke(Vector256<T> x);

    /// <inheritdoc cref="Invoke(Vector128{T})"/>
    Vector512<T> Invoke(Vector512<T> x);
}
