namespace Activations;

internal static partial class LaneMath
{
    /// <inheritdoc cref="MultiplyByExp{TVec, TLanes}(TVec, TVec, TVec)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec MultiplyByExp<TVec, TLanes>(TVec factor, TVec v)
        where TLanes : ILanes<TVec> =>
        MultiplyByExp<TVec, TLanes>(factor, TLanes.Create(0), v);

    /// <summary>
    /// (factor + factorLow)·e^v for v ≤ <see cref="ExpMax"/>, 2^-16 ≤ |factor| ≤ 2^16, factorLow a rounding error
    /// of factor (±0 below v = 2·ExpMin): factor enters e^v = 2^k·(1 + expm1(r)) before the one rounding
    /// (factor·2^k is exact), where rounding e^v first and then the product could cost up to two ULP of the
    /// result. Below v = ExpMin + 16 (16 binades early, so factor·2^k stays normal) as (factor·e^(v/2))·e^(v/2),
    /// so a subnormal result is rounded once more at most; factorLow is dropped there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec MultiplyByExp<TVec, TLanes>(TVec factor, TVec factorLow, TVec v)
        where TLanes : ILanes<TVec>
    {
        TVec split = TLanes.LessThan(v, TLanes.Create(ExpMin + 16));
        TVec expm1 = ExpReduced<TVec, TLanes>(TLanes.Select(split, TLanes.Multiply(TLanes.Create(0.5), v), v), out TVec twoK);
        TVec scaled = TLanes.Multiply(factor, twoK);
        TVec p = TLanes.FusedMultiplyAdd(scaled, expm1, TLanes.FusedMultiplyAdd(factorLow, twoK, scaled));
        p = TLanes.Select(split, TLanes.Multiply(p, TLanes.FusedMultiplyAdd(twoK, expm1, twoK)), p);
        // Below 2·ExpMin e^v < 2^-2042: the product underflows to a zero of the factor's sign.
        return TLanes.Select(TLanes.LessThan(v, TLanes.Create(2 * ExpMin)), TLanes.Multiply(factor, TLanes.Create(0)), p);
    }
}
