namespace Activations;

public static partial class Activation
{
    /// <summary>Softplus: (1/β)·ln(1 + e^(βx)), and x itself where βx &gt; threshold (PyTorch's definition).</summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β &gt; 0 (default 1): sharpness; as β → ∞ softplus tends to ReLU.</param>
    /// <param name="threshold">Above this value of βx the result is x (default 20); any finite value.
    /// The switch is PyTorch's: at βx = 20 the exact softplus exceeds x by 2e-9/β.</param>
    /// <returns>Softplus(x), in (0, ∞).</returns>
    /// <remarks>
    /// Evaluated as (max(y, 0) + ln(1 + e^(−|y|)))/β with y = βx and <see cref="StableMath.LogP1"/>,
    /// so nothing overflows (softplus(1000) = 1000) and tiny results keep their relative accuracy
    /// (softplus(−40) = 4.248354255291589e-18). βx is formed exactly as y + δ (FMA) and the result
    /// corrected by σ(y)·δ, since for y ≪ 0 a relative error ε of y becomes an error |y|·ε of the result.
    /// Special values: +∞ → +∞, −∞ → 0, NaN → NaN.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a finite number &gt; 0,
    /// or <paramref name="threshold"/> is NaN or infinite.</exception>
    public static double Softplus(double x, double beta = 1, double threshold = 20) =>
        new SoftplusOperator(beta, threshold).Invoke(x);

    /// <inheritdoc cref="Softplus(double, double, double)"/>
    public static float Softplus(float x, float beta = 1f, float threshold = 20f) =>
        new SoftplusOperator(beta, threshold).Invoke(x);

    /// <summary>Writes Softplus(x[i], β, threshold) to <c>destination[i]</c>; see <see cref="Softplus(double, double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="beta">β &gt; 0.</param>
    /// <param name="threshold">Above this value of βx the result is x.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a finite number &gt; 0,
    /// or <paramref name="threshold"/> is NaN or infinite.</exception>
    public static void Softplus(ReadOnlySpan<double> x, Span<double> destination, double beta = 1, double threshold = 20) =>
        InvokeSpanIntoSpan(x, destination, new SoftplusOperator(beta, threshold));

    /// <inheritdoc cref="Softplus(ReadOnlySpan{double}, Span{double}, double, double)"/>
    public static void Softplus(ReadOnlySpan<float> x, Span<float> destination, float beta = 1f, float threshold = 20f) =>
        InvokeSpanIntoSpan(x, destination, new SoftplusOperator(beta, threshold));

    /// <summary>d/dx Softplus = σ(βx), and 1 where βx &gt; threshold.</summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β &gt; 0.</param>
    /// <param name="threshold">Above this value of βx the derivative is 1.</param>
    /// <returns>The derivative, in (0, 1]; NaN for NaN.</returns>
    /// <remarks>PyTorch's softplus_backward: 1 where βx &gt; threshold, e^(βx)/(1 + e^(βx)) elsewhere;
    /// σ is evaluated stably (σ(−40β)… keeps its relative accuracy).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a finite number &gt; 0,
    /// or <paramref name="threshold"/> is NaN or infinite.</exception>
    public static double SoftplusDerivative(double x, double beta = 1, double threshold = 20) =>
        new SoftplusOperator(beta, threshold).Derivative(x);

    /// <inheritdoc cref="SoftplusDerivative(double, double, double)"/>
    public static float SoftplusDerivative(float x, float beta = 1f, float threshold = 20f) =>
        new SoftplusOperator(beta, threshold).Derivative(x);

    internal static readonly ActivationInfo SoftplusInfo = ActivationInfo.Elementwise(
        name: nameof(Softplus),
        family: ActivationFamily.Smooth,
        description: "A smooth ReLU, ln(1 + e^x): always positive, with the sigmoid as its derivative; β sharpens it.",
        reference: "PyTorch torch.nn.Softplus (Dugas et al., 2001)",
        latexValue: @"\begin{cases} \frac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr) & \beta x \le t \\ x & \beta x > t \end{cases}",
        latexDerivative: @"\begin{cases} \sigma(\beta x) & \beta x \le t \\ 1 & \beta x > t \end{cases}",
        range: new ActivationRange(0, double.PositiveInfinity, false, false, @"(0, \infty)"),
        parameters:
        [
            new ActivationParameter("beta", 1, @"\beta", "Sharpness β, finite and > 0; β → ∞ gives ReLU."),
            new ActivationParameter("threshold", 20, "t", "Above this value of βx the function is the identity (PyTorch's linear regime); finite."),
        ],
        create: p => new SoftplusOperator(p[0], p[1]));

    internal readonly struct SoftplusOperator : IActivationOperator
    {
        private readonly double _beta;
        private readonly double _threshold;

        public SoftplusOperator(double beta, double threshold)
        {
            ThrowHelper.ThrowIfNotPositiveFinite(beta);
            ThrowHelper.ThrowIfNotFinite(threshold);
            _beta = beta;
            _threshold = threshold;
        }

        public static bool Vectorizable => false;

        public double Invoke(double x)
        {
            double y = DoubleDouble.TwoProduct(_beta, x, out double yLow);
            if (y > _threshold || double.IsNaN(y))
            {
                return x;
            }

            if (y < -700)
            {
                // softplus(y) ≈ e^y(1 + yLow); βx = −∞ (x = −∞, or an overflowing product) gives 0.
                return double.IsNegativeInfinity(y) ? 0 : StableMath.MultiplyByExp((1 + yLow) / _beta, y);
            }

            double softplus = Math.Max(y, 0) + StableMath.LogP1(Math.Exp(-Math.Abs(y)));
            return Math.FusedMultiplyAdd(Sigmoid(y), yLow, softplus) / _beta; // sp(y + δ) ≈ sp(y) + σ(y)·δ
        }

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x)
        {
            double y = DoubleDouble.TwoProduct(_beta, x, out double yLow);
            if (y > _threshold)
            {
                return 1;
            }

            if (y < -700)
            {
                return double.IsNegativeInfinity(y) ? 0 : StableMath.MultiplyByExp(1 + yLow, y);
            }

            double sigma = Sigmoid(y); // NaN propagates
            return Math.FusedMultiplyAdd(sigma * Sigmoid(-y), yLow, sigma); // σ(y + δ) ≈ σ(y) + σ′(y)·δ
        }

        public float Derivative(float x) => (float)Derivative((double)x);
    }
}
