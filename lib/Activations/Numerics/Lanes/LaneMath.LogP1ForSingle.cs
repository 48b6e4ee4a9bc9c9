namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// ln(1 + t) for 0 ≤ t ≤ 1 (t = e^(−|y|) in softplus and log-sigmoid) to 2^-32.8 relative, for kernels whose
    /// result is rounded to float (as <see cref="ExpForSingle{TVec, TLanes}"/>): t + t²·R(t), R of degree 10 fitted
    /// by the Remez exchange to the relative error of the whole (logp1_single_polynomial.py). No range reduction,
    /// no 1 + t, no division — twelve FMAs and a product, where <see cref="LogP1UnitInterval{TVec, TLanes}"/> takes
    /// two divisions and a compensated sum for its last bits. Exact at t = 0 (and ln(1 + t) = t to 2^-32.8 relative
    /// for tiny t, down to subnormals); NaN propagates.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec LogP1UnitIntervalForSingle<TVec, TLanes>(TVec t)
        where TLanes : ILanes<TVec>
    {
        TVec r = TLanes.Create(-0.001305472541185638);
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(0.009223844292619132));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(-0.030529300276399156));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(0.06451544262471823));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(-0.1016969662905296));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(0.134529099908599));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(-0.16462915819123308));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(0.19967754315913402));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(-0.2499697775408252));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(0.33333190150917386));
        r = TLanes.FusedMultiplyAdd(r, t, TLanes.Create(-0.49999997618183417));
        return TLanes.FusedMultiplyAdd(TLanes.Multiply(t, t), r, t);
    }
}
