namespace Activations.Tests.Support;

/// <summary>Distances in units in the last place, counted along the ordered floating-point line.</summary>
public static class Ulp
{
    /// <summary>How many doubles lie between a and b (0 if equal; +0 and −0 are 0 apart).</summary>
    public static UInt128 Distance(double a, double b) => (UInt128)Int128.Abs((Int128)Ordered(a) - Ordered(b));

    /// <summary>How many floats lie between a and b.</summary>
    public static long Distance(float a, float b) => Math.Abs((long)Ordered(a) - Ordered(b));

    private static long Ordered(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        return bits < 0 ? long.MinValue - bits : bits;
    }

    private static int Ordered(float x)
    {
        int bits = BitConverter.SingleToInt32Bits(x);
        return bits < 0 ? int.MinValue - bits : bits;
    }
}
