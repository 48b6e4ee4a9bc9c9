using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Activations;

/// <summary><see cref="ILanes{TVec}"/> on <see cref="Vector128{T}"/> of <see cref="double"/>.</summary>
internal readonly struct Lanes128 : ILanes<Vector128<double>>
{
    public static int Count => Vector128<double>.Count;

    public static Vector128<double> Load<T>(ReadOnlySpan<T> source, int index)
    {
        ref T start = ref MemoryMarshal.GetReference(source);
        return typeof(T) == typeof(float)
            ? Vector128.WidenLower(Vector64.LoadUnsafe(ref Unsafe.As<T, float>(ref start), (nuint)index).ToVector128Unsafe())
            : Vector128.LoadUnsafe(ref Unsafe.As<T, double>(ref start), (nuint)index);
    }

    public static void Store<T>(Vector128<double> value, Span<T> destination, int index)
    {
        ref T start = ref MemoryMarshal.GetReference(destination);
        if (typeof(T) == typeof(float))
        {
            Vector128.Narrow(value, value).GetLower().StoreUnsafe(ref Unsafe.As<T, float>(ref start), (nuint)index);
        }
        else
        {
            value.StoreUnsafe(ref Unsafe.As<T, double>(ref start), (nuint)index);
        }
    }

    public static double GetElement(Vector128<double> x, int lane) => x.GetElement(lane);

    public static Vector128<double> Max(Vector128<double> a, Vector128<double> b) => Vector128.Max(a, b);

    public static Vector128<double> Create(double value) => Vector128.Create(value);

    public static Vector128<double> Add(Vector128<double> a, Vector128<double> b) => a + b;

    public static Vector128<double> Subtract(Vector128<double> a, Vector128<double> b) => a - b;

    public static Vector128<double> Multiply(Vector128<double> a, Vector128<double> b) => a * b;

    public static Vector128<double> Divide(Vector128<double> a, Vector128<double> b) => a / b;

    public static Vector128<double> FusedMultiplyAdd(Vector128<double> a, Vector128<double> b, Vector128<double> c) =>
        Vector128.FusedMultiplyAdd(a, b, c);

    public static Vector128<double> Abs(Vector128<double> x) => Vector128.Abs(x);

    public static Vector128<double> Floor(Vector128<double> x) => Vector128.Floor(x);

    public static Vector128<double> Negate(Vector128<double> x) => -x;

    public static Vector128<double> IsNaN(Vector128<double> x) => Vector128.IsNaN(x);

    public static Vector128<double> CopySign(Vector128<double> value, Vector128<double> sign) =>
        Vector128.CopySign(value, sign);

    public static Vector128<double> LessThan(Vector128<double> a, Vector128<double> b) => Vector128.LessThan(a, b);

    public static Vector128<double> LessThanOrEqual(Vector128<double> a, Vector128<double> b) =>
        Vector128.LessThanOrEqual(a, b);

    public static Vector128<double> GreaterThan(Vector128<double> a, Vector128<double> b) => Vector128.GreaterThan(a, b);

    public static Vector128<double> GreaterThanOrEqual(Vector128<double> a, Vector128<double> b) =>
        Vector128.GreaterThanOrEqual(a, b);

    public static Vector128<double> Equal(Vector128<double> a, Vector128<double> b) => Vector128.Equals(a, b);

    public static Vector128<double> Or(Vector128<double> a, Vector128<double> b) => a | b;

    public static Vector128<double> And(Vector128<double> a, Vector128<double> b) => a & b;

    public static Vector128<double> Select(Vector128<double> mask, Vector128<double> ifTrue, Vector128<double> ifFalse) =>
        Vector128.ConditionalSelect(mask, ifTrue, ifFalse);

    public static bool None(Vector128<double> mask) => mask.AsUInt64() == Vector128<ulong>.Zero;

    public static Vector128<double> PowerOfTwoFromShifted(Vector128<double> shifted) =>
        (Vector128.ShiftLeft(shifted.AsInt64(), 52) + Vector128.Create(0x3FF0000000000000L)).AsDouble();

    public static Vector128<double> Lookup8(ReadOnlySpan<double> table, Vector128<double> index)
    {
        Vector128<long> k = index.AsInt64();
        Vector128<double> inLower = Vector128.Equals(k & Vector128.Create(4L), Vector128<long>.Zero).AsDouble();
        return Vector128.ConditionalSelect(inLower, Lookup4(table, k), Lookup4(table[4..], k));
    }

    /// <summary>table[k &amp; 3] per lane.</summary>
    private static Vector128<double> Lookup4(ReadOnlySpan<double> table, Vector128<long> k)
    {
        Vector128<double> lower = Vector128.Create(table);
        Vector128<double> upper = Vector128.Create(table[2..]);
        if (Avx512F.VL.IsSupported)
        {
            return Avx512F.VL.PermuteVar2x64x2(lower, k, upper); // vpermi2pd reads the low two bits
        }

        Vector128<long> k1 = k & Vector128<long>.One;
        Vector128<double> inLower = Vector128.Equals(k & Vector128.Create(2L), Vector128<long>.Zero).AsDouble();
        return Vector128.ConditionalSelect(inLower, Vector128.Shuffle(lower, k1), Vector128.Shuffle(upper, k1));
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // rare: keep it out of the hot loop
    public static Vector128<double> PerLane<TOperator>(TOperator op, Vector128<double> x)
        where TOperator : struct, IUnaryOperator<double>
    {
        Span<double> lanes = stackalloc double[Vector128<double>.Count];
        x.CopyTo(lanes);
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = op.Invoke(lanes[i]);
        }

        return Vector128.Create<double>(lanes);
    }
}
