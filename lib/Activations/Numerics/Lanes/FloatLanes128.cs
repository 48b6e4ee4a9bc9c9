using System.Runtime.Intrinsics.X86;

namespace Activations;

/// <summary><see cref="IFloatLanes{TVec}"/> on <see cref="Vector128{T}"/> of <see cref="float"/>.</summary>
internal readonly struct FloatLanes128 : IFloatLanes<Vector128<float>>
{
    public static Vector128<float> Create(float value) => Vector128.Create(value);

    public static Vector128<float> Add(Vector128<float> a, Vector128<float> b) => a + b;

    public static Vector128<float> Subtract(Vector128<float> a, Vector128<float> b) => a - b;

    public static Vector128<float> Multiply(Vector128<float> a, Vector128<float> b) => a * b;

    public static Vector128<float> Divide(Vector128<float> a, Vector128<float> b) => a / b;

    public static Vector128<float> FusedMultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> c) =>
        Vector128.FusedMultiplyAdd(a, b, c);

    // x86 maxps/minps return their second operand when either is NaN: one instruction.
    public static Vector128<float> MaxOrNaN(Vector128<float> bound, Vector128<float> x) =>
        Sse.IsSupported ? Sse.Max(bound, x) : Vector128.ConditionalSelect(Vector128.IsNaN(x), x, Vector128.Max(bound, x));

    public static Vector128<float> MinOrNaN(Vector128<float> bound, Vector128<float> x) =>
        Sse.IsSupported ? Sse.Min(bound, x) : Vector128.ConditionalSelect(Vector128.IsNaN(x), x, Vector128.Min(bound, x));

    public static Vector128<float> Abs(Vector128<float> x) => Vector128.Abs(x);

    public static Vector128<float> GreaterThanOrEqual(Vector128<float> a, Vector128<float> b) =>
        Vector128.GreaterThanOrEqual(a, b);

    public static Vector128<float> LessThan(Vector128<float> a, Vector128<float> b) => Vector128.LessThan(a, b);

    public static Vector128<float> Select(Vector128<float> mask, Vector128<float> ifTrue, Vector128<float> ifFalse) =>
        Vector128.ConditionalSelect(mask, ifTrue, ifFalse);
}
