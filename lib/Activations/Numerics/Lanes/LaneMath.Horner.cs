namespace Activations;

internal static partial class LaneMath
{
    /// <summary>c[0] + c[1]·t + c[2]·t² + … by Horner's rule, the lane form of <c>StableMath.Horner</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVec Horner<TVec, TLanes>(ReadOnlySpan<double> coefficients, TVec t)
        where TLanes : ILanes<TVec>
    {
        TVec sum = TLanes.Create(coefficients[^1]);
        for (int i = coefficients.Length - 2; i >= 0; i--)
        {
            sum = TLanes.FusedMultiplyAdd(sum, t, TLanes.Create(coefficients[i]));
        }

        return sum;
    }
}
