namespace Activations;

internal static partial class LaneMath
{
    /// <summary><paramref name="x"/> where it is NaN (payload kept), else <paramref name="value"/>: the last
    /// branch of every piecewise derivative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec NaNOr<TVec, TLanes>(TVec x, TVec value)
        where TLanes : ILanes<TVec> =>
        TLanes.Select(TLanes.IsNaN(x), x, value);
}
