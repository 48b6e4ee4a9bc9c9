namespace Activations;

public static partial class Activation
{
    /// <summary>Rectified linear unit: ReLU(x) = max(0, x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x for x &gt; 0, otherwise +0 (also for x = −0).</returns>
    /// <remarks>Exact. Special values: ReLU(+∞) = +∞, ReLU(−∞) = 0, NaN → NaN.</remarks>
    public static double ReLU(double x) => new ReLUOperator().Invoke(x);

    /// <inheritdoc cref="ReLU(double)"/>
    public static float ReLU(float x) => new ReLUOperator().Invoke(x);

    /// <summary>Writes ReLU(x[i]) to <c>destination[i]</c>; see <see cref="ReLU(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void ReLU(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeSpanIntoSpan(x, destination, new ReLUOperator());

    /// <inheritdoc cref="ReLU(ReadOnlySpan{double}, Span{double})"/>
    public static void ReLU(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeSpanIntoSpan(x, destination, new ReLUOperator());

    /// <summary>ReLU′(x) = 1 for x &gt; 0, 0 for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>1 or 0; NaN for NaN.</returns>
    /// <remarks>At the kink ReLU′(0) = 0, PyTorch's convention (threshold_backward passes the gradient
    /// only where x &gt; 0).</remarks>
    public static double ReLUDerivative(double x) => new ReLUOperator().Derivative(x);

    /// <inheritdoc cref="ReLUDerivative(double)"/>
    public static float ReLUDerivative(float x) => new ReLUOperator().Derivative(x);

    internal static readonly ActivationInfo ReLUInfo = ActivationInfo.Elementwise(
        name: nameof(ReLU),
        family: ActivationFamily.Rectifier,
        description: "Passes positive inputs unchanged and zeroes the rest: cheap, and its gradient does not " +
                     "vanish for x > 0; the default activation of deep networks.",
        reference: "Article 000 (TensorFlow tf.nn.relu); PyTorch torch.nn.ReLU",
        latexValue: @"\max(0, x)",
        latexDerivative: @"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}",
        range: new ActivationRange(0, double.PositiveInfinity, true, false, @"[0, \infty)"),
        parameters: [],
        create: _ => new ReLUOperator());

    internal readonly struct ReLUOperator : IActivationOperator
    {
        public static bool Vectorizable => false;

        public double Invoke(double x) => x > 0 ? x : double.IsNaN(x) ? x : 0.0;

        public float Invoke(float x) => x > 0 ? x : float.IsNaN(x) ? x : 0f;

        public double Derivative(double x) => x > 0 ? 1.0 : double.IsNaN(x) ? x : 0.0;

        public float Derivative(float x) => x > 0 ? 1f : float.IsNaN(x) ? x : 0f;
    }
}
