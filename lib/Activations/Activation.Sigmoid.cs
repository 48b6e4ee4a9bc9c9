namespace Activations;

public static partial class Activation
{
    /// <summary>Logistic sigmoid: σ(x) = 1/(1 + e^(−x)).</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ(x), in [0, 1] (0 and 1 only by rounding: σ(−746) = 0, σ(37) = 1).</returns>
    /// <remarks>
    /// Evaluated as 1/(1 + e^(−x)) for x ≥ 0 and e^x/(1 + e^x) for x &lt; 0, so e^(·) never overflows
    /// and tiny results keep their relative accuracy (σ(−40) = 4.248354255291589e-18).
    /// Special values: σ(0) = 0.5 exactly, σ(+∞) = 1, σ(−∞) = 0, NaN → NaN. Error of a few ULP at most.
    /// </remarks>
    public static double Sigmoid(double x) => new SigmoidOperator().Invoke(x);

    /// <inheritdoc cref="Sigmoid(double)"/>
    public static float Sigmoid(float x) => new SigmoidOperator().Invoke(x);

    /// <summary>Writes σ(x[i]) to <c>destination[i]</c>; see <see cref="Sigmoid(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new SigmoidOperator());

    /// <inheritdoc cref="Sigmoid(ReadOnlySpan{double}, Span{double})"/>
    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new SigmoidOperator());

    /// <summary>σ′(x) = σ(x)·(1 − σ(x)) = σ(x)·σ(−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ′(x), in [0, 1/4].</returns>
    /// <remarks>
    /// Evaluated as t/(1 + t)², t = e^(−|x|), with (1 + t)² rounded once: no 1 − σ(x) cancellation and no
    /// overflow, so σ′(−40) = σ′(40) =
    /// 4.248354255291589e-18 rather than 0. Special values: σ′(0) = 0.25, σ′(±∞) = 0, NaN → NaN.
    /// </remarks>
    public static double SigmoidDerivative(double x) => new SigmoidOperator().Derivative(x);

    /// <inheritdoc cref="SigmoidDerivative(double)"/>
    public static float SigmoidDerivative(float x) => new SigmoidOperator().Derivative(x);

    internal static readonly ActivationInfo SigmoidInfo = ActivationInfo.Elementwise(
        name: nameof(Sigmoid),
        family: ActivationFamily.Saturating,
        description: "Squashes any real number into (0, 1), read as a probability or a signal strength; " +
                     "its gradient vanishes for large |x|.",
        reference: "Article 000 (TensorFlow tf.nn.sigmoid); PyTorch torch.nn.Sigmoid",
        latexValue: @"\sigma(x) = \frac{1}{1 + e^{-x}}",
        latexDerivative: @"\sigma(x)\,\bigl(1 - \sigma(x)\bigr)",
        range: new ActivationRange(0, 1, false, false, "(0, 1)"),
        parameters: [],
        create: _ => new SigmoidOperator());

    internal readonly struct SigmoidOperator : IActivationOperator
    {
        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        public double Invoke(double x) =>
            Math.Abs(x) <= -LaneMath.ExpMin ? Lanes<double, ScalarLanes>(x) : Saturated(x);

        /// <summary>|x| &gt; 708 or NaN: 1/(1 + e^(−x)) for x ≥ 0 (1), e^x/(1 + e^x) below (e^x, subnormal).</summary>
        private static double Saturated(double x)
        {
            if (x >= 0)
            {
                return 1 / (1 + Math.Exp(-x));
            }

            double e = Math.Exp(x); // NaN also lands here and propagates
            return e / (1 + e);
        }

        public float Invoke(float x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        /// <summary>The float forms' kernel, lane by lane where a lane is beyond its range.</summary>
        private static RangeCheckedKernel<SingleKernel> FloatKernel => new(new SingleKernel());

        public double Derivative(double x) =>
            Math.Abs(x) <= -LaneMath.ExpMin ? DerivativeLanes<double, ScalarLanes>(x) : SaturatedDerivative(x);

        /// <summary>|x| &gt; 708 or NaN: t/(1 + t)² = t, e^(−|x|) subnormal or 0.</summary>
        private static double SaturatedDerivative(double x) => Math.Exp(-Math.Abs(x)); // NaN propagates

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(-LaneMath.ExpMin))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<SigmoidOperator>(this), x);

        /// <summary>
        /// σ(x)σ(−x) = t/(1 + t)², t = e^(−|x|) ≤ 1, for |x| ≤ 708: no cancellation, no overflow. 1 + t = a + al
        /// exactly (Fast2Sum), so (1 + t)² is rounded once: about 1.5 ULP in all.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec t = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(x)));
            return TLanes.Divide(t, OnePlusSquared<TVec, TLanes>(t));
        }

        /// <summary>(1 + t)² rounded once for 0 ≤ t ≤ 1: 1 + t = a + al exactly (Fast2Sum), (a + al)² ≈ a² + 2a·al.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static TVec OnePlusSquared<TVec, TLanes>(TVec t)
            where TLanes : ILanes<TVec>
        {
            TVec one = TLanes.Create(1);
            TVec a = TLanes.Add(one, t);
            TVec aLow = TLanes.Subtract(t, TLanes.Subtract(a, one));
            return TLanes.FusedMultiplyAdd(a, a, TLanes.Multiply(TLanes.Multiply(TLanes.Create(2), a), aLow));
        }

        /// <summary>The kernel where no lane is NaN or beyond ±708, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(-LaneMath.ExpMin)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<SigmoidOperator>(this), x);

        /// <summary>σ(x) = n/(1 + e), e = e^(−|x|), n = 1 for x ≥ 0 and e below: 1/(1 + e^(−x)) and e^x/(1 + e^x) in one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec e = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(x)));
            TVec numerator = TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Create(0)), TLanes.Create(1), e);
            return TLanes.Divide(numerator, TLanes.Add(TLanes.Create(1), e));
        }

        /// <summary>
        /// The float form's double kernel: n/(1 + e) as in <see cref="Lanes{TVec, TLanes}"/> with e = e^(−|x|) from
        /// <see cref="LaneMath.ExpForSingle{TVec, TLanes}"/> (2^-32 relative; the double form's exponential carries
        /// its last bits for nothing here), for |x| ≤ 104, where σ(−|x|) is still above half the smallest float;
        /// beyond (and NaN) the double form, whose result rounds to 0 or 1 alike. About 2^-32 relative before
        /// the rounding to float: within 0.5 + 2^-8 ULP.
        /// </summary>
        internal readonly struct SingleKernel : IRangeLimitedKernel
        {
            public static double Limit => 104;

            public double Outside(double x) => new SigmoidOperator().Invoke(x);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public TVec Invoke<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec>
            {
                TVec e = LaneMath.ExpForSingle<TVec, TLanes>(TLanes.Negate(TLanes.Abs(x)));
                TVec numerator = TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Create(0)), TLanes.Create(1), e);
                return TLanes.Divide(numerator, TLanes.Add(TLanes.Create(1), e));
            }
        }
    }
}
