namespace Activations;

internal static partial class LaneMath
{
    /// <summary>Knuth's TwoSum in lanes: a + b = sum + error exactly (see <see cref="DoubleDouble.TwoSum"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec TwoSum<TVec, TLanes>(TVec a, TVec b, out TVec error)
        where TLanes : ILanes<TVec>
    {
        TVec sum = TLanes.Add(a, b);
        TVec bVirtual = TLanes.Subtract(sum, a);
        TVec aVirtual = TLanes.Subtract(sum, bVirtual);
        error = TLanes.Add(TLanes.Subtract(a, aVirtual), TLanes.Subtract(b, bVirtual));
        return sum;
    }

    /// <summary>TwoProduct in lanes: a·b = product + error exactly, the error from one fused multiply-add.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec TwoProduct<TVec, TLanes>(TVec a, TVec b, out TVec error)
        where TLanes : ILanes<TVec>
    {
        TVec product = TLanes.Multiply(a, b);
        error = TLanes.FusedMultiplyAdd(a, b, TLanes.Negate(product));
        return product;
    }
}
