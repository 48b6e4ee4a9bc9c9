namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// e^x to 2^-34 relative for −700 ≤ x ≤ 700 (other lanes are garbage), for kernels whose result is rounded to
    /// float and that can spend 2^-34 (2^-10 of a float ULP) but not the cycles of <see cref="ExpForSingle{TVec, TLanes}"/>:
    /// the same one-FMA reduction x = k·ln 2 + r (r off by |k|·2^-54 at most), then e^r = 1 + r·P(r), P the degree-6
    /// polynomial of the minimax fit of degree 7 (relative error 2^-34.3 on |r| ≤ ln2/2 with the coefficients as doubles;
    /// <c>Numerics/exp_single_minimax_polynomial.py</c>), in Horner's form: seven FMAs and a product with 2^k, where
    /// <see cref="ExpForSingle{TVec, TLanes}"/> takes ten operations. (The degree-6 fit, 2^-28.9, one FMA fewer, made the float
    /// softmax about 10 % faster but its largest error 0.537 float ULP instead of 0.501 on the same 1.8·10^7 outputs.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ExpMinimaxForSingle<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec shifted = TLanes.FusedMultiplyAdd(x, TLanes.Create(StableMath.InvLn2), TLanes.Create(Shifter));
        TVec k = TLanes.Subtract(shifted, TLanes.Create(Shifter));
        TVec r = TLanes.FusedMultiplyAdd(k, TLanes.Create(-0.6931471805599453), x); // −ln 2 rounded
        TVec p = TLanes.Create(0.0001976767510675946);
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(0.0013945898384291572));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(0.008333568890762437));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(0.04166627254046775));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(0.16666665163855032));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(0.5000000077150827));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1.0000000002085814));
        p = TLanes.FusedMultiplyAdd(p, r, TLanes.Create(1));
        return TLanes.Multiply(p, TLanes.PowerOfTwoFromShifted(shifted));
    }
}
