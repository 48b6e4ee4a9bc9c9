namespace Activations;

public static partial class Activation
{
    /// <summary>Leaky ReLU: x for x &gt; 0, αx otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">Slope α for x ≤ 0 (PyTorch's <c>negative_slope</c>, default 0.01); any finite
    /// value. α = 0 gives ReLU; the function is monotone for α ≥ 0.</param>
    /// <returns>x or αx (one rounding).</returns>
    /// <remarks>Special values: +∞ → +∞, −∞ → −∞ (0 when α = 0), NaN → NaN; −0 → −0·α.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN or infinite.</exception>
    public static double LeakyReLU(double x, double alpha = 0.01) => new LeakyReLUOperator(alpha).Invoke(x);

    /// <inheritdoc cref="LeakyReLU(double, double)"/>
    public static float LeakyReLU(float x, float alpha = 0.01f) => new LeakyReLUOperator(alpha).Invoke(x);

    /// <summary>Writes LeakyReLU(x[i], α) to <c>destination[i]</c>; see <see cref="LeakyReLU(double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="alpha">Slope α for x ≤ 0.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN or infinite.</exception>
    public static void LeakyReLU(ReadOnlySpan<double> x, Span<double> destination, double alpha = 0.01) =>
        InvokeValues(x, destination, new LeakyReLUOperator(alpha));

    /// <inheritdoc cref="LeakyReLU(ReadOnlySpan{double}, Span{double}, double)"/>
    public static void LeakyReLU(ReadOnlySpan<float> x, Span<float> destination, float alpha = 0.01f) =>
        InvokeValues(x, destination, new LeakyReLUOperator(alpha));

    /// <summary>d/dx LeakyReLU = 1 for x &gt; 0, α for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">Slope α for x ≤ 0.</param>
    /// <returns>1 or α; NaN for NaN.</returns>
    /// <remarks>At the kink the derivative is α, PyTorch's convention (leaky_relu_backward: x &gt; 0 ? 1 : α).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN or infinite.</exception>
    public static double LeakyReLUDerivative(double x, double alpha = 0.01) => new LeakyReLUOperator(alpha).Derivative(x);

    /// <inheritdoc cref="LeakyReLUDerivative(double, double)"/>
    public static float LeakyReLUDerivative(float x, float alpha = 0.01f) => new LeakyReLUOperator(alpha).Derivative(x);

    internal static readonly ActivationInfo LeakyReLUInfo = ActivationInfo.Elementwise(
        name: nameof(LeakyReLU),
        family: ActivationFamily.Rectifier,
        description: "ReLU with a small slope α for negative inputs, so their gradient is α instead of 0.",
        reference: "Article 000 (TensorFlow tf.nn.leaky_relu); PyTorch torch.nn.LeakyReLU",
        latexValue: @"\begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases}",
        latexDerivative: @"\begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases}",
        range: new ActivationRange(double.NegativeInfinity, double.PositiveInfinity, false, false, @"(-\infty, \infty) \text{ for } \alpha > 0"),
        parameters: [new ActivationParameter("alpha", 0.01, @"\alpha", "Slope for x ≤ 0 (PyTorch's negative_slope); any finite value.")],
        create: p => new LeakyReLUOperator(p[0]));

    internal readonly struct LeakyReLUOperator : IActivationOperator
    {
        private readonly double _alpha;
        private readonly bool _parametersAreFloats; // then the float forms select in float lanes
        private readonly float _alphaSingle; // converted once: a conversion in the loop adds a dependency chain

        public LeakyReLUOperator(double alpha)
        {
            ThrowHelper.ThrowIfNotFinite(alpha);
            _alpha = alpha;
            _parametersAreFloats = (double)(float)_alpha == _alpha;
            _alphaSingle = (float)_alpha;
        }

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) =>
            _parametersAreFloats ? InFloat(x, _alphaSingle) : FloatThroughDouble.Invoke(new ValueOperator<LeakyReLUOperator>(this), x);

        public Vector256<float> Invoke(Vector256<float> x) =>
            _parametersAreFloats ? InFloat(x, _alphaSingle) : FloatThroughDouble.Invoke(new ValueOperator<LeakyReLUOperator>(this), x);

        public Vector512<float> Invoke(Vector512<float> x) =>
            _parametersAreFloats ? InFloat(x, _alphaSingle) : FloatThroughDouble.Invoke(new ValueOperator<LeakyReLUOperator>(this), x);

        public double Invoke(double x)
        {
            if (x > 0 || double.IsNaN(x))
            {
                return x;
            }

            return _alpha == 0 ? 0.0 : _alpha * x; // α = 0: avoid 0·(−∞) = NaN
        }

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.Create(1), LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(_alpha)));

        /// <summary>Lane form of <see cref="Invoke(double)"/>, the same operations.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec keep = TLanes.Or(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.IsNaN(x));
            TVec negative = _alpha == 0 ? TLanes.Create(0) : TLanes.Multiply(TLanes.Create(_alpha), x);
            return TLanes.Select(keep, x, negative);
        }

        // Float lanes, when the parameters are floats: the double form's comparisons give the same answers,
        // and its only arithmetic (α·x, exact in double, then rounded once) rounds the same way; NaN is
        // quieted by x + x, as the round trip through double quiets it.
        private static Vector128<float> InFloat(Vector128<float> x, float alpha)
        {
            Vector128<float> negative = alpha == 0 ? Vector128<float>.Zero : Vector128.Create(alpha) * x;
            Vector128<float> result = Vector128.ConditionalSelect(Vector128.GreaterThan(x, Vector128<float>.Zero), x, negative);
            return Vector128.ConditionalSelect(Vector128.IsNaN(x), x + x, result);
        }

        private static Vector256<float> InFloat(Vector256<float> x, float alpha)
        {
            Vector256<float> negative = alpha == 0 ? Vector256<float>.Zero : Vector256.Create(alpha) * x;
            Vector256<float> result = Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<float>.Zero), x, negative);
            return Vector256.ConditionalSelect(Vector256.IsNaN(x), x + x, result);
        }

        private static Vector512<float> InFloat(Vector512<float> x, float alpha)
        {
            Vector512<float> negative = alpha == 0 ? Vector512<float>.Zero : Vector512.Create(alpha) * x;
            Vector512<float> result = Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512<float>.Zero), x, negative);
            return Vector512.ConditionalSelect(Vector512.IsNaN(x), x + x, result);
        }
    }
}
