namespace Activations;

/// <summary>
/// Error-free transformations: a sum or product of two doubles written exactly as a rounded value plus
/// its rounding error. Used where one rounding would be amplified later (an exponent, a cancellation).
/// </summary>
internal static class DoubleDouble
{
    /// <summary>s = fl(a + b) and the exact error e = (a + b) − s (Knuth's TwoSum, no ordering needed).</summary>
    public static double TwoSum(double a, double b, out double error)
    {
        double s = a + b;
        double bVirtual = s - a;
        double aVirtual = s - bVirtual;
        error = (a - aVirtual) + (b - bVirtual);
        return s;
    }

    /// <summary>p = fl(a·b) and the exact error e = a·b − p, via one fused multiply-add.</summary>
    public static double TwoProduct(double a, double b, out double error)
    {
        double p = a * b;
        error = Math.FusedMultiplyAdd(a, b, -p);
        return p;
    }
}
