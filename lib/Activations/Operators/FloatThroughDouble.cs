namespace Activations;

/// <summary>
/// The float vector forms of operators whose float result is their double result rounded once: widen
/// each half to double lanes, apply the double vector form, narrow (round to nearest) — the lane-wise
/// image of <c>(float)Invoke((double)x)</c>.
/// </summary>
internal static class FloatThroughDouble
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Invoke<TOperator>(TOperator op, Vector128<float> x)
        where TOperator : struct, IUnaryOperator<double> =>
        Vector128.Narrow(op.Invoke(Vector128.WidenLower(x)), op.Invoke(Vector128.WidenUpper(x)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Invoke<TOperator>(TOperator op, Vector256<float> x)
        where TOperator : struct, IUnaryOperator<double> =>
        Vector256.Narrow(op.Invoke(Vector256.WidenLower(x)), op.Invoke(Vector256.WidenUpper(x)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Invoke<TOperator>(TOperator op, Vector512<float> x)
        where TOperator : struct, IUnaryOperator<double> =>
        Vector512.Narrow(op.Invoke(Vector512.WidenLower(x)), op.Invoke(Vector512.WidenUpper(x)));
}
