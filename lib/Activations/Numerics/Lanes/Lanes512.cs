using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Activations;

/// <summary><see cref="ILanes{TVec}"/> on <see cref="Vector512{T}"/> of <see cref="double"/>.</summary>
internal readonly struct Lanes512 : ILanes<Vector512<double>>
{
    public static int Count => Vector512<double>.Count;

    public static Vector512<double> Load<T>(ReadOnlySpan<T> source, int index)
    {
        ref T start = ref MemoryMarshal.GetReference(source);
        return typeof(T) == typeof(float)
            ? Vector512.WidenLower(Vector256.LoadUnsafe(ref Unsafe.As<T, float>(ref start), (nuint)index).ToVector512Unsafe())
            : Vector512.LoadUnsafe(ref Unsafe.As<T, double>(ref start), (nuint)index);
    }

    public static void Store<T>(Vector512<double> value, Span<T> destination, int index)
    {
        ref T start = ref MemoryMarshal.GetReference(destination);
        if (typeof(T) == typeof(float))
        {
            Vector512.Narrow(value, value).GetLower().StoreUnsafe(ref Unsafe.As<T, float>(ref start), (nuint)index);
        }
        else
        {
            value.StoreUnsafe(ref Unsafe.As<T, double>(ref start), (nuint)index);
        }
    }

    public static double GetElement(Vector512<double> x, int lane) => x.GetElement(lane);

    public static Vector512<double> Max(Vector512<double> a, Vector512<double> b) => Vector512.Max(a, b);

    public static Vector512<double> Create(double value) => Vector512.Create(value);

    public static Vector512<double> Add(Vector512<double> a, Vector512<double> b) => a + b;

    public static Vector512<double> Subtract(Vector512<double> a, Vector512<double> b) => a - b;

    public static Vector512<double> Multiply(Vector512<double> a, Vector512<double> b) => a * b;

    public static Vector512<double> Divide(Vector512<double> a, Vector512<double> b) => a / b;

    public static Vector512<double> FusedMultiplyAdd(Vector512<double> a, Vector512<double> b, Vector512<double> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    public static Vector512<double> Abs(Vector512<double> x) => Vector512.Abs(x);

    public static Vector512<double> Floor(Vector512<double> x) => Vector512.Floor(x);

    public static Vector512<double> Negate(Vector512<double> x) => -x;

    public static Vector512<double> IsNaN(Vector512<double> x) => Vector512.IsNaN(x);

    public static Vector512<double> CopySign(Vector512<double> value, Vector512<double> sign) =>
        Vector512.CopySign(value, sign);

    public static Vector512<double> LessThan(Vector512<double> a, Vector512<double> b) => Vector512.LessThan(a, b);

    public static Vector512<double> LessThanOrEqual(Vector512<double> a, Vector512<double> b) =>
        Vector512.LessThanOrEqual(a, b);

    public static Vector512<double> GreaterThan(Vector512<double> a, Vector512<double> b) => Vector512.GreaterThan(a, b);

    public static Vector512<double> GreaterThanOrEqual(Vector512<double> a, Vector512<double> b) =>
        Vector512.GreaterThanOrEqual(a, b);

    public static Vector512<double> Equal(Vector512<double> a, Vector512<double> b) => Vector512.Equals(a, b);

    public static Vector512<double> Or(Vector512<double> a, Vector512<double> b) => a | b;

    public static Vector512<double> And(Vector512<double> a, Vector512<double> b) => a & b;

    public static Vector512<double> Select(Vector512<double> mask, Vector512<double> ifTrue, Vector512<double> ifFalse) =>
        Vector512.ConditionalSelect(mask, ifTrue, ifFalse);

    public static bool None(Vector512<double> mask) => mask.AsUInt64() == Vector512<ulong>.Zero;

    public static Vector512<double> PowerOfTwoFromShifted(Vector512<double> shifted) =>
        (Vector512.ShiftLeft(shifted.AsInt64(), 52) + Vector512.Create(0x3FF0000000000000L)).AsDouble();

    public static Vector512<double> Lookup8(ReadOnlySpan<double> table, Vector512<double> index)
    {
        Vector512<double> entries = Vector512.Create(table);
        Vector512<long> k = index.AsInt64();
        return Avx512F.IsSupported
            ? Avx512F.PermuteVar8x64(entries, k) // vpermpd reads the low three bits
            : Vector512.Shuffle(entries, k & Vector512.Create(7L));
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // rare: keep it out of the hot loop
    public static Vector512<double> PerLane<TOperator>(TOperator op, Vector512<double> x)
        where TOperator : struct, IUnaryOperator<double>
    {
        Span<double> lanes = stackalloc double[Vector512<double>.Count];
        x.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = op.Invoke(lanes[i]);
        }

        return Vector512.Create<double>(lanes);
    }
}
