namespace Activations;

public static partial class Activation
{
    /// <summary>Hard sigmoid: x/6 + 1/2 clipped to [0, 1], i.e. ReLU6(x + 3)/6 (PyTorch's definition).</summary>
    /// <param name="x">The input.</param>
    /// <returns>0 for x ≤ −3, 1 for x ≥ 3, (x + 3)/6 in between.</returns>
    /// <remarks>Evaluated as (x + 3)/6: x + 3 is exact near −3 (Sterbenz), so small results keep their
    /// relative accuracy, unlike x/6 + 1/2. The float forms compute in float lanes with x + 3 carried as two
    /// floats and the division by 6 rounded about once (no double lanes; within 0.5 ULP on every float input).
    /// Special values: ±∞ → 1 or 0, NaN → NaN, HardSigmoid(0) = 0.5.</remarks>
    public static double HardSigmoid(double x) => new HardSigmoidOperator().Invoke(x);

    /// <inheritdoc cref="HardSigmoid(double)"/>
    public static float HardSigmoid(float x) => new HardSigmoidOperator().Invoke(x);

    /// <summary>Writes HardSigmoid(x[i]) to <c>destination[i]</c>; see <see cref="HardSigmoid(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void HardSigmoid(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new HardSigmoidOperator());

    /// <inheritdoc cref="HardSigmoid(ReadOnlySpan{double}, Span{double})"/>
    public static void HardSigmoid(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new HardSigmoidOperator());

    /// <summary>d/dx HardSigmoid = 1/6 for −3 &lt; x &lt; 3, 0 otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <returns>1/6 or 0; NaN for NaN.</returns>
    /// <remarks>At the kinks x = ±3 the derivative is 0, PyTorch's convention (hardsigmoid_backward passes
    /// the gradient only where −3 &lt; x &lt; 3).</remarks>
    public static double HardSigmoidDerivative(double x) => new HardSigmoidOperator().Derivative(x);

    /// <inheritdoc cref="HardSigmoidDerivative(double)"/>
    public static float HardSigmoidDerivative(float x) => new HardSigmoidOperator().Derivative(x);

    internal static readonly ActivationInfo HardSigmoidInfo = ActivationInfo.Elementwise(
        name: nameof(HardSigmoid),
        family: ActivationFamily.Saturating,
        description: "A piecewise-linear sigmoid, cheap to compute (no exponential), used in mobile networks.",
        reference: "PyTorch torch.nn.Hardsigmoid (MobileNetV3, Howard et al., 2019)",
        latexValue: @"\begin{cases} 0 & x \le -3 \\ \frac{x}{6} + \frac{1}{2} & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}",
        latexDerivative: @"\begin{cases} \frac{1}{6} & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}",
        range: new ActivationRange(0, 1, true, true, "[0, 1]"),
        parameters: [],
        create: _ => new HardSigmoidOperator());

    internal readonly struct HardSigmoidOperator : IActivationOperator
    {
        public double Invoke(double x) => x <= -3 ? 0.0 : x >= 3 ? 1.0 : (x + 3) / 6;

        public float Invoke(float x) => InFloat<Vector128<float>, FloatLanes128>(Vector128.CreateScalar(x)).ToScalar();

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => InFloat<Vector128<float>, FloatLanes128>(x);

        public Vector256<float> Invoke(Vector256<float> x) => InFloat<Vector256<float>, FloatLanes256>(x);

        public Vector512<float> Invoke(Vector512<float> x) => InFloat<Vector512<float>, FloatLanes512>(x);

        /// <summary>
        /// The float kernel, in float lanes: c = x clamped to [−3, 3] (NaN kept), c + 3 = t + tLow exactly (Fast2Sum,
        /// |c| ≤ 3) and (t + tLow)/6 rounded about once: within 0.5 ULP but for near-ties.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec InFloat<TVec, TLanes>(TVec x)
            where TLanes : IFloatLanes<TVec>
        {
            TVec c = FloatLaneMath.Clamp<TVec, TLanes>(x, -3, 3);
            TVec three = TLanes.Create(3f);
            TVec t = TLanes.Add(c, three);
            TVec tLow = TLanes.Subtract(c, TLanes.Subtract(t, three));
            return FloatLaneMath.DivideBySix<TVec, TLanes>(t, tLow);
        }

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.And(TLanes.GreaterThan(x, TLanes.Create(-3)), TLanes.LessThan(x, TLanes.Create(3))), TLanes.Create(1.0 / 6), LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(0)));

        /// <summary>Lane form of <see cref="Invoke(double)"/>, the same operations.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec middle = TLanes.Divide(TLanes.Add(x, TLanes.Create(3)), TLanes.Create(6));
            TVec upper = TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Create(3)), TLanes.Create(1), middle);
            return TLanes.Select(TLanes.LessThanOrEqual(x, TLanes.Create(-3)), TLanes.Create(0), upper);
        }
    }
}
