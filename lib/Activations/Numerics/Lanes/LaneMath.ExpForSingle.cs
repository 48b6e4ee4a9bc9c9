namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// e^x to about 2^-32 relative, for kernels whose result is rounded to float (a relative error δ before that
    /// rounding adds at most 2^24·δ ULP: here 2^-8), for |x| ≤ 700: x = k·ln 2 + r with one FMA (ln 2 rounded to
    /// double is off by 2^-54 of itself, so r is off by |k|·2^-54 at most), e^r = 1 + r + r²·P(r) with the Taylor
    /// polynomial to r^8/8! (truncation r^9/9! ≤ 2^-32 at |r| = ln2/2) — six fewer terms than <see cref="Exp{TVec, TLanes}"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ExpForSingle<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec expm1 = ExpM1ReducedForSingle<TVec, TLanes>(x, out TVec twoK);
        return TLanes.FusedMultiplyAdd(twoK, expm1, twoK);
    }

    /// <summary>
    /// e^x − 1 to about 2^-32 relative (as <see cref="ExpForSingle{TVec, TLanes}"/>), for −700 ≤ x ≤ 700:
    /// 2^k·expm1(r) + (2^k − 1), where 2^k − 1 is exact for |k| ≤ 53 and the sum cancels at most a factor 2
    /// (k = −1); −1 below x = −38. ±0 → ±0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ExpM1ForSingle<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec result = ExpM1ForSingleOfNonNegative<TVec, TLanes>(x);
        result = TLanes.Select(TLanes.LessThan(x, TLanes.Create(-38)), TLanes.Create(-1), result);
        return TLanes.Select(TLanes.Equal(x, TLanes.Create(0)), x, result); // keeps −0
    }

    /// <summary>
    /// <see cref="ExpM1ForSingle{TVec, TLanes}"/> without its two selects, for 0 ≤ x ≤ 700 (and NaN → NaN):
    /// +0 → +0, and the −1 floor below −38 is never reached.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ExpM1ForSingleOfNonNegative<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec expm1 = ExpM1ReducedForSingle<TVec, TLanes>(x, out TVec twoK);
        return TLanes.FusedMultiplyAdd(twoK, expm1, TLanes.Subtract(twoK, TLanes.Create(1)));
    }

    /// <summary>expm1(r) = r + r²·P(r), r = x − k·ln 2, twoK = 2^k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpM1ReducedForSingle<TVec, TLanes>(TVec x, out TVec twoK)
        where TLanes : ILanes<TVec>
    {
        TVec shifted = TLanes.FusedMultiplyAdd(x, TLanes.Create(StableMath.InvLn2), TLanes.Create(Shifter));
        TVec k = TLanes.Subtract(shifted, TLanes.Create(Shifter));
        TVec r = TLanes.FusedMultiplyAdd(k, TLanes.Create(-0.6931471805599453), x); // −ln 2 rounded
        twoK = TLanes.PowerOfTwoFromShifted(shifted);
        TVec p = TLanes.Create(1.0 / 40320); // 1/8!
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 5040));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 720));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 120));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 24));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0 / 6));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(0.5));
        return TLanes.FusedMultiplyAdd(TLanes.Multiply(r, r), p, r);
    }
}
