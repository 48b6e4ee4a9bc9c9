using System.Runtime.CompilerServices;

namespace Activations;

internal static partial class LaneMath
{
    /// <summary>
    /// max(x, <paramref name="bound"/>) for lanes that are numbers, in one instruction (maxpd via MaxNative) where
    /// <see cref="ILanes{TVec}.Max"/> (IEEE maximum: NaN and −0 handled) takes three on AVX-512. A NaN lane gives NaN
    /// or the bound, depending on the platform: for kernels whose NaN lanes are discarded or caught elsewhere.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec ClampBelow<TVec, TLanes>(TVec x, double bound)
        where TLanes : ILanes<TVec>
    {
        if (typeof(TVec) == typeof(Vector512<double>))
        {
            Vector512<double> result = Vector512.MaxNative(Unsafe.As<TVec, Vector512<double>>(ref x), Vector512.Create(bound));
            return Unsafe.As<Vector512<double>, TVec>(ref result);
        }

        if (typeof(TVec) == typeof(Vector256<double>))
        {
            Vector256<double> result = Vector256.MaxNative(Unsafe.As<TVec, Vector256<double>>(ref x), Vector256.Create(bound));
            return Unsafe.As<Vector256<double>, TVec>(ref result);
        }

        if (typeof(TVec) == typeof(Vector128<double>))
        {
            Vector128<double> result = Vector128.MaxNative(Unsafe.As<TVec, Vector128<double>>(ref x), Vector128.Create(bound));
            return Unsafe.As<Vector128<double>, TVec>(ref result);
        }

        return TLanes.Max(x, TLanes.Create(bound));
    }
}
