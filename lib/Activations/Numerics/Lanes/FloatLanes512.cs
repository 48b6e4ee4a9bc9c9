using System.Runtime.Intrinsics.X86;

namespace Activations;

/// <summary><see cref="IFloatLanes{TVec}"/> on <see cref="Vector512{T}"/> of <see cref="float"/>.</summary>
internal readonly struct FloatLanes512 : IFloatLanes<Vector512<float>>
{
    public static Vector512<float> Create(float value) => Vector512.Create(value);

    public static Vector512<float> Add(Vector512<float> a, Vector512<float> b) => a + b;

    public static Vector512<float> Subtract(Vector512<float> a, Vector512<float> b) => a - b;

    public static Vector512<float> Multiply(Vector512<float> a, Vector512<float> b) => a * b;

    public static Vector512<float> Divide(Vector512<float> a, Vector512<float> b) => a / b;

    public static Vector512<float> FusedMultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    // x86 maxps/minps return their second operand when either is NaN: one instruction.
    public static Vector512<float> MaxOrNaN(Vector512<float> bound, Vector512<float> x) =>
        Avx512F.IsSupported ? Avx512F.Max(bound, x) : Vector512.ConditionalSelect(Vector512.IsNaN(x), x, Vector512.Max(bound, x));

    public static Vector512<float> MinOrNaN(Vector512<float> bound, Vector512<float> x) =>
        Avx512F.IsSupported ? Avx512F.Min(bound, x) : Vector512.ConditionalSelect(Vector512.IsNaN(x), x, Vector512.Min(bound, x));

    public static Vector512<float> Abs(Vector512<float> x) => Vector512.Abs(x);

    public static Vector512<float> GreaterThanOrEqual(Vector512<float> a, Vector512<float> b) =>
        Vector512.GreaterThanOrEqual(a, b);

    public static Vector512<float> LessThan(Vector512<float> a, Vector512<float> b) => Vector512.LessThan(a, b);

    public static Vector512<float> Select(Vector512<float> mask, Vector512<float> ifTrue, Vector512<float> ifFalse) =>
        Vector512.ConditionalSelect(mask, ifTrue, ifFalse);
}
