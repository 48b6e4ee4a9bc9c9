using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Activations;

/// <summary><see cref="ILanes{TVec}"/> on <see cref="Vector256{T}"/> of <see cref="double"/>.</summary>
internal readonly struct Lanes256 : ILanes<Vector256<double>>
{
    public static int Count => Vector256<double>.Count;

    public static Vector256<double> Load<T>(ReadOnlySpan<T> source, int index)
    {
        ref T start = ref MemoryMarshal.GetReference(source);
        return typeof(T) == typeof(float)
            ? Vector256.WidenLower(Vector128.LoadUnsafe(ref Unsafe.As<T, float>(ref start), (nuint)index).ToVector256Unsafe())
            : Vector256.LoadUnsafe(ref Unsafe.As<T, double>(ref start), (nuint)index);
    }

    public static void Store<T>(Vector256<double> value, Span<T> destination, int index)
    {
        ref T start = ref MemoryMarshal.GetReference(destination);
        if (typeof(T) == typeof(float))
        {
            Vector256.Narrow(value, value).GetLower().StoreUnsafe(ref Unsafe.As<T, float>(ref start), (nuint)index);
        }
        else
        {
            value.StoreUnsafe(ref Unsafe.As<T, double>(ref start), (nuint)index);
        }
    }

    public static double GetElement(Vector256<double> x, int lane) => x.GetElement(lane);

    public static Vector256<double> Max(Vector256<double> a, Vector256<double> b) => Vector256.Max(a, b);

    public static Vector256<double> Create(double value) => Vector256.Create(value);

    public static Vector256<double> Add(Vector256<double> a, Vector256<double> b) => a + b;

    public static Vector256<double> Subtract(Vector256<double> a, Vector256<double> b) => a - b;

    public static Vector256<double> Multiply(Vector256<double> a, Vector256<double> b) => a * b;

    public static Vector256<double> Divide(Vector256<double> a, Vector256<double> b) => a / b;

    public static Vector256<double> FusedMultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Vector256.FusedMultiplyAdd(a, b, c);

    public static Vector256<double> Abs(Vector256<double> x) => Vector256.Abs(x);

    public static Vector256<double> Floor(Vector256<double> x) => Vector256.Floor(x);

    public static Vector256<double> Negate(Vector256<double> x) => -x;

    public static Vector256<double> IsNaN(Vector256<double> x) => Vector256.IsNaN(x);

    public static Vector256<double> CopySign(Vector256<double> value, Vector256<double> sign) =>
        Vector256.CopySign(value, sign);

    public static Vector256<double> LessThan(Vector256<double> a, Vector256<double> b) => Vector256.LessThan(a, b);

    public static Vector256<double> LessThanOrEqual(Vector256<double> a, Vector256<double> b) =>
        Vector256.LessThanOrEqual(a, b);

    public static Vector256<double> GreaterThan(Vector256<double> a, Vector256<double> b) => Vector256.GreaterThan(a, b);

    public static Vector256<double> GreaterThanOrEqual(Vector256<double> a, Vector256<double> b) =>
        Vector256.GreaterThanOrEqual(a, b);

    public static Vector256<double> Equal(Vector256<double> a, Vector256<double> b) => Vector256.Equals(a, b);

    public static Vector256<double> Or(Vector256<double> a, Vector256<double> b) => a | b;

    public static Vector256<double> And(Vector256<double> a, Vector256<double> b) => a & b;

    public static Vector256<double> Select(Vector256<double> mask, Vector256<double> ifTrue, Vector256<double> ifFalse) =>
        Vector256.ConditionalSelect(mask, ifTrue, ifFalse);

    public static bool None(Vector256<double> mask) => mask.AsUInt64() == Vector256<ulong>.Zero;

    public static Vector256<double> PowerOfTwoFromShifted(Vector256<double> shifted) =>
        (Vector256.ShiftLeft(shifted.AsInt64(), 52) + Vector256.Create(0x3FF0000000000000L)).AsDouble();

    public static Vector256<double> Lookup8(ReadOnlySpan<double> table, Vector256<double> index)
    {
        Vector256<double> lower = Vector256.Create(table);
        Vector256<double> upper = Vector256.Create(table[4..]);
        Vector256<long> k = index.AsInt64();
        if (Avx512F.VL.IsSupported)
        {
            return Avx512F.VL.PermuteVar4x64x2(lower, k, upper); // vpermi2pd reads the low three bits
        }

        Vector256<long> three = Vector256.Create(3L);
        Vector256<long> k3 = k & three;
        Vector256<double> inUpper = Vector256.GreaterThan(k & Vector256.Create(7L), three).AsDouble();
        return Vector256.ConditionalSelect(inUpper, Vector256.Shuffle(upper, k3), Vector256.Shuffle(lower, k3));
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // rare: keep it out of the hot loop
    public static Vector256<double> PerLane<TOperator>(TOperator op, Vector256<double> x)
        where TOperator : struct, IUnaryOperator<double>
    {
        Span<double> lanes = stackalloc double[Vector256<double>.Count];
        x.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = op.Invoke(lanes[i]);
        }

        return Vector256.Create<double>(lanes);
    }
}
