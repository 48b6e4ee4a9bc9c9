namespace Activations;

/// <summary>
/// An activation operator as the span driver's operator of its values: the double lanes run the
/// operator's <see cref="IActivationOperator.Invoke{TVec, TLanes}(TVec)"/>, the float lanes its own float
/// forms when it has them, else the double lanes rounded once — the lane-wise image of
/// <c>(float)Invoke((double)x)</c>.
/// </summary>
internal readonly struct ValueOperator<TOperator>(TOperator activation)
    : IUnaryOperator<double>, IUnaryOperator<float>
    where TOperator : struct, IActivationOperator
{
    private readonly TOperator _activation = activation;

    public double Invoke(double x) => _activation.Invoke(x);

    public float Invoke(float x) => _activation.Invoke(x);

    public Vector128<double> Invoke(Vector128<double> x) => _activation.Invoke<Vector128<double>, Lanes128>(x);

    public Vector256<double> Invoke(Vector256<double> x) => _activation.Invoke<Vector256<double>, Lanes256>(x);

    public Vector512<double> Invoke(Vector512<double> x) => _activation.Invoke<Vector512<double>, Lanes512>(x);

    public Vector128<float> Invoke(Vector128<float> x) =>
        TOperator.HasSingleVectorForms ? _activation.Invoke(x) : FloatThroughDouble.Invoke(this, x);

    public Vector256<float> Invoke(Vector256<float> x) =>
        TOperator.HasSingleVectorForms ? _activation.Invoke(x) : FloatThroughDouble.Invoke(this, x);

    public Vector512<float> Invoke(Vector512<float> x) =>
        TOperator.HasSingleVectorForms ? _activation.Invoke(x) : FloatThroughDouble.Invoke(this, x);
}
