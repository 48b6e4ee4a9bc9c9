namespace Activations;

public static partial class Activation
{
    /// <summary>Hyperbolic tangent: tanh x = (e^x − e^(−x))/(e^x + e^(−x)) = 2σ(2x) − 1.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh x, in [−1, 1] (±1 only by rounding, from |x| ≈ 19.1 on).</returns>
    /// <remarks>
    /// For |x| &lt; 1, tanh|x| = |x| − (|x| − tanh|x|), the second term from the polynomial of
    /// <see cref="TanhShrink(double)"/> (below a third of the result, so its error barely counts); for
    /// |x| ≥ 1, tanh|x| = 1 − 2/(expm1(2|x|) + 2) with <see cref="StableMath.ExpM1"/>; then the sign of x.
    /// No overflow (the textbook quotient is ∞/∞ = NaN from |x| ≈ 355 on).
    /// Special values: tanh(±0) = ±0, tanh(±∞) = ±1, NaN → NaN. Error of a few ULP at most
    /// (unlike TensorPrimitives.Tanh(0f) = −5.96e-08).
    /// </remarks>
    public static double Tanh(double x) => new TanhOperator().Invoke(x);

    /// <inheritdoc cref="Tanh(double)"/>
    public static float Tanh(float x) => new TanhOperator().Invoke(x);

    /// <summary>Writes tanh(x[i]) to <c>destination[i]</c>; see <see cref="Tanh(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void Tanh(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new TanhOperator());

    /// <inheritdoc cref="Tanh(ReadOnlySpan{double}, Span{double})"/>
    public static void Tanh(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new TanhOperator());

    /// <summary>tanh′ x = 1 − tanh² x = sech² x.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh′ x, in [0, 1].</returns>
    /// <remarks>
    /// Evaluated as 4t/(1 + t)², t = e^(−2|x|), with (1 + t)² rounded once; never as 1 − tanh² x (which is 0
    /// from |x| ≈ 19 on):
    /// tanh′(20) = 1.6993417021166355e-17. Special values: tanh′(0) = 1, tanh′(±∞) = 0, NaN → NaN.
    /// </remarks>
    public static double TanhDerivative(double x) => new TanhOperator().Derivative(x);

    /// <inheritdoc cref="TanhDerivative(double)"/>
    public static float TanhDerivative(float x) => new TanhOperator().Derivative(x);

    internal static readonly ActivationInfo TanhInfo = ActivationInfo.Elementwise(
        name: nameof(Tanh),
        family: ActivationFamily.Saturating,
        description: "Squashes any real number into (−1, 1); zero-centred, a rescaled sigmoid (tanh x = 2σ(2x) − 1).",
        reference: "Article 000 (TensorFlow tf.nn.tanh); PyTorch torch.nn.Tanh",
        latexValue: @"\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
        latexDerivative: @"1 - \tanh^2 x",
        range: new ActivationRange(-1, 1, false, false, "(-1, 1)"),
        parameters: [],
        create: _ => new TanhOperator());

    internal readonly struct TanhOperator : IActivationOperator
    {
        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public double Invoke(double x)
        {
            double ax = Math.Abs(x);
            if (ax < 1.0 / (1 << 28))
            {
                return x; // tanh x = x − x³/3 + …: the correction is below 2^-57 relative (and keeps −0)
            }

            if (!(ax <= 22))
            {
                // 1 − tanh 22 < 2^-62: rounds to 1. Also ±∞ and NaN.
                return double.IsNaN(x) ? x : Math.CopySign(1.0, x);
            }

            double tanhAbs = ax < 1
                ? ax - TanhShrinkOperator.OfAbsoluteValue<double, ScalarLanes>(ax) // the subtracted part is below a third of the result
                : 1 - 2 / (StableMath.ExpM1(2 * ax) + 2);
            return Math.CopySign(tanhAbs, x);
        }

        public float Invoke(float x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public double Derivative(double x)
        {
            if (Math.Abs(x) <= DerivativeLimit)
            {
                return DerivativeLanes<double, ScalarLanes>(x);
            }

            return double.IsNaN(x) ? x : 4 * Math.Exp(-2 * Math.Abs(x)); // subnormal or 0 beyond ±354
        }

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(DerivativeLimit))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<TanhOperator>(this), x);

        /// <summary>Where e^(−2|x|) stays normal (≥ 2^-1021), as <see cref="LaneMath.Exp{TVec, TLanes}"/> needs.</summary>
        private const double DerivativeLimit = -LaneMath.ExpMin / 2;

        /// <summary>sech² x = 4t/(1 + t)², t = e^(−2|x|) ≤ 1, with (1 + t)² rounded once (see the sigmoid's derivative).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec t = LaneMath.Exp<TVec, TLanes>(TLanes.Multiply(TLanes.Create(-2), TLanes.Abs(x)));
            return TLanes.Divide(TLanes.Multiply(TLanes.Create(4), t), SigmoidOperator.OnePlusSquared<TVec, TLanes>(t));
        }

        /// <summary>The kernel where no lane is NaN or beyond ±22, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(22)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<TanhOperator>(this), x);

        /// <summary>Lane form of <see cref="Invoke(double)"/>: both branches for |x| ≤ 22, then selects.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec ax = TLanes.Abs(x);
            TVec one = TLanes.Create(1);
            TVec below1 = TLanes.LessThan(ax, one);
            // Each branch only when some lane needs it.
            TVec tanhAbs = TLanes.None(below1) ? Large(ax)
                : TLanes.None(TLanes.GreaterThanOrEqual(ax, one)) ? Small(ax)
                : TLanes.Select(below1, Small(ax), Large(ax));
            return TLanes.Select(TLanes.LessThan(ax, TLanes.Create(1.0 / (1 << 28))), x, TLanes.CopySign(tanhAbs, x));

            static TVec Small(TVec ax) => TLanes.Subtract(ax, TanhShrinkOperator.OfAbsoluteValue<TVec, TLanes>(ax));

            static TVec Large(TVec ax) =>
                TLanes.Subtract(TLanes.Create(1), TLanes.Divide(TLanes.Create(2), TLanes.Add(LaneMath.ExpM1<TVec, TLanes>(TLanes.Add(ax, ax)), TLanes.Create(2))));
        }

        /// <summary>
        /// The float form's double kernel, for every float input (no range check, no lane-by-lane fallback):
        /// tanh|x| = e/(e + 2), e = expm1(2|x|) to 2^-32 relative (<see cref="LaneMath.ExpM1ForSingleOfNonNegative{TVec, TLanes}"/>),
        /// taken at min(|x|, 22) (beyond, tanh rounds to 1 in double and in float; NaN stays NaN) — 2^-32 relative,
        /// 2^-8 of a float ULP, so the float result is within 1 ULP (correctly rounded but for near-ties) without the
        /// polynomial of the double form, which it needs for its last bits. Below 2^-28, tanh x rounds to x (keeps −0).
        /// </summary>
        internal readonly struct SingleKernel : IDoubleLaneKernel
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public TVec Invoke<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec>
            {
                TVec ax = TLanes.Abs(x);
                TVec capped = TLanes.Select(TLanes.GreaterThan(ax, TLanes.Create(22)), TLanes.Create(22), ax);
                TVec e = LaneMath.ExpM1ForSingleOfNonNegative<TVec, TLanes>(TLanes.Add(capped, capped));
                TVec tanh = TLanes.CopySign(TLanes.Divide(e, TLanes.Add(e, TLanes.Create(2))), x);
                return TLanes.Select(TLanes.LessThan(ax, TLanes.Create(1.0 / (1 << 28))), x, tanh); // keeps −0
            }
        }
    }
}
