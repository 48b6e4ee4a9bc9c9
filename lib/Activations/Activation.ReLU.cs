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
        InvokeValues(x, destination, new ReLUOperator());

    /// <inheritdoc cref="ReLU(ReadOnlySpan{double}, Span{double})"/>
    public static void ReLU(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new ReLUOperator());

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
        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => Lanes(x, 0f);

        public Vector256<float> Invoke(Vector256<float> x) => Lanes(x, 0f);

        public Vector512<float> Invoke(Vector512<float> x) => Lanes(x, 0f);

        public double Invoke(double x) => Invoke<double, ScalarLanes>(x);

        public float Invoke(float x) => x > 0 ? x : float.IsNaN(x) ? x : 0f;

        /// <summary>x where x &gt; 0 or NaN, else +0 (so ReLU(−0) = +0, as PyTorch).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.Or(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.IsNaN(x)), x, TLanes.Create(0));

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.Create(1), LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(0)));

        // The float forms select in float lanes (twice the elements of double lanes, the same bits).
        private static Vector128<T> Lanes<T>(Vector128<T> x, T zero) =>
            Vector128.ConditionalSelect(Vector128.GreaterThan(x, Vector128.Create(zero)) | Vector128.IsNaN(x), x, Vector128.Create(zero));

        private static Vector256<T> Lanes<T>(Vector256<T> x, T zero) =>
            Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256.Create(zero)) | Vector256.IsNaN(x), x, Vector256.Create(zero));

        private static Vector512<T> Lanes<T>(Vector512<T> x, T zero) =>
            Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512.Create(zero)) | Vector512.IsNaN(x), x, Vector512.Create(zero));
    }
}
