namespace Activations;

/// <summary>
/// Kernels written once over <see cref="IFloatLanes{TVec}"/> for the float forms that compute in float lanes.
/// </summary>
internal static class FloatLaneMath
{
    /// <summary>
    /// (hi + lo)/6 rounded about once (within 0.5 + 2^-23 ULP), for a two-float hi + lo with |lo| ≤ ulp(hi):
    /// q = hi·RN(1/6) is within one ULP of hi/6, so the remainder hi − 6q is exact (one FMA; Boldo–Daumas),
    /// and (hi + lo)/6 = q + (hi − 6q + lo)/6, whose small correction needs no more than RN(1/6).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec DivideBySix<TVec, TLanes>(TVec hi, TVec lo)
        where TLanes : IFloatLanes<TVec>
    {
        TVec sixth = TLanes.Create(1f / 6);
        TVec q = TLanes.Multiply(hi, sixth);
        TVec remainder = TLanes.FusedMultiplyAdd(TLanes.Create(-6), q, hi);
        return TLanes.FusedMultiplyAdd(TLanes.Add(remainder, lo), sixth, q);
    }

    /// <summary>x clamped to [min, max]; NaN stays NaN (not quieted: the caller's next arithmetic quiets it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Clamp<TVec, TLanes>(TVec x, float min, float max)
        where TLanes : IFloatLanes<TVec> =>
        TLanes.MinOrNaN(TLanes.Create(max), TLanes.MaxOrNaN(TLanes.Create(min), x));
}
