namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// factor·e^(−x²/2) for |x| ≤ 53, the lane form of <c>StableMath.MultiplyByExpNegHalfSquare</c>: x² = h + l
    /// exactly (FMA), e^(−(h+l)/2) = e^(−h/2)·(1 − l/2), e^(−h/2) by <see cref="MultiplyByExp{TVec, TLanes}(TVec, TVec, TVec)"/>
    /// (the factor enters before the rounding; two halves where e^(−h/2) would be subnormal).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec MultiplyByExpNegHalfSquare<TVec, TLanes>(TVec factor, TVec x)
        where TLanes : ILanes<TVec> =>
        MultiplyByExpNegHalfSquare<TVec, TLanes>(factor, TLanes.Create(0), x);

    /// <summary>(factor + factorLow)·e^(−x²/2), factorLow a rounding error of factor (|factorLow| ≤ ulp(factor)/2),
    /// folded in before the one rounding (dropped in the split range).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec MultiplyByExpNegHalfSquare<TVec, TLanes>(TVec factor, TVec factorLow, TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec h = TwoProduct<TVec, TLanes>(x, x, out TVec l);
        TVec p = MultiplyByExp<TVec, TLanes>(factor, factorLow, TLanes.Multiply(TLanes.Create(-0.5), h));
        TVec corrected = TLanes.FusedMultiplyAdd(TLanes.Multiply(TLanes.Create(-0.5), l), p, p);
        return TLanes.Select(TLanes.Equal(p, TLanes.Create(0)), p, corrected); // p = ±0 keeps its sign
    }
}
