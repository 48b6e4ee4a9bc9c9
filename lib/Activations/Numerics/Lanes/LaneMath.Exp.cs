namespace Activations;

/// <summary>
/// Kernels written once over <see cref="ILanes{TVec}"/>: the scalar activations call them with
/// <see cref="ScalarLanes"/>, the span driver with Vector128/256/512, so both give the same bits.
/// </summary>
internal static partial class LaneMath
{
    /// <summary>Largest argument of <see cref="Exp{TVec, TLanes}"/>: 2^k stays finite (k ≤ 1023).</summary>
    public const double ExpMax = 709;

    /// <summary>Smallest argument of <see cref="Exp{TVec, TLanes}"/>: 2^k stays normal (k ≥ −1021).</summary>
    public const double ExpMin = -708;

    /// <summary>
    /// e^x for <see cref="ExpMin"/> ≤ x ≤ <see cref="ExpMax"/> (other lanes are garbage): the reduction
    /// of <see cref="ExpReduced{TVec, TLanes}"/>, then e^x = 2^k + 2^k·expm1(r) with one rounding. About
    /// 0.5 ULP.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Exp<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec expm1 = ExpReduced<TVec, TLanes>(x, out TVec twoK);
        return TLanes.FusedMultiplyAdd(twoK, expm1, twoK);
    }

    /// <summary>
    /// e^x − 1 for x ≤ <see cref="ExpMax"/>, NaN excluded, without cancellation near 0:
    /// 2^k·expm1(r) + (2^k − 1), exact until the final rounding for |k| ≤ 53; −1 below x = −38
    /// (e^x &lt; 2^-54). ±0 → ±0. Below 1 ULP.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ExpM1<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec expm1 = ExpReduced<TVec, TLanes>(x, out TVec twoK);
        TVec result = TLanes.FusedMultiplyAdd(twoK, expm1, TLanes.Subtract(twoK, TLanes.Create(1)));
        result = TLanes.Select(TLanes.LessThan(x, TLanes.Create(-38)), TLanes.Create(-1), result);
        return TLanes.Select(TLanes.Equal(x, TLanes.Create(0)), x, result); // keeps −0
    }

    /// <summary>
    /// Cody–Waite reduction x = k·ln 2 + r, |r| ≤ ln2/2 (k from an FMA with the 1.5·2^52 shifter, which
    /// rounds to the nearest integer; k·Ln2Hi is exact), and expm1(r) = r + r²·P(r), P the Taylor
    /// polynomial to r^14/14! (truncation below 2^-62 relative at |r| = ln2/2). Lanes with 2^k
    /// outside the normal range hold garbage: callers select them away.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpReduced<TVec, TLanes>(TVec x, out TVec twoK)
        where TLanes : ILanes<TVec>
    {
        TVec shifted = TLanes.FusedMultiplyAdd(x, TLanes.Create(StableMath.InvLn2), TLanes.Create(Shifter));
        TVec k = TLanes.Subtract(shifted, TLanes.Create(Shifter));
        TVec r = TLanes.FusedMultiplyAdd(k, TLanes.Create(-StableMath.Ln2Hi), x);
        r = TLanes.FusedMultiplyAdd(k, TLanes.Create(-StableMath.Ln2Lo), r);
        twoK = TLanes.PowerOfTwoFromShifted(shifted);

        TVec p = TLanes.Create(1.0 / 87178291200); // 1/14!
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 6227020800));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 479001600));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 39916800));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 3628800));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 362880));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 40320));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 5040));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 720));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 120));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 24));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 6));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(0.5));
        return TLanes.FusedMultiplyAdd(TLanes.Multiply(r, r), p, r);
    }

    /// <summary>1.5·2^52: adding it rounds a double of magnitude below 2^51 to an integer.</summary>
    private const double Shifter = 6755399441055744.0;
}
