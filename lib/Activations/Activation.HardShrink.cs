namespace Activations;

public static partial class Activation
{
    /// <summary>Hard shrinkage: x if |x| &gt; λ, 0 otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <param name="lambda">The threshold λ ≥ 0 (default 0.5, PyTorch's <c>lambd</c>).</param>
    /// <returns>x or 0. Exact.</returns>
    /// <remarks>Values with |x| = λ are zeroed (PyTorch: 0 where −λ ≤ x ≤ λ).
    /// Special values: ±∞ → ±∞, NaN → NaN.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, NaN or infinite.</exception>
    public static double HardShrink(double x, double lambda = 0.5) => new HardShrinkOperator(lambda).Invoke(x);

    /// <inheritdoc cref="HardShrink(double, double)"/>
    public static float HardShrink(float x, float lambda = 0.5f) => new HardShrinkOperator(lambda).Invoke(x);

    /// <summary>Writes HardShrink(x[i], λ) to <c>destination[i]</c>; see <see cref="HardShrink(double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="lambda">The threshold λ ≥ 0.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, NaN or infinite.</exception>
    public static void HardShrink(ReadOnlySpan<double> x, Span<double> destination, double lambda = 0.5) =>
        InvokeValues(x, destination, new HardShrinkOperator(lambda));

    /// <inheritdoc cref="HardShrink(ReadOnlySpan{double}, Span{double}, double)"/>
    public static void HardShrink(ReadOnlySpan<float> x, Span<float> destination, float lambda = 0.5f) =>
        InvokeValues(x, destination, new HardShrinkOperator(lambda));

    /// <summary>d/dx HardShrink = 1 for |x| &gt; λ, 0 for |x| ≤ λ.</summary>
    /// <param name="x">The input.</param>
    /// <param name="lambda">The threshold λ ≥ 0.</param>
    /// <returns>1 or 0; NaN for NaN.</returns>
    /// <remarks>At the jumps |x| = λ the derivative is 0, PyTorch's convention (shrink_backward: 0 where
    /// −λ ≤ x ≤ λ).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, NaN or infinite.</exception>
    public static double HardShrinkDerivative(double x, double lambda = 0.5) => new HardShrinkOperator(lambda).Derivative(x);

    /// <inheritdoc cref="HardShrinkDerivative(double, double)"/>
    public static float HardShrinkDerivative(float x, float lambda = 0.5f) => new HardShrinkOperator(lambda).Derivative(x);

    internal static readonly ActivationInfo HardShrinkInfo = ActivationInfo.Elementwise(
        name: nameof(HardShrink),
        family: ActivationFamily.Shrinkage,
        description: "Zeroes inputs of magnitude at most λ and keeps the others unchanged (hard thresholding, " +
                     "as in sparse coding and wavelet denoising).",
        reference: "PyTorch torch.nn.Hardshrink",
        latexValue: @"\begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        latexDerivative: @"\begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        range: new ActivationRange(double.NegativeInfinity, double.PositiveInfinity, false, false, @"(-\infty, -\lambda) \cup \{0\} \cup (\lambda, \infty)"),
        parameters: [new ActivationParameter("lambda", 0.5, @"\lambda", "Threshold (PyTorch's lambd); finite, ≥ 0.")],
        create: p => new HardShrinkOperator(p[0]));

    internal readonly struct HardShrinkOperator : IActivationOperator
    {
        private readonly double _lambda;
        private readonly bool _parametersAreFloats; // then the float forms select in float lanes
        private readonly float _lambdaSingle; // converted once: a conversion in the loop adds a dependency chain

        public HardShrinkOperator(double lambda)
        {
            ThrowHelper.ThrowIfNegativeOrNotFinite(lambda);
            _lambda = lambda;
            _parametersAreFloats = (double)(float)_lambda == _lambda;
            _lambdaSingle = (float)_lambda;
        }

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) =>
            _parametersAreFloats ? InFloat(x, _lambdaSingle) : FloatThroughDouble.Invoke(new ValueOperator<HardShrinkOperator>(this), x);

        public Vector256<float> Invoke(Vector256<float> x) =>
            _parametersAreFloats ? InFloat(x, _lambdaSingle) : FloatThroughDouble.Invoke(new ValueOperator<HardShrinkOperator>(this), x);

        public Vector512<float> Invoke(Vector512<float> x) =>
            _parametersAreFloats ? InFloat(x, _lambdaSingle) : FloatThroughDouble.Invoke(new ValueOperator<HardShrinkOperator>(this), x);

        public double Invoke(double x) => Math.Abs(x) > _lambda || double.IsNaN(x) ? x : 0.0;

        public float Invoke(float x) => (float)Invoke((double)x);

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
            TVec keep = TLanes.Or(TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(_lambda)), TLanes.IsNaN(x));
            return TLanes.Select(keep, x, TLanes.Create(0));
        }

        // Float lanes, when the parameters are floats: the double form's comparisons give the same answers,
        // and its only arithmetic rounds the same way; NaN is
        // quieted by x + x, as the round trip through double quiets it.
        private static Vector128<float> InFloat(Vector128<float> x, float lambda)
        {
            Vector128<float> result = Vector128.ConditionalSelect(Vector128.GreaterThan(Vector128.Abs(x), Vector128.Create(lambda)), x, Vector128<float>.Zero);
            return Vector128.ConditionalSelect(Vector128.IsNaN(x), x + x, result);
        }

        private static Vector256<float> InFloat(Vector256<float> x, float lambda)
        {
            Vector256<float> result = Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.Abs(x), Vector256.Create(lambda)), x, Vector256<float>.Zero);
            return Vector256.ConditionalSelect(Vector256.IsNaN(x), x + x, result);
        }

        private static Vector512<float> InFloat(Vector512<float> x, float lambda)
        {
            Vector512<float> result = Vector512.ConditionalSelect(Vector512.GreaterThan(Vector512.Abs(x), Vector512.Create(lambda)), x, Vector512<float>.Zero);
            return Vector512.ConditionalSelect(Vector512.IsNaN(x), x + x, result);
        }
    }
}
