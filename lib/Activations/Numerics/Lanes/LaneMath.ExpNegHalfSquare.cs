namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// factor·e^(−x²/2) for |x| ≤ 53 (e^(−x²/4) stays normal), the lane form of
    /// <c>StableMath.MultiplyByExpNegHalfSquare</c>: x² = h + l exactly (FMA), e^(−(h+l)/2) = e^(−h/2)·(1 − l/2),
    /// and below −h/2 = <see cref="ExpMin"/> (e^(−h/2) subnormal) (factor·e^(−h/4))·e^(−h/4), so the only
    /// rounding into the subnormal range is the last one. The factor enters before e^(−h/2) is rounded.
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
        TVec v = TLanes.Multiply(TLanes.Create(-0.5), h);
        // Split 16 binades early, so that factor·2^k (|factor| ≥ 2^-16 in GELU's uses) stays normal, hence exact.
        TVec split = TLanes.LessThan(v, TLanes.Create(ExpMin + 16));
        TVec halfOrWhole = TLanes.Select(split, TLanes.Multiply(TLanes.Create(0.5), v), v);
        // factor·e^v = (factor·2^k)·(1 + expm1(r)) with factor·2^k exact: one rounding, where rounding e^v
        // first and then the product could cost up to two ULP of the result.
        TVec expm1 = ExpReduced<TVec, TLanes>(halfOrWhole, out TVec twoK);
        TVec scaled = TLanes.Multiply(factor, twoK);
        TVec p = TLanes.FusedMultiplyAdd(scaled, expm1, TLanes.FusedMultiplyAdd(factorLow, twoK, scaled));
        p = TLanes.Select(split, TLanes.Multiply(p, TLanes.FusedMultiplyAdd(twoK, expm1, twoK)), p);
        TVec corrected = TLanes.FusedMultiplyAdd(TLanes.Multiply(TLanes.Create(-0.5), l), p, p);
        return TLanes.Select(TLanes.Equal(p, TLanes.Create(0)), p, corrected); // p = ±0 keeps its sign
    }

    /// <summary>
    /// factor·e^v for v ≤ <see cref="ExpMax"/>, 2^-16 ≤ |factor| ≤ 2^16 (±0 below v = 2·ExpMin): factor enters
    /// e^v = 2^k·(1 + expm1(r)) before the one rounding (factor·2^k is exact); below v = ExpMin + 16 as
    /// (factor·e^(v/2))·e^(v/2), so a subnormal result is rounded once more at most.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec MultiplyByExp<TVec, TLanes>(TVec factor, TVec v)
        where TLanes : ILanes<TVec>
    {
        TVec split = TLanes.LessThan(v, TLanes.Create(ExpMin + 16));
        TVec expm1 = ExpReduced<TVec, TLanes>(TLanes.Select(split, TLanes.Multiply(TLanes.Create(0.5), v), v), out TVec twoK);
        TVec scaled = TLanes.Multiply(factor, twoK);
        TVec p = TLanes.FusedMultiplyAdd(scaled, expm1, scaled);
        p = TLanes.Select(split, TLanes.Multiply(p, TLanes.FusedMultiplyAdd(twoK, expm1, twoK)), p);
        // Below 2·ExpMin e^v < 2^-2042: the product underflows to a zero of the factor's sign.
        return TLanes.Select(TLanes.LessThan(v, TLanes.Create(2 * ExpMin)), TLanes.Multiply(factor, TLanes.Create(0)), p);
    }
}
