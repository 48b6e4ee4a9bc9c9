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

    /// <summary>The float result of a double kernel: <c>(float)kernel((double)x)</c>, the scalar image of the vector forms below.</summary>
    public static float InvokeKernel<TKernel>(TKernel kernel, float x)
        where TKernel : struct, IDoubleLaneKernel =>
        (float)kernel.Invoke<double, ScalarLanes>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> InvokeKernel<TKernel>(TKernel kernel, Vector128<float> x)
        where TKernel : struct, IDoubleLaneKernel =>
        Vector128.Narrow(kernel.Invoke<Vector128<double>, Lanes128>(Vector128.WidenLower(x)),
            kernel.Invoke<Vector128<double>, Lanes128>(Vector128.WidenUpper(x)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> InvokeKernel<TKernel>(TKernel kernel, Vector256<float> x)
        where TKernel : struct, IDoubleLaneKernel =>
        Vector256.Narrow(kernel.Invoke<Vector256<double>, Lanes256>(Vector256.WidenLower(x)),
            kernel.Invoke<Vector256<double>, Lanes256>(Vector256.WidenUpper(x)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> InvokeKernel<TKernel>(TKernel kernel, Vector512<float> x)
        where TKernel : struct, IDoubleLaneKernel =>
        Vector512.Narrow(kernel.Invoke<Vector512<double>, Lanes512>(Vector512.WidenLower(x)),
            kernel.Invoke<Vector512<double>, Lanes512>(Vector512.WidenUpper(x)));
}
