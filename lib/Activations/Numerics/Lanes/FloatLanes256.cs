using System.Runtime.Intrinsics.X86;

namespace Activations;

/// <summary><see cref="IFloatLanes{TVec}"/> on <see cref="Vector256{T}"/> of <see cref="float"/>.</summary>
internal readonly struct FloatLanes256 : IFloatLanes<Vector256<float>>
{
    public static Vector256<float> Create(float value) => Vector256.Create(value);

    public static Vector256<float> Add(Vector256<float> a, Vector256<float> b) => a + b;

    public static Vector256<float> Subtract(Vector256<float> a, Vector256<float> b) => a - b;

    public static Vector256<float> Multiply(Vector256<float> a, Vector256<float> b) => a * b;

    public static Vector256<float> Divide(Vector256<float> a, Vector256<float> b) => a / b;

    public static Vector256<float> FusedMultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        Vector256.FusedMultiplyAdd(a, b, c);

    // x86 maxps/minps return their second operand when either is NaN: one instruction.
    public static Vector256<float> MaxOrNaN(Vector256<float> bound, Vector256<float> x) =>
        Avx.IsSupported ? Avx.Max(bound, x) : Vector256.ConditionalSelect(Vector256.IsNaN(x), x, Vector256.Max(bound, x));

    public static Vector256<float> MinOrNaN(Vector256<float> bound, Vector256<float> x) =>
        Avx.IsSupported ? Avx.Min(bound, x) : Vector256.ConditionalSelect(Vector256.IsNaN(x), x, Vector256.Min(bound, x));

    public static Vector256<float> Abs(Vector256<float> x) => Vector256.Abs(x);

    public static Vector256<float> GreaterThanOrEqual(Vector256<float> a, Vector256<float> b) =>
        Vector256.GreaterThanOrEqual(a, b);

    public static Vector256<float> LessThan(Vector256<float> a, Vector256<float> b) => Vector256.LessThan(a, b);

    public static Vector256<float> Select(Vector256<float> mask, Vector256<float> ifTrue, Vector256<float> ifFalse) =>
        Vector256.ConditionalSelect(mask, ifTrue, ifFalse);
}
