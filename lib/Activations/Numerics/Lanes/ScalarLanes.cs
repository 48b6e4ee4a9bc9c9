using System.Runtime.CompilerServices;

namespace Activations;

/// <summary><see cref="ILanes{TVec}"/> on one <see cref="double"/>: the scalar form of every lane kernel.</summary>
internal readonly struct ScalarLanes : ILanes<double>
{
    private const double True = double.NaN; // stands for "all bits set": only its non-zero bit pattern matters

    public static int Count => 1;

    public static double Load<T>(ReadOnlySpan<T> source, int index) =>
        typeof(T) == typeof(float) ? Unsafe.As<T, float>(ref Unsafe.AsRef(in source[index])) : Unsafe.As<T, double>(ref Unsafe.AsRef(in source[index]));

    public static void Store<T>(double value, Span<T> destination, int index)
    {
        if (typeof(T) == typeof(float))
        {
            Unsafe.As<T, float>(ref destination[index]) = (float)value;
        }
        else
        {
            Unsafe.As<T, double>(ref destination[index]) = value;
        }
    }

    public static double GetElement(double x, int lane) => x;

    public static double Max(double a, double b) => Math.Max(a, b);

    public static double Create(double value) => value;

    public static double Add(double a, double b) => a + b;

    public static double Subtract(double a, double b) => a - b;

    public static double Multiply(double a, double b) => a * b;

    public static double Divide(double a, double b) => a / b;

    public static double FusedMultiplyAdd(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);

    public static double Abs(double x) => Math.Abs(x);

    public static double Floor(double x) => Math.Floor(x);

    public static double Negate(double x) => -x;

    public static double IsNaN(double x) => double.IsNaN(x) ? True : 0;

    public static double CopySign(double value, double sign) => Math.CopySign(value, sign);

    public static double LessThan(double a, double b) => a < b ? True : 0;

    public static double LessThanOrEqual(double a, double b) => a <= b ? True : 0;

    public static double GreaterThan(double a, double b) => a > b ? True : 0;

    public static double GreaterThanOrEqual(double a, double b) => a >= b ? True : 0;

    public static double Equal(double a, double b) => a == b ? True : 0;

    public static double Or(double a, double b) => IsSet(a) || IsSet(b) ? True : 0;

    public static double And(double a, double b) => IsSet(a) && IsSet(b) ? True : 0;

    public static double Select(double mask, double ifTrue, double ifFalse) => IsSet(mask) ? ifTrue : ifFalse;

    public static bool None(double mask) => !IsSet(mask);

    public static double PowerOfTwoFromShifted(double shifted) =>
        BitConverter.Int64BitsToDouble((BitConverter.DoubleToInt64Bits(shifted) << 52) + OneBits);

    public static double Lookup8(ReadOnlySpan<double> table, double index) =>
        table[(int)(BitConverter.DoubleToInt64Bits(index) & 7)];

    public static double PerLane<TOperator>(TOperator op, double x)
        where TOperator : struct, IUnaryOperator<double> => op.Invoke(x);

    private static bool IsSet(double mask) => BitConverter.DoubleToInt64Bits(mask) != 0;

    private const long OneBits = 0x3FF0000000000000;
}
