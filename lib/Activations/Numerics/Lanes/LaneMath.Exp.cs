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
        TVec r = ExpReduce<TVec, TLanes>(x, out twoK, out _);
        return TLanes.FusedMultiplyAdd(TLanes.Multiply(r, r), ExpPolynomial<TVec, TLanes>(r), r);
    }

    /// <summary>
    /// e^x as hi + low with |low| ≤ ulp(hi)/2 and a relative error of about 2^-57 at most (2^-57.4 the largest of
    /// 2·10^5 inputs checked against exact arithmetic; a rounded e^x is off by up to 2^-53), for <see cref="ExpMin"/> ≤ x ≤
    /// <see cref="ExpMax"/> (other lanes are garbage): for kernels whose next steps would amplify the half ULP of a
    /// rounded e^x. The reduction's rounding is kept (x = k·ln 2 + r + rLow), and e^r = 1 + r + r²/2 + r³·P'(r) is
    /// summed with 1 + r and r² = square + squareLow exact, so only r³·P'(r) ≤ 0.007 and the low parts' sum
    /// round. Below x ≈ −700 the low part is subnormal and keeps fewer bits (about 2^-53 relative at <see cref="ExpMin"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ExpTwoDouble<TVec, TLanes>(TVec x, out TVec low)
        where TLanes : ILanes<TVec>
    {
        TVec r = ExpReduce<TVec, TLanes>(x, out TVec twoK, out TVec rLow);
        TVec cubicTail = TLanes.Multiply(TLanes.Multiply(r, r), TLanes.Multiply(r, ExpCubicPolynomial<TVec, TLanes>(r)));
        TVec square = TwoProduct<TVec, TLanes>(r, r, out TVec squareLow);
        TVec half = TLanes.Create(0.5);
        TVec onePlusR = TwoSum<TVec, TLanes>(TLanes.Create(1), r, out TVec onePlusRLow);
        TVec hi = TwoSum<TVec, TLanes>(onePlusR, TLanes.Multiply(half, square), out TVec hiLow);
        // e^(r + rLow) = e^r·(1 + rLow) to within rLow² < 2^-100
        TVec lo = TLanes.Add(
            TLanes.Add(TLanes.Add(onePlusRLow, hiLow), TLanes.FusedMultiplyAdd(half, squareLow, cubicTail)),
            TLanes.FusedMultiplyAdd(rLow, r, rLow));
        TVec sum = TLanes.Add(hi, lo);
        low = TLanes.Multiply(TLanes.Subtract(lo, TLanes.Subtract(sum, hi)), twoK);
        return TLanes.Multiply(sum, twoK);
    }

    /// <summary>
    /// r = x − k·ln 2 rounded, with rLow = x − k·ln 2 − r (to 2^-53 of itself; ln 2 − Ln2Hi − Ln2Lo ≈ 2^-96
    /// per k is dropped), and twoK = 2^k.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpReduce<TVec, TLanes>(TVec x, out TVec twoK, out TVec rLow)
        where TLanes : ILanes<TVec>
    {
        TVec shifted = TLanes.FusedMultiplyAdd(x, TLanes.Create(StableMath.InvLn2), TLanes.Create(Shifter));
        TVec k = TLanes.Subtract(shifted, TLanes.Create(Shifter));
        TVec rHigh = TLanes.FusedMultiplyAdd(k, TLanes.Create(-StableMath.Ln2Hi), x);
        TVec r = TLanes.FusedMultiplyAdd(k, TLanes.Create(-StableMath.Ln2Lo), rHigh);
        rLow = TLanes.FusedMultiplyAdd(k, TLanes.Create(-StableMath.Ln2Lo), TLanes.Subtract(rHigh, r)); // exact (Sterbenz) unless |r| < 2^-21, then off by < 2^-74
        twoK = TLanes.PowerOfTwoFromShifted(shifted);
        return r;
    }

    /// <summary>P(r) = (e^r − 1 − r)/r² = 1/2! + r/3! + … + r^12/14!.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpPolynomial<TVec, TLanes>(TVec r)
        where TLanes : ILanes<TVec> =>
        TLanes.FusedMultiplyAdd(ExpCubicPolynomial<TVec, TLanes>(r), r, TLanes.Create(0.5));

    /// <summary>P'(r) = (e^r − 1 − r − r²/2)/r³ = 1/3! + r/4! + … + r^11/14!.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpCubicPolynomial<TVec, TLanes>(TVec r)
        where TLanes : ILanes<TVec>
    {
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
        return TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 6));
    }

    /// <summary>1.5·2^52: adding it rounds a double of magnitude below 2^51 to an integer.</summary>
    private const double Shifter = 6755399441055744.0;
}
