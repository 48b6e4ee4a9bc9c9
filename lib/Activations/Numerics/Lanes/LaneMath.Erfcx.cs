namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// erfcx(z) = e^(z²)·erfc(z) for z ≥ 0, NaN excluded: the algorithm of <see cref="StableMath.Erfcx"/>
    /// (which calls this with <see cref="ScalarLanes"/>), with each lane's Taylor coefficients picked by
    /// <see cref="ILanes{TVec}.Lookup8"/>. Each of the two forms is evaluated only when a lane needs it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Erfcx<TVec, TLanes>(TVec z)
        where TLanes : ILanes<TVec>
    {
        TVec limit = TLanes.Create(ErfcxTaylorLimit);
        TVec result = TLanes.None(TLanes.LessThan(z, limit)) ? z : ErfcxTaylor<TVec, TLanes>(z);
        TVec far = TLanes.GreaterThanOrEqual(z, limit);
        return TLanes.None(far) ? result : TLanes.Select(far, ErfcxTail<TVec, TLanes>(z), result);
    }

    /// <summary>
    /// 0 ≤ z &lt; 4: the Taylor polynomial of interval i = ⌊2z⌋ around its centre c = i/2 + 1/4, in
    /// t = 4(z − c), |t| ≤ 1 (exact for z ≥ 1/8, Sterbenz). Other lanes are garbage.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ErfcxTaylor<TVec, TLanes>(TVec z)
        where TLanes : ILanes<TVec>
    {
        TVec interval = TLanes.Floor(TLanes.Multiply(TLanes.Create(2), z));
        TVec centre = TLanes.Add(TLanes.Multiply(TLanes.Create(0.5), interval), TLanes.Create(0.25));
        TVec t = TLanes.Multiply(TLanes.Create(4), TLanes.Subtract(z, centre));
        TVec index = TLanes.Add(interval, TLanes.Create(Shifter));

        ReadOnlySpan<double> table = ErfcxTaylorTable;
        int top = table.Length - ErfcxIntervals;
        TVec sum = TLanes.Lookup8(table[top..], index);
        for (int row = top - ErfcxIntervals; row >= 0; row -= ErfcxIntervals)
        {
            sum = TLanes.FusedMultiplyAdd(sum, t, TLanes.Lookup8(table.Slice(row, ErfcxIntervals), index));
        }

        return sum;
    }

    /// <summary>
    /// z ≥ 4: erfcx(z) = G(u)·u/(4√π) with u = 4/z ∈ [0, 1] and G(u) = √π·z·erfcx(z) = 1 − u²/32 + … a degree-19
    /// polynomial (Chebyshev fit, error below 2^-59 of G; <c>erfcx_tail_polynomial.py</c>). u is carried with its
    /// rounding error (the remainder 4 − u·z is exact in one FMA) and G·u·1/(4√π) is rounded once, so one
    /// division replaces the 25 of Laplace's continued fraction. +∞ → 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ErfcxTail<TVec, TLanes>(TVec z)
        where TLanes : ILanes<TVec>
    {
        TVec four = TLanes.Create(4);
        TVec u = TLanes.Divide(four, z);
        TVec uLow = TLanes.Multiply(TLanes.FusedMultiplyAdd(TLanes.Negate(u), z, four), TLanes.Multiply(TLanes.Create(0.25), u));
        uLow = TLanes.Select(TLanes.LessThan(z, TLanes.Create(1e300)), uLow, TLanes.Create(0)); // at +∞, 4 − 0·∞ is NaN
        TVec g = Horner<TVec, TLanes>(ErfcxTailSeries, u);
        TVec product = Multiply<TVec, TLanes>(u, uLow, g, out TVec productLow);
        return MultiplyRounded<TVec, TLanes>(product, productLow, TLanes.Create(InvFourSqrtPi), TLanes.Create(InvFourSqrtPiLow));
    }

    // 1/(4√π) = InvFourSqrtPi + InvFourSqrtPiLow to 2^-107.
    private const double InvFourSqrtPi = 0.14104739588693907;
    private const double InvFourSqrtPiLow = 1.916932451645735e-18;

    /// <summary>G(u) = √π·z·erfcx(z), u = 4/z, lowest degree first (<c>erfcx_tail_polynomial.py</c>).</summary>
    private static ReadOnlySpan<double> ErfcxTailSeries =>
    [
        1.0, 8.003275260239694e-17, -0.03125000000001067, 5.662988922835159e-13, 0.0029296874840732327,
        2.7428065757427967e-10, -0.0004577668229299371, 2.5527302097500945e-08, 9.998439731137298e-05,
        6.745110494334036e-07, -3.0458398283783e-05, 6.021150984953239e-06, -2.519861663857937e-06,
        1.8963153564447526e-05, -2.6079647615519783e-05, 1.855244615021883e-05, -8.10078289150801e-06,
        2.1987362215519222e-06, -3.3958623968507135e-07, 2.2376159105879065e-08,
    ];

    private const double ErfcxTaylorLimit = 4;
    private const int ErfcxIntervals = 8;

    // Scaled Taylor coefficients b_n = erfcx^(n)(c)/(n!·4^n) for the centres c = 1/4, 3/4, …, 15/4, printed
    // by erfcx_taylor_coefficients.py (mpmath, 100 digits): row n holds b_n of the eight intervals; the
    // polynomials of degree below 19 are padded with leading zeros (Horner passes them exactly).
    private static ReadOnlySpan<double> ErfcxTaylorTable =>
    [
        // b_0
        0.7703465477309968, 0.5069376502931449, 0.3678229164523611, 0.2849722347374364,
        0.23108725873039188, 0.1936620962790687, 0.16633534842682188, 0.14558972127503855,
        // b_1
        -0.18580147330750355, -0.09199317291394885, -0.052205468991152464, -0.0327440863786213,
        -0.02212162570218729, -0.01580940939015871, -0.011799850580292594, -0.009114064383180883,
        // b_2
        0.03653406715146833, 0.014434883221956143, 0.006674723218537425, 0.0034852268804429543,
        0.0019995392131691415, 0.001234912061707679, 0.0008085806801886348, 0.0005549222204578311,
        // b_3
        -0.006219475256501468, -0.002028688468670017, -0.0007846605374360558, -0.0003478124256466926,
        -0.00017190719931937573, -9.272402964059338e-05, -5.367923907668084e-05, -3.292629484639235e-05,
        // b_4
        0.0009473309967177142, 0.00026090055674831536, 8.59818916049108e-05, 3.282937190362831e-05,
        1.4136700602961245e-05, 6.717116739410993e-06, 3.460955380993249e-06, 1.9071186800608103e-06,
        // b_5
        -0.00013180360649459383, -3.114966996062678e-05, -8.868776985287543e-06, -2.9501705580323608e-06,
        -1.1169223473181129e-06, -4.708936376768114e-07, -2.1717047809421515e-07, -1.0798786613700472e-07,
        // b_6
        1.6990153962981675e-05, 3.4885738930507292e-06, 8.674584724681892e-07, 2.5371204161253723e-07,
        8.509165577287978e-08, 3.2026806770126416e-08, 1.3286232620176079e-08, 5.985431000119573e-09,
        // b_7
        -2.0502402237787885e-06, -3.693562193120463e-07, -8.091936826690353e-08, -2.096761190615358e-08,
        -6.269597238610623e-09, -2.1178350572396583e-09, -7.937402505701093e-10, -3.251143059859131e-10,
        // b_8
        2.3343615217504512e-07, 3.7195394298665475e-08, 7.232212986463618e-09, 1.670918097960346e-09,
        4.478950097716277e-10, 1.36415955320159e-10, 4.636889629319779e-11, 1.7323693911419953e-11,
        // b_9
        -2.5233389883385325e-08, -3.580139394667359e-09, -6.216431018692423e-10, -1.2876646139487718e-10,
        -3.109086320369407e-11, -8.573049287748741e-12, -2.6520083160908063e-12, -9.063735738140802e-13,
        // b_10
        2.602534528645747e-09, 3.3068720143329246e-10, 5.154996846396758e-11, 9.619410852452572e-12,
        2.1009655117297635e-12, 5.264051644365354e-13, 1.486598523002163e-13, 4.6601128802609353e-14,
        // b_11
        -2.571688108493134e-10, -2.940997489053957e-11, -4.135150676697776e-12, -6.980748344057861e-13,
        -1.3843379088779773e-13, -3.162036907894149e-14, -8.175343593045391e-15, -2.3563254747152265e-15,
        // b_12
        2.4430892893712854e-11, 2.5255966329341013e-12, 3.216064070883198e-13, 4.930090637095906e-14,
        8.906889518120668e-15, 1.8602198392518645e-15, 4.4146234990235637e-16, 1.1725256960292663e-16,
        // b_13
        -2.237864595726928e-12, -2.0993447107439676e-13, -2.4299217704386322e-14, -3.3939277866256987e-15,
        -5.603056271606895e-16, -1.0728798891510561e-16, -2.34262792722573e-17, -5.745547410301223e-18,
        // b_14
        1.9815203837487434e-13, 1.692672517599028e-14, 1.78669927291418e-15, 2.28066177362314e-16,
        3.450123994352199e-17, 6.071892510586631e-18, 1.2225064228840309e-18, 2.7740498614650244e-19,
        // b_15
        -1.699760464460045e-14, -1.326285796220216e-15, -1.2804767783179517e-16, -1.497887120907917e-17,
        -2.081620563908263e-18, -3.374764274887723e-19, 0.0, 0.0,
        // b_16
        1.4152690135177647e-15, 1.0115521708851273e-16, 8.956725654337533e-18, 9.626099913965612e-19,
        0.0, 0.0, 0.0, 0.0,
        // b_17
        -1.1457599728737269e-16, -7.520736359960867e-18, -6.122356585302023e-19, 0.0,
        0.0, 0.0, 0.0, 0.0,
        // b_18
        9.032590390488833e-18, 5.457847778377092e-19, 0.0, 0.0,
        0.0, 0.0, 0.0, 0.0,
        // b_19
        -6.943645190584464e-19, 0.0, 0.0, 0.0,
        0.0, 0.0, 0.0, 0.0,
    ];
}
