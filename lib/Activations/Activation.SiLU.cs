namespace Activations;

public static partial class Activation
{
    /// <summary>Sigmoid linear unit (swish with β = 1): SiLU(x) = x·σ(x) = x/(1 + e^(−x)).</summary>
    /// <param name="x">The input.</param>
    /// <returns>SiLU(x), in [−0.278464…, ∞) (minimum at x ≈ −1.278465).</returns>
    /// <remarks>
    /// x/(1 + e^(−x)) for x ≥ 0 and x·e^x/(1 + e^x) for x &lt; 0; below x = −700 the factor e^x is
    /// applied in two halves so a subnormal result is rounded only once.
    /// Special values: ±0 → ±0, +∞ → +∞, NaN → NaN, SiLU(−∞) = −0 (the limit, from below).
    /// </remarks>
    public static double SiLU(double x) => new SiLUOperator().Invoke(x);

    /// <inheritdoc cref="SiLU(double)"/>
    public static float SiLU(float x) => new SiLUOperator().Invoke(x);

    /// <summary>Writes SiLU(x[i]) to <c>destination[i]</c>; see <see cref="SiLU(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void SiLU(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new SiLUOperator());

    /// <inheritdoc cref="SiLU(ReadOnlySpan{double}, Span{double})"/>
    public static void SiLU(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new SiLUOperator());

    /// <summary>SiLU′(x) = σ(x)·(1 + x·σ(−x)) = σ(x) + x·σ(x)σ(−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>SiLU′(x), in [−0.0998…, 1.0998…]; NaN for NaN.</returns>
    /// <remarks>SiLU′ = σ′(x)·(1 + x + e^x). The factor 1 + x + e^x vanishes at x0 ≈ −1.278465, where its
    /// terms cancel; for −4 &lt; x &lt; 0 it is evaluated as d + e^(x0)·expm1(d), d = x − x0 (an exact
    /// identity whose two terms have the same sign), so SiLU′ keeps its relative accuracy near its zero.
    /// Limits: 1 at +∞ (from x = 45 on), −0 at −∞.</remarks>
    public static double SiLUDerivative(double x) => new SiLUOperator().Derivative(x);

    /// <inheritdoc cref="SiLUDerivative(double)"/>
    public static float SiLUDerivative(float x) => new SiLUOperator().Derivative(x);

    internal static readonly ActivationInfo SiLUInfo = ActivationInfo.Elementwise(
        name: nameof(SiLU),
        family: ActivationFamily.Smooth,
        description: "The input gated by its own sigmoid (also called swish): smooth, non-monotone, unbounded " +
                     "above and bounded below.",
        reference: "PyTorch torch.nn.SiLU (Elfwing et al., 2017; Ramachandran et al., 2017)",
        latexValue: @"x\,\sigma(x) = \frac{x}{1 + e^{-x}}",
        latexDerivative: @"\sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)",
        range: new ActivationRange(-0.2784645427611, double.PositiveInfinity, true, false, @"[\approx -0.27846, \infty)"),
        parameters: [],
        create: _ => new SiLUOperator());

    internal readonly struct SiLUOperator : IActivationOperator
    {
        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        public double Invoke(double x) =>
            x >= -700 && x <= -LaneMath.ExpMin ? Lanes<double, ScalarLanes>(x) : OutsideKernel(x);

        /// <summary>x &gt; 708, x &lt; −700 or NaN.</summary>
        private static double OutsideKernel(double x)
        {
            if (x >= 0)
            {
                return x / (1 + Math.Exp(-x));
            }

            if (x < -700)
            {
                // 1 + e^x = 1; the product x·e^x may be subnormal.
                return double.IsNegativeInfinity(x) ? -0.0 : StableMath.MultiplyByExp(x, x);
            }

            double e = Math.Exp(x); // NaN lands here and propagates
            return x * e / (1 + e);
        }

        public float Invoke(float x) => FloatThroughDouble.InvokeKernel(FloatKernel, x);

        /// <summary>The float forms' kernel, lane by lane where a lane is beyond its range.</summary>
        private static RangeCheckedKernel<SingleKernel> FloatKernel => new(new SingleKernel());

        public double Derivative(double x)
        {
            if (x >= -700 && x <= 45)
            {
                return DerivativeLanes<double, ScalarLanes>(x);
            }

            if (x > 45)
            {
                return 1; // SiLU′ − 1 ≈ x·e^(−x) < 2^-59 (at 40 it is still 1.7e-16, one ULP)
            }

            // x < −700 or NaN
            return double.IsNegativeInfinity(x) ? -0.0 : StableMath.MultiplyByExp(1 + x, x); // NaN propagates
        }

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.Or(TLanes.IsNaN(x), TLanes.LessThan(x, TLanes.Create(-700))), TLanes.GreaterThan(x, TLanes.Create(45))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<SiLUOperator>(this), x);

        /// <summary>
        /// SiLU′ = σ′(x)·(1 + x + e^x) for −700 ≤ x ≤ 45. Near the root (−4 &lt; x &lt; 0), with x0 the root
        /// of 1 + x + e^x and c = e^(x0) = −(1 + x0), 1 + x + e^x = δ + c·expm1(δ), δ = x − x0, exactly: both
        /// terms have the sign of δ. Elsewhere 1 + x and e^x do not cancel (1 + x ≤ −3, or both positive).
        /// A vector with no lane on one side skips that side's formula.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec zero = TLanes.Create(0);
            TVec sigmaPrime = SigmoidOperator.DerivativeLanes<TVec, TLanes>(x);
            TVec nearRoot = TLanes.And(TLanes.GreaterThan(x, TLanes.Create(-4)), TLanes.LessThan(x, zero));
            TVec far = zero;
            if (!TLanes.None(TLanes.Or(TLanes.LessThanOrEqual(x, TLanes.Create(-4)), TLanes.GreaterThanOrEqual(x, zero))))
            {
                far = TLanes.Add(TLanes.Add(TLanes.Create(1), x), LaneMath.Exp<TVec, TLanes>(x));
            }

            if (TLanes.None(nearRoot))
            {
                return TLanes.Multiply(sigmaPrime, far);
            }

            TVec delta = TLanes.Subtract(TLanes.Subtract(x, TLanes.Create(DerivativeRoot)), TLanes.Create(DerivativeRootLow));
            TVec near = TLanes.FusedMultiplyAdd(TLanes.Create(DerivativeRootExp), LaneMath.ExpM1<TVec, TLanes>(delta), delta);
            return TLanes.Multiply(sigmaPrime, TLanes.Select(nearRoot, near, far));
        }

        // x0 = DerivativeRoot + DerivativeRootLow solves 1 + x + e^x = 0 (mpmath findroot, 50 digits);
        // DerivativeRootExp = e^(x0) = −(1 + x0).
        private const double DerivativeRoot = -1.2784645427610737;
        private const double DerivativeRootLow = -1.0946994183093437e-16;
        private const double DerivativeRootExp = 0.2784645427610738;

        /// <summary>The kernel where no lane is NaN or outside [−700, 708], else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.Or(TLanes.IsNaN(x), TLanes.LessThan(x, TLanes.Create(-700))), TLanes.GreaterThan(x, TLanes.Create(-LaneMath.ExpMin)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<SiLUOperator>(this), x);

        /// <summary>SiLU(x) = n/(1 + e), e = e^(−|x|), n = x for x ≥ 0 and x·e below.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec e = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(x)));
            TVec numerator = TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Create(0)), x, TLanes.Multiply(x, e));
            return TLanes.Divide(numerator, TLanes.Add(TLanes.Create(1), e));
        }

        /// <summary>
        /// The float form's double kernel: n/(1 + e) as in <see cref="Lanes{TVec, TLanes}"/> with e = e^(−|x|) from
        /// <see cref="LaneMath.ExpForSingle{TVec, TLanes}"/> (2^-32 relative), for |x| ≤ 112 (below −112 the result
        /// is below half the smallest float, above it x); beyond (and NaN) the double form. Within 0.5 + 2^-8 ULP
        /// after the rounding to float.
        /// </summary>
        internal readonly struct SingleKernel : IRangeLimitedKernel
        {
            public static double Limit => 112;

            public double Outside(double x) => new SiLUOperator().Invoke(x);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public TVec Invoke<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec>
            {
                TVec e = LaneMath.ExpForSingle<TVec, TLanes>(TLanes.Negate(TLanes.Abs(x)));
                TVec numerator = TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Create(0)), x, TLanes.Multiply(x, e));
                return TLanes.Divide(numerator, TLanes.Add(TLanes.Create(1), e));
            }
        }
    }
}
