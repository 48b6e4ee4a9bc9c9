namespace Activations;

public static partial class Activation
{
    /// <summary>Hard swish: x·ReLU6(x + 3)/6 = x·HardSigmoid(x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6 in between; minimum −0.375 at x = −1.5.</returns>
    /// <remarks>Evaluated as x(x + 3)/6 (x + 3 exact near −3). The float forms compute in float lanes with x + 3 and
    /// the product carried as two floats, divided by 6 rounded about once (within 0.5000001 ULP on every float input).
    /// Special values: +∞ → +∞, −∞ → 0, NaN → NaN.</remarks>
    public static double HardSwish(double x) => new HardSwishOperator().Invoke(x);

    /// <inheritdoc cref="HardSwish(double)"/>
    public static float HardSwish(float x) => new HardSwishOperator().Invoke(x);

    /// <summary>Writes HardSwish(x[i]) to <c>destination[i]</c>; see <see cref="HardSwish(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void HardSwish(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new HardSwishOperator());

    /// <inheritdoc cref="HardSwish(ReadOnlySpan{double}, Span{double})"/>
    public static void HardSwish(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new HardSwishOperator());

    /// <summary>d/dx HardSwish = 0 for x &lt; −3, (2x + 3)/6 for −3 ≤ x ≤ 3, 1 for x &gt; 3.</summary>
    /// <param name="x">The input.</param>
    /// <returns>The derivative; NaN for NaN.</returns>
    /// <remarks>PyTorch's hardswish_backward, boundaries included: −1/2 at x = −3 (the right-hand value,
    /// where the left-hand one is 0) and 3/2 at x = 3 (the left-hand value, where the right-hand one is 1).
    /// The function is continuous but not differentiable at ±3.</remarks>
    public static double HardSwishDerivative(double x) => new HardSwishOperator().Derivative(x);

    /// <inheritdoc cref="HardSwishDerivative(double)"/>
    public static float HardSwishDerivative(float x) => new HardSwishOperator().Derivative(x);

    internal static readonly ActivationInfo HardSwishInfo = ActivationInfo.Elementwise(
        name: nameof(HardSwish),
        family: ActivationFamily.Smooth,
        description: "A piecewise-quadratic SiLU, x·HardSigmoid(x), cheap on mobile hardware.",
        reference: "PyTorch torch.nn.Hardswish (MobileNetV3, Howard et al., 2019)",
        latexValue: @"\begin{cases} 0 & x \le -3 \\ \frac{x\,(x + 3)}{6} & -3 < x < 3 \\ x & x \ge 3 \end{cases}",
        latexDerivative: @"\begin{cases} 0 & x < -3 \\ \frac{2x + 3}{6} & -3 \le x \le 3 \\ 1 & x > 3 \end{cases}",
        range: new ActivationRange(-0.375, double.PositiveInfinity, true, false, @"[-\tfrac{3}{8}, \infty)"),
        parameters: [],
        create: _ => new HardSwishOperator());

    internal readonly struct HardSwishOperator : IActivationOperator
    {
        public double Invoke(double x) => x <= -3 ? 0.0 : x >= 3 ? x : x * (x + 3) / 6;

        public float Invoke(float x) => InFloat<Vector128<float>, FloatLanes128>(Vector128.CreateScalar(x)).ToScalar();

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => InFloat<Vector128<float>, FloatLanes128>(x);

        public Vector256<float> Invoke(Vector256<float> x) => InFloat<Vector256<float>, FloatLanes256>(x);

        public Vector512<float> Invoke(Vector512<float> x) => InFloat<Vector512<float>, FloatLanes512>(x);

        /// <summary>
        /// The float kernel, in float lanes: c = x clamped to [−3, 3] (NaN kept), c + 3 = t + tLow exactly (Fast2Sum),
        /// c·(t + tLow) = p + pLow with p·pLow from one FMA (c·tLow folded into pLow, far below an ULP of p), and
        /// (p + pLow)/6 rounded about once; x itself from 3 on.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec InFloat<TVec, TLanes>(TVec x)
            where TLanes : IFloatLanes<TVec>
        {
            TVec three = TLanes.Create(3f);
            TVec c = FloatLaneMath.Clamp<TVec, TLanes>(x, -3, 3);
            TVec t = TLanes.Add(c, three);
            TVec tLow = TLanes.Subtract(c, TLanes.Subtract(t, three));
            TVec p = TLanes.Multiply(c, t);
            TVec pLow = TLanes.FusedMultiplyAdd(c, tLow, TLanes.FusedMultiplyAdd(c, t, TLanes.Subtract(TLanes.Create(0f), p)));
            TVec middle = FloatLaneMath.DivideBySix<TVec, TLanes>(p, pLow);
            return TLanes.Select(TLanes.GreaterThanOrEqual(x, three), x, middle);
        }

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.LessThan(x, TLanes.Create(-3)), TLanes.Create(0),
                TLanes.Select(TLanes.LessThanOrEqual(x, TLanes.Create(3)), TLanes.Divide(TLanes.FusedMultiplyAdd(TLanes.Create(2), x, TLanes.Create(3)), TLanes.Create(6)),
                    LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(1)))); // NaN fails every comparison

        /// <summary>Lane form of <see cref="Invoke(double)"/>, the same operations.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec middle = TLanes.Divide(TLanes.Multiply(x, TLanes.Add(x, TLanes.Create(3))), TLanes.Create(6));
            TVec upper = TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Create(3)), x, middle);
            return TLanes.Select(TLanes.LessThanOrEqual(x, TLanes.Create(-3)), TLanes.Create(0), upper);
        }
    }
}
