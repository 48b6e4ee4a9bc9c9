namespace Activations;

/// <summary>
/// The arithmetic of one <see cref="double"/> or a vector of doubles, so a kernel written once over
/// <typeparamref name="TVec"/> runs as the scalar form (<see cref="ScalarLanes"/>) and as the
/// Vector128/256/512 forms with the same IEEE operations in the same order: bitwise the same results.
/// </summary>
/// <remarks>A mask is a <typeparamref name="TVec"/> whose lanes are all ones (true) or all zeros (false).
/// Every operation is correctly rounded (FMA included), so no lane depends on the width.</remarks>
internal interface ILanes<TVec>
{
    /// <summary>Lanes per vector.</summary>
    static abstract int Count { get; }

    /// <summary>Count elements of <paramref name="source"/> from <paramref name="index"/>, as doubles
    /// (T is double or float; float widens exactly).</summary>
    static abstract TVec Load<T>(ReadOnlySpan<T> source, int index);

    /// <summary>Stores the lanes at <paramref name="index"/>, rounded to T (float: round to nearest).</summary>
    static abstract void Store<T>(TVec value, Span<T> destination, int index);

    static abstract double GetElement(TVec x, int lane);

    /// <summary>Lane-wise maximum (inputs are never NaN where it is used).</summary>
    static abstract TVec Max(TVec a, TVec b);

    static abstract TVec Create(double value);

    static abstract TVec Add(TVec a, TVec b);

    static abstract TVec Subtract(TVec a, TVec b);

    static abstract TVec Multiply(TVec a, TVec b);

    static abstract TVec Divide(TVec a, TVec b);

    /// <summary>a·b + c rounded once.</summary>
    static abstract TVec FusedMultiplyAdd(TVec a, TVec b, TVec c);

    static abstract TVec Abs(TVec x);

    /// <summary>Rounds toward −∞.</summary>
    static abstract TVec Floor(TVec x);

    /// <summary>−x (flips the sign bit, so −(+0) = −0, unlike 0 − x).</summary>
    static abstract TVec Negate(TVec x);

    static abstract TVec IsNaN(TVec x);

    /// <summary>The magnitude of <paramref name="value"/> with the sign bit of <paramref name="sign"/>.</summary>
    static abstract TVec CopySign(TVec value, TVec sign);

    static abstract TVec LessThan(TVec a, TVec b);

    static abstract TVec LessThanOrEqual(TVec a, TVec b);

    static abstract TVec GreaterThan(TVec a, TVec b);

    static abstract TVec GreaterThanOrEqual(TVec a, TVec b);

    static abstract TVec Equal(TVec a, TVec b);

    static abstract TVec Or(TVec a, TVec b);

    static abstract TVec And(TVec a, TVec b);

    /// <summary>Lane-wise <c>mask ? ifTrue : ifFalse</c>.</summary>
    static abstract TVec Select(TVec mask, TVec ifTrue, TVec ifFalse);

    /// <summary>True when no lane of <paramref name="mask"/> is set.</summary>
    static abstract bool None(TVec mask);

    /// <summary>
    /// 2^k from <paramref name="shifted"/> = k + 1.5·2^52 (|k| ≤ 1022): the integer k sits in the low
    /// mantissa bits, so shifting the bit pattern left by 52 and adding the bits of 1.0 builds 2^k exactly.
    /// </summary>
    static abstract TVec PowerOfTwoFromShifted(TVec shifted);

    /// <summary>
    /// <paramref name="table"/>[k] for each lane (a per-lane choice among 8 coefficients), k in 0…7 held as
    /// <paramref name="index"/> = k + 1.5·2^52 (as for <see cref="PowerOfTwoFromShifted"/>): the low three bits
    /// of the lane's bit pattern. Only those bits are read, so any lane gives some entry of the table.
    /// </summary>
    static abstract TVec Lookup8(ReadOnlySpan<double> table, TVec index);

    /// <summary><paramref name="op"/>'s scalar form on each lane: the exit for lanes a kernel does not cover.</summary>
    static abstract TVec PerLane<TOperator>(TOperator op, TVec x)
        where TOperator : struct, IUnaryOperator<double>;
}
