namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// ln(1 + x) for 0 ≤ x ≤ 1 (the softplus range, x = e^(−|y|)): <see cref="StableMath.LogP1"/>'s
    /// algorithm with its branches written as selects. u = fl(1 + x) ∈ [1, 2], so k ∈ {0, 1}:
    /// m = u/2 and k = 1 above √2, else m = u; c = x − (u − 1) is the exact rounding error of u; with
    /// f = m − 1 and s = f/(2 + f), ln(1 + x) = k·ln 2 + f − (f²/2 − s(f²/2 + R) − k·Ln2Lo − c/u).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec LogP1UnitInterval<TVec, TLanes>(TVec x)
        where TLanes : ILanes<TVec>
    {
        TVec one = TLanes.Create(1);
        TVec u = TLanes.Add(one, x);
        TVec c = TLanes.Subtract(x, TLanes.Subtract(u, one));
        TVec upper = TLanes.GreaterThan(u, TLanes.Create(StableMath.Sqrt2));
        TVec m = TLanes.Select(upper, TLanes.Multiply(TLanes.Create(0.5), u), u);
        TVec k = TLanes.Select(upper, one, TLanes.Create(0));

        TVec f = TLanes.Subtract(m, one);
        TVec s = TLanes.Divide(f, TLanes.Add(TLanes.Create(2), f));
        TVec z = TLanes.Multiply(s, s);
        TVec sum = TLanes.Create(StableMath.LogP1Coefficients[^1]);
        for (int i = StableMath.LogP1Coefficients.Length - 2; i >= 0; i--)
        {
            sum = TLanes.FusedMultiplyAdd(sum, z, TLanes.Create(StableMath.LogP1Coefficients[i]));
        }

        TVec r = TLanes.Multiply(z, sum);
        TVec halfSquare = TLanes.Multiply(TLanes.Multiply(TLanes.Create(0.5), f), f);
        TVec lowParts = TLanes.Add(TLanes.Multiply(k, TLanes.Create(StableMath.Ln2Lo)), TLanes.Divide(c, u));
        TVec correction = TLanes.Add(TLanes.Multiply(s, TLanes.Add(halfSquare, r)), lowParts);
        TVec result = TLanes.Add(
            TLanes.Multiply(k, TLanes.Create(StableMath.Ln2Hi)),
            TLanes.Subtract(f, TLanes.Subtract(halfSquare, correction)));
        return TLanes.Select(TLanes.Equal(u, one), x, result); // x < 2^-53: ln(1 + x) rounds to x
    }
}
