namespace Activations;

/// <summary>
/// Turns an activation operator into the operator of its derivative, so spans of derivatives go through
/// the same driver, vectorized, as spans of values: the double lanes run the operator's
/// <see cref="IActivationOperator.Derivative{TVec, TLanes}(TVec)"/>, the float lanes widen to double,
/// run it and round once — the lane-wise image of <c>(float)Derivative((double)x)</c>.
/// </summary>
internal readonly struct DerivativeOperator<TOperator>(TOperator activation)
    : IUnaryOperator<double>, IUnaryOperator<float>
    where TOperator : struct, IActivationOperator
{
    private readonly TOperator _activation = activation;

    public double Invoke(double x) => _activation.Derivative(x);

    public float Invoke(float x) => _activation.Derivative(x);

    public Vector128<double> Invoke(Vector128<double> x) => _activation.Derivative<Vector128<double>, Lanes128>(x);

    public Vector256<double> Invoke(Vector256<double> x) => _activation.Derivative<Vector256<double>, Lanes256>(x);

    public Vector512<double> Invoke(Vector512<double> x) => _activation.Derivative<Vector512<double>, Lanes512>(x);

    public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.Invoke(this, x);

    public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.Invoke(this, x);

    public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.Invoke(this, x);
}
