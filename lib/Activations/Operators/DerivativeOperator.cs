namespace Activations;

/// <summary>Turns an activation operator into the operator of its derivative, so spans of derivatives
/// go through the same driver as spans of values.</summary>
internal readonly struct DerivativeOperator<TOperator>(TOperator activation)
    : IUnaryOperator<double>, IUnaryOperator<float>
    where TOperator : struct, IActivationOperator
{
    private readonly TOperator _activation = activation;

    public static bool Vectorizable => false;

    public double Invoke(double x) => _activation.Derivative(x);

    public float Invoke(float x) => _activation.Derivative(x);
}
