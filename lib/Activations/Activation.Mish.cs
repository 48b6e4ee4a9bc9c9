namespace Activations;

public static partial class Activation
{
    /// <summary>Mish: x·tanh(softplus(x)) = x·tanh(ln(1 + e^x)).</summary>
    /// <param name="x">The input.</param>
    /// <returns>Mish(x), in [−0.308843…, ∞) (minimum at x ≈ −1.192431).</returns>
    /// <remarks>
    /// With n = e^x(e^x + 2), tanh(ln(1 + e^x)) = n/(n + 2) exactly (since (1 + e^x)² = n + 1), a quotient
    /// of positive terms: no cancellation for x ≪ 0, where Mish(x) ≈ x·e^x keeps its relative accuracy,
    /// and no overflow (above x = 40, tanh(softplus x) rounds to 1). Below x = −700, x·e^x is formed so a
    /// subnormal result is rounded once.
    /// Special values: ±0 → ±0, +∞ → +∞, NaN → NaN, Mish(−∞) = −0 (the limit, from below).
    /// </remarks>
    public static double Mish(double x) => new MishOperator().Invoke(x);

    /// <inheritdoc cref="Mish(double)"/>
    public static float Mish(float x) => new MishOperator().Invoke(x);

    /// <summary>Writes Mish(x[i]) to <c>destination[i]</c>; see <see cref="Mish(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void Mish(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new MishOperator());

    /// <inheritdoc cref="Mish(ReadOnlySpan{double}, Span{double})"/>
    public static void Mish(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new MishOperator());

    /// <summary>Mish′(x) = tanh(sp(x)) + x·σ(x)·sech²(sp(x)), sp = softplus.</summary>
    /// <param name="x">The input.</param>
    /// <returns>Mish′(x); NaN for NaN.</returns>
    /// <remarks>With e = e^x and n = e(e + 2): tanh(sp) = n/(n + 2) and sech²(sp) = 4(n + 1)/(n + 2)², so
    /// Mish′ = e·(e³ + 4e² + 6e + 4 + 4x + 4xe)/(n + 2)². Evaluated in two-double arithmetic (e^x included) and
    /// rounded about once; the numerator's terms cancel at the zero x0 ≈ −1.192431, so for |x − x0| &lt; 1/64 it is
    /// rewritten exactly as a multiple of x − x0 (see the code) and Mish′ keeps its relative accuracy near its zero.
    /// Limits: 1 at +∞, −0 at −∞.</remarks>
    public static double MishDerivative(double x) => new MishOperator().Derivative(x);

    /// <inheritdoc cref="MishDerivative(double)"/>
    public static float MishDerivative(float x) => new MishOperator().Derivative(x);

    internal static readonly ActivationInfo MishInfo = ActivationInfo.Elementwise(
        name: nameof(Mish),
        family: ActivationFamily.Smooth,
        description: "A self-gated smooth rectifier, x·tanh(softplus x), close to SiLU with a slightly deeper " +
                     "negative dip; used in YOLOv4.",
        reference: "PyTorch torch.nn.Mish (Misra, 2019)",
        latexValue: @"x \tanh\bigl(\ln(1 + e^{x})\bigr)",
        latexDerivative: @"\tanh\bigl(\operatorname{sp}(x)\bigr) + x\,\sigma(x)\,\operatorname{sech}^2\bigl(\operatorname{sp}(x)\bigr), \quad \operatorname{sp}(x) = \ln(1 + e^{x})",
        range: new ActivationRange(-0.3088434130173, double.PositiveInfinity, true, false, @"[\approx -0.30884, \infty)"),
        parameters: [],
        create: _ => new MishOperator());

    internal readonly struct MishOperator : IActivationOperator
    {
        public double Invoke(double x) => x >= -700 && x <= 40 ? Lanes<double, ScalarLanes>(x) : OutsideKernel(x);

        /// <summary>x &gt; 40, x &lt; −700 or NaN.</summary>
        private static double OutsideKernel(double x)
        {
            if (x > 40)
            {
                return x; // 1 − tanh(softplus 40) ≈ 2e^-80: rounds to 1
            }

            if (x < -700)
            {
                return double.IsNegativeInfinity(x) ? -0.0 : StableMath.MultiplyByExp(x, x);
            }

            double e = Math.Exp(x); // NaN lands here and propagates
            double n = Math.FusedMultiplyAdd(e, e, 2 * e); // e(e + 2), rounded once
            return x * (n / (n + 2));
        }

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x)
        {
            if (x >= -700 && x <= 40)
            {
                return DerivativeLanes<double, ScalarLanes>(x);
            }

            if (x > 40)
            {
                return 1;
            }

            // x < −700 or NaN: tanh(sp) ≈ e^x and x·σ·sech² ≈ x·e^x here
            return double.IsNegativeInfinity(x) ? -0.0 : StableMath.MultiplyByExp(1 + x, x); // NaN propagates
        }

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.Or(TLanes.IsNaN(x), TLanes.LessThan(x, TLanes.Create(-700))), TLanes.GreaterThan(x, TLanes.Create(40))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<MishOperator>(this), x);

        /// <summary>
        /// Mish′ = e·B/d² for −700 ≤ x ≤ 40, e = e^x, d = (1 + e)² + 1 = n + 2, B = ((e + 4)e + 6 + 4x)e + 4 + 4x,
        /// evaluated in two-double arithmetic from a two-double e^x and divided once, so the result is rounded
        /// about once (each rounding of a plain evaluation, e^x's included, is amplified: up to 4.8 ULP).
        /// Where |x − x0| &lt; 1/64, x0 ≈ −1.192431 the zero of Mish′, B's terms cancel, and the error of e^x
        /// (below 2^-57) would be amplified by 0.19/|x − x0|: there B is rewritten exactly as a multiple of δ = x − x0.
        /// With c = e^(x0) and Δ = e − c = c·expm1(δ), B = Δ·q + 4δ(1 + c), q = e² + ec + c² + 4e + 4c + 6 + 4x
        /// (as B(x0) = 0); both terms are proportional to δ and of one sign, Δ·q about a fifth of B.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec one = TLanes.Create(1);
            TVec four = TLanes.Create(4);
            TVec fourX = TLanes.Multiply(four, x);
            TVec e = LaneMath.ExpTwoDouble<TVec, TLanes>(x, out TVec eLow);

            TVec u = LaneMath.Add<TVec, TLanes>(e, eLow, one, out TVec uLow);
            TVec uSquared = LaneMath.Multiply<TVec, TLanes>(u, uLow, u, uLow, out TVec uSquaredLow);
            TVec d = LaneMath.Add<TVec, TLanes>(uSquared, uSquaredLow, one, out TVec dLow);
            TVec dSquared = LaneMath.Multiply<TVec, TLanes>(d, dLow, d, dLow, out TVec dSquaredLow);

            TVec a = LaneMath.Add<TVec, TLanes>(e, eLow, four, out TVec aLow);
            a = LaneMath.Multiply<TVec, TLanes>(a, aLow, e, eLow, out aLow);
            TVec constant = LaneMath.TwoSum<TVec, TLanes>(TLanes.Create(6), fourX, out TVec constantLow);
            a = LaneMath.Add<TVec, TLanes>(a, aLow, constant, constantLow, out aLow);
            a = LaneMath.Multiply<TVec, TLanes>(a, aLow, e, eLow, out aLow);
            constant = LaneMath.TwoSum<TVec, TLanes>(four, fourX, out constantLow);
            TVec b = LaneMath.Add<TVec, TLanes>(a, aLow, constant, constantLow, out TVec bLow);

            TVec delta = TLanes.Subtract(x, TLanes.Create(DerivativeRoot)); // exact near x0 (Sterbenz)
            TVec nearRoot = TLanes.LessThan(TLanes.Abs(delta), TLanes.Create(1.0 / 64));
            if (!TLanes.None(nearRoot))
            {
                delta = LaneMath.TwoSum<TVec, TLanes>(delta, TLanes.Create(-DerivativeRootLow), out TVec deltaLow);
                TVec c = TLanes.Create(DerivativeRootExp);
                TVec difference = TLanes.FusedMultiplyAdd(c, deltaLow, TLanes.Multiply(c, LaneMath.ExpM1<TVec, TLanes>(delta)));
                TVec q = TLanes.Add(
                    TLanes.Add(TLanes.Multiply(e, TLanes.Add(e, c)), TLanes.Create(DerivativeRootExp * DerivativeRootExp)),
                    TLanes.Add(TLanes.Multiply(four, TLanes.Add(e, c)), TLanes.Add(TLanes.Create(6), fourX)));
                TVec fourDelta = TLanes.Multiply(four, delta), fourDeltaLow = TLanes.Multiply(four, deltaLow);
                TVec fourDeltaC = LaneMath.Multiply<TVec, TLanes>(fourDelta, fourDeltaLow, c, out TVec fourDeltaCLow);
                TVec linear = LaneMath.Add<TVec, TLanes>(fourDelta, fourDeltaLow, fourDeltaC, fourDeltaCLow, out TVec linearLow);
                TVec product = LaneMath.TwoProduct<TVec, TLanes>(difference, q, out TVec productLow);
                TVec rootB = LaneMath.Add<TVec, TLanes>(product, productLow, linear, linearLow, out TVec rootBLow);
                b = TLanes.Select(nearRoot, rootB, b);
                bLow = TLanes.Select(nearRoot, rootBLow, bLow);
            }

            TVec numerator = LaneMath.Multiply<TVec, TLanes>(e, eLow, b, bLow, out TVec numeratorLow);
            return LaneMath.Divide<TVec, TLanes>(numerator, numeratorLow, dSquared, dSquaredLow);
        }

        // x0 = DerivativeRoot + DerivativeRootLow is the zero of Mish′ (mpmath findroot, 50 digits);
        // DerivativeRootExp = e^(x0), rounded: its error only scales the terms of B near x0 by 2^-53.
        private const double DerivativeRoot = -1.1924312145154952;
        private const double DerivativeRootLow = -4.8484829848031044e-17;
        private const double DerivativeRootExp = 0.3034825352815289;

        /// <summary>The kernel where no lane is NaN or outside [−700, 40], else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.Or(TLanes.IsNaN(x), TLanes.LessThan(x, TLanes.Create(-700))), TLanes.GreaterThan(x, TLanes.Create(40)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<MishOperator>(this), x);

        /// <summary>x·n/(n + 2), n = e(e + 2) rounded once, e = e^x: tanh(ln(1 + e)) = ((1 + e)² − 1)/((1 + e)² + 1).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec e = LaneMath.Exp<TVec, TLanes>(x);
            TVec n = TLanes.FusedMultiplyAdd(e, e, TLanes.Multiply(TLanes.Create(2), e));
            return TLanes.Multiply(x, TLanes.Divide(n, TLanes.Add(n, TLanes.Create(2))));
        }
    }
}
