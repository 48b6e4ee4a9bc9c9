namespace Activations;

public static partial class Activation
{
    /// <summary>Soft shrinkage: x − λ for x &gt; λ, x + λ for x &lt; −λ, 0 otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <param name="lambda">The threshold λ ≥ 0 (default 0.5, PyTorch's <c>lambd</c>).</param>
    /// <returns>sign(x)·max(|x| − λ, 0) (one rounding).</returns>
    /// <remarks>The proximal operator of λ|x| (soft thresholding, as in the lasso and ISTA).
    /// Special values: ±∞ → ±∞, NaN → NaN.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, NaN or infinite.</exception>
    public static double SoftShrink(double x, double lambda = 0.5) => new SoftShrinkOperator(lambda).Invoke(x);

    /// <inheritdoc cref="SoftShrink(double, double)"/>
    public static float SoftShrink(float x, float lambda = 0.5f) => new SoftShrinkOperator(lambda).Invoke(x);

    /// <summary>Writes SoftShrink(x[i], λ) to <c>destination[i]</c>; see <see cref="SoftShrink(double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="lambda">The threshold λ ≥ 0.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, NaN or infinite.</exception>
    public static void SoftShrink(ReadOnlySpan<double> x, Span<double> destination, double lambda = 0.5) =>
        InvokeValues(x, destination, new SoftShrinkOperator(lambda));

    /// <inheritdoc cref="SoftShrink(ReadOnlySpan{double}, Span{double}, double)"/>
    public static void SoftShrink(ReadOnlySpan<float> x, Span<float> destination, float lambda = 0.5f) =>
        InvokeValues(x, destination, new SoftShrinkOperator(lambda));

    /// <summary>d/dx SoftShrink = 1 for |x| &gt; λ, 0 for |x| ≤ λ.</summary>
    /// <param name="x">The input.</param>
    /// <param name="lambda">The threshold λ ≥ 0.</param>
    /// <returns>1 or 0; NaN for NaN.</returns>
    /// <remarks>At the kinks |x| = λ the derivative is 0, PyTorch's convention (shrink_backward: 0 where
    /// −λ ≤ x ≤ λ).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, NaN or infinite.</exception>
    public static double SoftShrinkDerivative(double x, double lambda = 0.5) => new SoftShrinkOperator(lambda).Derivative(x);

    /// <inheritdoc cref="SoftShrinkDerivative(double, double)"/>
    public static float SoftShrinkDerivative(float x, float lambda = 0.5f) => new SoftShrinkOperator(lambda).Derivative(x);

    internal static readonly ActivationInfo SoftShrinkInfo = ActivationInfo.Elementwise(
        name: nameof(SoftShrink),
        family: ActivationFamily.Shrinkage,
        description: "Moves every input λ towards 0 and zeroes those within λ of it (soft thresholding, the " +
                     "proximal operator of λ|x| used in the lasso).",
        reference: "PyTorch torch.nn.Softshrink",
        latexValue: @"\begin{cases} x - \lambda & x > \lambda \\ x + \lambda & x < -\lambda \\ 0 & |x| \le \lambda \end{cases}",
        latexDerivative: @"\begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        range: new ActivationRange(double.NegativeInfinity, double.PositiveInfinity, false, false, @"(-\infty, \infty)"),
        parameters: [new ActivationParameter("lambda", 0.5, @"\lambda", "Threshold (PyTorch's lambd); finite, ≥ 0.")],
        create: p => new SoftShrinkOperator(p[0]));

    internal readonly struct SoftShrinkOperator : IActivationOperator
    {
        private readonly double _lambda;
        private readonly bool _parametersAreFloats; // then the float forms compute in float lanes
        private readonly float _lambdaSingle; // converted once: a conversion in the loop adds a dependency chain

        public SoftShrinkOperator(double lambda)
        {
            ThrowHelper.ThrowIfNegativeOrNotFinite(lambda);
            _lambda = lambda;
            _parametersAreFloats = (double)(float)_lambda == _lambda;
            _lambdaSingle = (float)_lambda;
        }

        public double Invoke(double x) =>
            x > _lambda ? x - _lambda : x < -_lambda ? x + _lambda : double.IsNaN(x) ? x : 0.0;

        public float Invoke(float x) =>
            _parametersAreFloats ? InFloat<Vector128<float>, FloatLanes128>(Vector128.CreateScalar(x), _lambdaSingle).ToScalar() : (float)Invoke((double)x);

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) =>
            _parametersAreFloats ? InFloat<Vector128<float>, FloatLanes128>(x, _lambdaSingle) : FloatThroughDouble.Invoke(new ValueOperator<SoftShrinkOperator>(this), x);

        public Vector256<float> Invoke(Vector256<float> x) =>
            _parametersAreFloats ? InFloat<Vector256<float>, FloatLanes256>(x, _lambdaSingle) : FloatThroughDouble.Invoke(new ValueOperator<SoftShrinkOperator>(this), x);

        public Vector512<float> Invoke(Vector512<float> x) =>
            _parametersAreFloats ? InFloat<Vector512<float>, FloatLanes512>(x, _lambdaSingle) : FloatThroughDouble.Invoke(new ValueOperator<SoftShrinkOperator>(this), x);

        /// <summary>
        /// Float lanes, when λ is a float: x − clamp(x, −λ, λ) is x − λ, x + λ or x − x = +0 with one rounding (the
        /// correctly rounded result); NaN stays NaN, quieted by the subtraction.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec InFloat<TVec, TLanes>(TVec x, float lambda)
            where TLanes : IFloatLanes<TVec> =>
            TLanes.Subtract(x, FloatLaneMath.Clamp<TVec, TLanes>(x, -lambda, lambda));

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(_lambda)), TLanes.Create(1), LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(0)));

        /// <summary>Lane form of <see cref="Invoke(double)"/>, the same operations.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec lambda = TLanes.Create(_lambda);
            TVec middle = TLanes.Select(TLanes.IsNaN(x), x, TLanes.Create(0));
            TVec below = TLanes.Select(TLanes.LessThan(x, TLanes.Negate(lambda)), TLanes.Add(x, lambda), middle);
            return TLanes.Select(TLanes.GreaterThan(x, lambda), TLanes.Subtract(x, lambda), below);
        }
    }
}
