using MathNet.Numerics.LinearAlgebra;

namespace Activations;

/// <summary>
/// Math.NET Numerics interop: apply an activation to a <see cref="Vector{T}"/> in one call,
/// e.g. <c>v.Sigmoid()</c>, <c>v.Softmax()</c>, <c>v.Apply(ActivationCatalog.Get("ELU"), 0.5)</c>.
/// </summary>
/// <remarks>Every method returns a new dense vector and leaves its argument unchanged; the work is done by
/// the span methods of <see cref="Activation"/> on the vector's storage (copied first if it is sparse).</remarks>
public static class ActivationVectorExtensions
{
    /// <summary>Applies <paramref name="activation"/> with the given parameter values (defaults for those left out):
    /// element by element, or as a whole for vector functions such as softmax.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="vector"/> or <paramref name="activation"/> is null.</exception>
    /// <exception cref="ArgumentException">Too many parameter values, or one the function does not accept.</exception>
    public static Vector<double> Apply(this Vector<double> vector, ActivationInfo activation, params double[] parameters)
    {
        ArgumentNullException.ThrowIfNull(activation);
        return Apply(vector, activation.Bind(parameters));
    }

    /// <summary>Applies an activation whose parameters are already fixed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="vector"/> or <paramref name="activation"/> is null.</exception>
    public static Vector<double> Apply(this Vector<double> vector, BoundActivation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        ArgumentNullException.ThrowIfNull(vector);
        double[] result = new double[activation.Info.OutputLength(vector.Count)]; // GLU halves the length
        activation.Value(Storage(vector), result);
        return Vector<double>.Build.Dense(result);
    }

    /// <summary>Applies the derivative of an element-wise activation, element by element.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="vector"/> or <paramref name="activation"/> is null.</exception>
    /// <exception cref="ArgumentException">Too many parameter values, or one the function does not accept.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="activation"/> is a vector function (use
    /// <see cref="SoftmaxJacobian"/> for softmax).</exception>
    public static Vector<double> ApplyDerivative(this Vector<double> vector, ActivationInfo activation, params double[] parameters)
    {
        ArgumentNullException.ThrowIfNull(activation);
        BoundActivation bound = activation.Bind(parameters);
        return Map(vector, bound.Derivative);
    }

    /// <summary>The Jacobian of softmax at <paramref name="vector"/>, J_ij = s_i(δ_ij − s_j), as a dense matrix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="vector"/> is null.</exception>
    public static Matrix<double> SoftmaxJacobian(this Vector<double> vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return Matrix<double>.Build.DenseOfArray(Activation.SoftmaxJacobian(Storage(vector)));
    }

    /// <summary>σ applied element-wise; see <see cref="Activation.Sigmoid(double)"/>.</summary>
    public static Vector<double> Sigmoid(this Vector<double> vector) => Map(vector, Activation.Sigmoid);

    /// <summary>tanh applied element-wise; see <see cref="Activation.Tanh(double)"/>.</summary>
    public static Vector<double> Tanh(this Vector<double> vector) => Map(vector, Activation.Tanh);

    /// <summary>ReLU applied element-wise; see <see cref="Activation.ReLU(double)"/>.</summary>
    public static Vector<double> ReLU(this Vector<double> vector) => Map(vector, Activation.ReLU);

    /// <summary>Leaky ReLU applied element-wise; see <see cref="Activation.LeakyReLU(double, double)"/>.</summary>
    public static Vector<double> LeakyReLU(this Vector<double> vector, double alpha = 0.01) =>
        Map(vector, (x, y) => Activation.LeakyReLU(x, y, alpha));

    /// <summary>GELU (exact) applied element-wise; see <see cref="Activation.GELU(double)"/>.</summary>
    public static Vector<double> GELU(this Vector<double> vector) => Map(vector, Activation.GELU);

    /// <summary>SiLU applied element-wise; see <see cref="Activation.SiLU(double)"/>.</summary>
    public static Vector<double> SiLU(this Vector<double> vector) => Map(vector, Activation.SiLU);

    /// <summary>Softplus applied element-wise; see <see cref="Activation.Softplus(double, double, double)"/>.</summary>
    public static Vector<double> Softplus(this Vector<double> vector, double beta = 1, double threshold = 20) =>
        Map(vector, (x, y) => Activation.Softplus(x, y, beta, threshold));

    /// <summary>Softmax of the whole vector; see <see cref="Activation.Softmax(ReadOnlySpan{double}, Span{double})"/>.</summary>
    public static Vector<double> Softmax(this Vector<double> vector) => Map(vector, Activation.Softmax);

    /// <summary>Log-softmax of the whole vector; see <see cref="Activation.LogSoftmax(ReadOnlySpan{double}, Span{double})"/>.</summary>
    public static Vector<double> LogSoftmax(this Vector<double> vector) => Map(vector, Activation.LogSoftmax);

    /// <summary>Softmin of the whole vector; see <see cref="Activation.Softmin(ReadOnlySpan{double}, Span{double})"/>.</summary>
    public static Vector<double> Softmin(this Vector<double> vector) => Map(vector, Activation.Softmin);

    private static Vector<double> Map(Vector<double> vector, SpanFunction<double> function)
    {
        ArgumentNullException.ThrowIfNull(vector);
        double[] result = new double[vector.Count];
        function(Storage(vector), result);
        return Vector<double>.Build.Dense(result);
    }

    /// <summary>The vector's values without a copy when it is dense.</summary>
    private static double[] Storage(Vector<double> vector) => vector.AsArray() ?? vector.ToArray();
}
