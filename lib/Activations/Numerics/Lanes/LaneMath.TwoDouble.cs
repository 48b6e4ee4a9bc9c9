namespace Activations;

/// <summary>
/// Arithmetic on unevaluated sums hi + low (|low| well below ulp(hi)), for kernels that must not round before
/// their last step: each operation keeps about 2^-100 relative, and <see cref="Divide{TVec, TLanes}"/> rounds once.
/// </summary>
internal static partial class LaneMath
{
    /// <summary>(aHi + aLow) + (bHi + bLow) = result + low, the high parts summed exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Add<TVec, TLanes>(TVec aHi, TVec aLow, TVec bHi, TVec bLow, out TVec low)
        where TLanes : ILanes<TVec>
    {
        TVec sum = TwoSum<TVec, TLanes>(aHi, bHi, out TVec error);
        low = TLanes.Add(error, TLanes.Add(aLow, bLow));
        return sum;
    }

    /// <summary>(aHi + aLow) + b = result + low, the high part and b summed exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Add<TVec, TLanes>(TVec aHi, TVec aLow, TVec b, out TVec low)
        where TLanes : ILanes<TVec>
    {
        TVec sum = TwoSum<TVec, TLanes>(aHi, b, out TVec error);
        low = TLanes.Add(error, aLow);
        return sum;
    }

    /// <summary>(aHi + aLow)·b = result + low, the product of the high part and b exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Multiply<TVec, TLanes>(TVec aHi, TVec aLow, TVec b, out TVec low)
        where TLanes : ILanes<TVec>
    {
        TVec product = TwoProduct<TVec, TLanes>(aHi, b, out TVec error);
        low = TLanes.FusedMultiplyAdd(aLow, b, error);
        return product;
    }

    /// <summary>(aHi + aLow)·(bHi + bLow) = result + low, the product of the high parts exact, aLow·bLow dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Multiply<TVec, TLanes>(TVec aHi, TVec aLow, TVec bHi, TVec bLow, out TVec low)
        where TLanes : ILanes<TVec>
    {
        TVec product = TwoProduct<TVec, TLanes>(aHi, bHi, out TVec error);
        low = TLanes.FusedMultiplyAdd(aHi, bLow, TLanes.FusedMultiplyAdd(aLow, bHi, error));
        return product;
    }

    /// <summary>(aHi + aLow)·(bHi + bLow) rounded once: the exact aHi·bHi and the cross terms in one FMA (aLow·bLow dropped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec MultiplyRounded<TVec, TLanes>(TVec aHi, TVec aLow, TVec bHi, TVec bLow)
        where TLanes : ILanes<TVec> =>
        TLanes.FusedMultiplyAdd(aHi, bHi, TLanes.FusedMultiplyAdd(aHi, bLow, TLanes.Multiply(aLow, bHi)));

    /// <summary>
    /// (aHi + aLow)/(bHi + bLow), rounded about once: q = aHi·(1/bHi) is corrected by the remainder
    /// aHi − q·bHi (exact in one FMA) and the low parts — one division, the reciprocal's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Divide<TVec, TLanes>(TVec aHi, TVec aLow, TVec bHi, TVec bLow)
        where TLanes : ILanes<TVec>
    {
        TVec reciprocal = TLanes.Divide(TLanes.Create(1), bHi);
        TVec quotient = TLanes.Multiply(aHi, reciprocal);
        TVec remainder = TLanes.Add(TLanes.FusedMultiplyAdd(TLanes.Negate(quotient), bHi, aHi), TLanes.FusedMultiplyAdd(TLanes.Negate(quotient), bLow, aLow));
        return TLanes.FusedMultiplyAdd(remainder, reciprocal, quotient);
    }
}
