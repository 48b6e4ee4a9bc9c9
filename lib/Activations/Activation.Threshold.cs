namespace Activations;

public static partial class Activation
{
    /// <summary>Threshold (step) function: 1 if x &gt; θ, 0 otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <param name="theta">The threshold θ (default 0); any finite value.</param>
    /// <returns>1 or 0; NaN for NaN.</returns>
    /// <remarks>
    /// The definition of article 001 (and of the perceptron's step function), not PyTorch's
    /// <c>torch.nn.Threshold</c>, which returns x above the threshold and a fill value below it.
    /// Exact. Threshold(θ) = 0: the step happens strictly above θ.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="theta"/> is NaN or infinite.</exception>
    public static double Threshold(double x, double theta = 0) => new ThresholdOperator(theta).Invoke(x);

    /// <inheritdoc cref="Threshold(double, double)"/>
    public static float Threshold(float x, float theta = 0f) => new ThresholdOperator(theta).Invoke(x);

    /// <summary>Writes Threshold(x[i], θ) to <c>destination[i]</c>; see <see cref="Threshold(double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="theta">The threshold θ.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="theta"/> is NaN or infinite.</exception>
    public static void Threshold(ReadOnlySpan<double> x, Span<double> destination, double theta = 0) =>
        InvokeValues(x, destination, new ThresholdOperator(theta));

    /// <inheritdoc cref="Threshold(ReadOnlySpan{double}, Span{double}, double)"/>
    public static void Threshold(ReadOnlySpan<float> x, Span<float> destination, float theta = 0f) =>
        InvokeValues(x, destination, new ThresholdOperator(theta));

    /// <summary>d/dx Threshold = 0 everywhere.</summary>
    /// <param name="x">The input.</param>
    /// <param name="theta">The threshold θ.</param>
    /// <returns>0; NaN for NaN.</returns>
    /// <remarks>The derivative is 0 wherever it exists and undefined at x = θ (a jump); 0 is returned
    /// there too, as automatic differentiation would. This is why the step function cannot be trained by
    /// gradient descent.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="theta"/> is NaN or infinite.</exception>
    public static double ThresholdDerivative(double x, double theta = 0) => new ThresholdOperator(theta).Derivative(x);

    /// <inheritdoc cref="ThresholdDerivative(double, double)"/>
    public static float ThresholdDerivative(float x, float theta = 0f) => new ThresholdOperator(theta).Derivative(x);

    internal static readonly ActivationInfo ThresholdInfo = ActivationInfo.Elementwise(
        name: nameof(Threshold),
        family: ActivationFamily.Shrinkage,
        description: "Binary step: fires (1) only when the input exceeds θ. Its derivative is 0 wherever it " +
                     "exists, so gradient descent cannot train through it.",
        reference: "Article 001 (threshold_activation); not PyTorch's torch.nn.Threshold",
        latexValue: @"\begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}",
        latexDerivative: @"0 \quad (\text{undefined at } x = \theta\text{; 0 is returned})",
        range: new ActivationRange(0, 1, true, true, @"\{0, 1\}"),
        parameters: [new ActivationParameter("theta", 0, @"\theta", "The threshold; any finite value.")],
        create: p => new ThresholdOperator(p[0]));

    internal readonly struct ThresholdOperator : IActivationOperator
    {
        private readonly double _theta;
        private readonly bool _parametersAreFloats; // then the float forms select in float lanes
        private readonly float _thetaSingle; // converted once: a conversion in the loop adds a dependency chain

        public ThresholdOperator(double theta)
        {
            ThrowHelper.ThrowIfNotFinite(theta);
            _theta = theta;
            _parametersAreFloats = (double)(float)_theta == _theta;
            _thetaSingle = (float)_theta;
        }

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) =>
            _parametersAreFloats ? InFloat(x, _thetaSingle) : FloatThroughDouble.Invoke(new ValueOperator<ThresholdOperator>(this), x);

        public Vector256<float> Invoke(Vector256<float> x) =>
            _parametersAreFloats ? InFloat(x, _thetaSingle) : FloatThroughDouble.Invoke(new ValueOperator<ThresholdOperator>(this), x);

        public Vector512<float> Invoke(Vector512<float> x) =>
            _parametersAreFloats ? InFloat(x, _thetaSingle) : FloatThroughDouble.Invoke(new ValueOperator<ThresholdOperator>(this), x);

        public double Invoke(double x) => x > _theta ? 1.0 : double.IsNaN(x) ? x : 0.0;

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(0));

        /// <summary>Lane form of <see cref="Invoke(double)"/>, the same operations.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec below = TLanes.Select(TLanes.IsNaN(x), x, TLanes.Create(0));
            return TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(_theta)), TLanes.Create(1), below);
        }

        // Float lanes, when the parameters are floats: the double form's comparisons give the same answers,
        // and its only arithmetic rounds the same way; NaN is
        // quieted by x + x, as the round trip through double quiets it.
        private static Vector128<float> InFloat(Vector128<float> x, float theta)
        {
            Vector128<float> result = Vector128.ConditionalSelect(Vector128.GreaterThan(x, Vector128.Create(theta)), Vector128<float>.One, Vector128<float>.Zero);
            return Vector128.ConditionalSelect(Vector128.IsNaN(x), x + x, result);
        }

        private static Vector256<float> InFloat(Vector256<float> x, float theta)
        {
            Vector256<float> result = Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256.Create(theta)), Vector256<float>.One, Vector256<float>.Zero);
            return Vector256.ConditionalSelect(Vector256.IsNaN(x), x + x, result);
        }

        private static Vector512<float> InFloat(Vector512<float> x, float theta)
        {
            Vector512<float> result = Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512.Create(theta)), Vector512<float>.One, Vector512<float>.Zero);
            return Vector512.ConditionalSelect(Vector512.IsNaN(x), x + x, result);
        }
    }
}
