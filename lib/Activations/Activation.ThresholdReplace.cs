namespace Activations;

public static partial class Activation
{
    /// <summary>PyTorch's threshold (<c>torch.nn.Threshold</c>): x if x &gt; threshold, otherwise <paramref name="value"/>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="threshold">The threshold; any finite value. Required, as in PyTorch.</param>
    /// <param name="value">What replaces every input not above the threshold; any finite value. Required, as in PyTorch.</param>
    /// <returns>x or <paramref name="value"/> (exact); NaN for NaN (ATen's <c>x &lt;= threshold ? value : x</c>
    /// keeps NaN too).</returns>
    /// <remarks>
    /// Named <c>ThresholdReplace</c> because <see cref="Threshold(double, double)"/> is the articles' step
    /// function (1 above θ, 0 below), which PyTorch does not have; this one keeps x above the threshold and
    /// <em>replaces</em> the rest. <c>ThresholdReplace(x, 0, 0)</c> is ReLU; with value = 0 it is Keras's
    /// ThresholdedReLU. Special values: +∞ → +∞, −∞ → value.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> or <paramref name="value"/>
    /// is NaN or infinite.</exception>
    public static double ThresholdReplace(double x, double threshold, double value) =>
        new ThresholdReplaceOperator(threshold, value).Invoke(x);

    /// <inheritdoc cref="ThresholdReplace(double, double, double)"/>
    public static float ThresholdReplace(float x, float threshold, float value) =>
        new ThresholdReplaceOperator(threshold, value).Invoke(x);

    /// <summary>Writes ThresholdReplace(x[i], threshold, value) to <c>destination[i]</c>; see
    /// <see cref="ThresholdReplace(double, double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="value">The replacement for inputs not above the threshold.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> or <paramref name="value"/>
    /// is NaN or infinite.</exception>
    public static void ThresholdReplace(ReadOnlySpan<double> x, Span<double> destination, double threshold, double value) =>
        InvokeValues(x, destination, new ThresholdReplaceOperator(threshold, value));

    /// <inheritdoc cref="ThresholdReplace(ReadOnlySpan{double}, Span{double}, double, double)"/>
    public static void ThresholdReplace(ReadOnlySpan<float> x, Span<float> destination, float threshold, float value) =>
        InvokeValues(x, destination, new ThresholdReplaceOperator(threshold, value));

    /// <summary>d/dx ThresholdReplace = 1 for x &gt; threshold, 0 otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="value">The replacement (it does not change the derivative; validated like the value's).</param>
    /// <returns>1 or 0; NaN for NaN.</returns>
    /// <remarks>At x = threshold (a jump unless value = threshold) the derivative is 0, PyTorch's
    /// <c>threshold_backward</c> (gradient only where x &gt; threshold).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> or <paramref name="value"/>
    /// is NaN or infinite.</exception>
    public static double ThresholdReplaceDerivative(double x, double threshold, double value) =>
        new ThresholdReplaceOperator(threshold, value).Derivative(x);

    /// <inheritdoc cref="ThresholdReplaceDerivative(double, double, double)"/>
    public static float ThresholdReplaceDerivative(float x, float threshold, float value) =>
        new ThresholdReplaceOperator(threshold, value).Derivative(x);

    // PyTorch's nn.Threshold has no defaults; the catalogue's (threshold 1, value 0) show the jump that sets it
    // apart from ReLU (0, 0 would draw ReLU again).
    internal static readonly ActivationInfo ThresholdReplaceInfo = ActivationInfo.Elementwise(
        name: nameof(ThresholdReplace),
        family: ActivationFamily.Shrinkage, // beside the step function Threshold
        description: "PyTorch's threshold: keeps x above the threshold and replaces everything else by a fixed " +
                     "value; with threshold = value = 0 it is ReLU.",
        reference: "PyTorch torch.nn.Threshold (no defaults there; the catalogue draws threshold = 1, value = 0)",
        latexValue: @"\begin{cases} x & x > t \\ v & x \le t \end{cases}",
        latexDerivative: @"\begin{cases} 1 & x > t \\ 0 & x \le t \end{cases}",
        range: new ActivationRange(0, double.PositiveInfinity, true, false, @"\{v\} \cup (t, \infty)"),
        parameters:
        [
            new ActivationParameter("threshold", 1, "t", "Inputs above it pass unchanged; any finite value."),
            new ActivationParameter("value", 0, "v", "Replaces every input not above the threshold; any finite value."),
        ],
        create: p => new ThresholdReplaceOperator(p[0], p[1]));

    internal readonly struct ThresholdReplaceOperator : IActivationOperator
    {
        private readonly double _threshold;
        private readonly double _value;

        public ThresholdReplaceOperator(double threshold, double value)
        {
            ThrowHelper.ThrowIfNotFinite(threshold);
            ThrowHelper.ThrowIfNotFinite(value);
            _threshold = threshold;
            _value = value;
        }

        public double Invoke(double x) => Invoke<double, ScalarLanes>(x);

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Invoke(double)"/>: x where x &gt; threshold or NaN, else value.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec keep = TLanes.Or(TLanes.GreaterThan(x, TLanes.Create(_threshold)), TLanes.IsNaN(x));
            return TLanes.Select(keep, x, TLanes.Create(_value));
        }

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(_threshold)), TLanes.Create(1), LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(0)));
    }
}
