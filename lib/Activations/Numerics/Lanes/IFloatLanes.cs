namespace Activations;

/// <summary>
/// The arithmetic of a vector of floats, for the float kernels that compute in float lanes instead of
/// widening to double (<see cref="ILanes{TVec}"/>): twice the elements per vector. The scalar float forms run
/// the same kernel on a <see cref="FloatLanes128"/> vector made of the one element, so
/// scalar and span forms give the same bits.
/// </summary>
/// <remarks>Every operation is correctly rounded (FMA included), so no lane depends on the width. A mask is a
/// vector whose lanes are all ones (true) or all zeros (false).</remarks>
internal interface IFloatLanes<TVec>
{
    static abstract TVec Create(float value);

    static abstract TVec Add(TVec a, TVec b);

    static abstract TVec Subtract(TVec a, TVec b);

    static abstract TVec Multiply(TVec a, TVec b);

    static abstract TVec Divide(TVec a, TVec b);

    /// <summary>a·b + c rounded once.</summary>
    static abstract TVec FusedMultiplyAdd(TVec a, TVec b, TVec c);

    /// <summary>
    /// max(bound, x) where x is a number; x where x is NaN (the NaN goes on, quieted by the next arithmetic).
    /// For ±0 either zero may come out: callers pass a nonzero bound or do not care.
    /// </summary>
    static abstract TVec MaxOrNaN(TVec bound, TVec x);

    /// <summary>min(bound, x) where x is a number; x where x is NaN (as <see cref="MaxOrNaN"/>).</summary>
    static abstract TVec MinOrNaN(TVec bound, TVec x);

    static abstract TVec Abs(TVec x);

    static abstract TVec GreaterThanOrEqual(TVec a, TVec b);

    static abstract TVec LessThan(TVec a, TVec b);

    /// <summary>Lane-wise <c>mask ? ifTrue : ifFalse</c>.</summary>
    static abstract TVec Select(TVec mask, TVec ifTrue, TVec ifFalse);
}
