namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// factor·e^(−x²/2) for |x| ≤ 53 (e^(−x²/4) stays normal), the lane form of
    /// <c>StableMath.MultiplyByExpNegHalfSquare</c>: x² = h + l exactly (FMA), e^(−(h+l)/2) = e^(−h/2)·(1 − l/2),
    /// and below −h/2 = <see cref="ExpMin"/> (e^(−h/2) subnormal) (factor·e^(−h/4))·e^(−h/4), so the only
    /// rounding into the subnormal range is the last one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec MultiplyByExpNegHalfSquare<TVec, TLanes>(TVec factor, TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec h = TwoProduct<TVec, TLanes>(x, x, out TVec l);
        TVec v = TLanes.Multiply(TLanes.Create(-0.5), h);
        TVec split = TLanes.LessThan(v, TLanes.Create(ExpMin));
        TVec e = Exp<TVec, TLanes>(TLanes.Select(split, TLanes.Multiply(TLanes.Create(0.5), v), v));
        TVec p = TLanes.Multiply(factor, e);
        p = TLanes.Select(split, TLanes.Multiply(p, e), p);
        TVec corrected = TLanes.FusedMultiplyAdd(TLanes.Multiply(TLanes.Create(-0.5), l), p, p);
        return TLanes.Select(TLanes.Equal(p, TLanes.Create(0)), p, corrected); // p = ±0 keeps its sign
    }
}
