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
    /// Mish′ = e·(e³ + 4e² + 6e + 4 + 4x + 4xe)/(n + 2)². The numerator's terms cancel at the zero
    /// x0 ≈ −1.192431; for −2.25 &lt; x &lt; −0.5 it is rewritten exactly as a multiple of x − x0 (see the code),
    /// so Mish′ keeps its relative accuracy near its zero; for x ≥ 0 numerator and denominator are divided by
    /// e⁴ (all terms positive and bounded). Limits: 1 at +∞, −0 at −∞.</remarks>
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
        /// Mish′ for −700 ≤ x ≤ 40 over the common denominator (n + 2)², n = e(e + 2), e = e^x, with
        /// n + 2 carried as d + dLow so the square is rounded once. Three numerators, selected per lane
        /// (a vector with no lane in a range skips its formula):
        /// <list type="bullet">
        /// <item>−2.25 &lt; x &lt; −0.5: Mish′ = e·B/(n + 2)², B = e³ + 4e² + 6e + 4 + 4x + 4xe, whose terms
        /// cancel at the root x0. With δ = x − x0, c = e^(x0) and Δ = e − c = c·expm1(δ),
        /// B = Δ·(e² + ec + c² + 4e + 4c + 6 + 4x) + 4δ(1 + c) exactly (as B(x0) = 0): both terms are
        /// proportional to δ, no cancellation.</item>
        /// <item>x ≥ 0: divided through by e⁴, with t = e^(−x) ≤ 1, every term is positive and bounded:
        /// Mish′ = (1 + 4t + 6t² + 4t³ + 4x·t²(1 + t))/(1 + 2t + 2t²)².</item>
        /// <item>elsewhere the terms of B cancel little (by less than a factor 1.6).</item>
        /// </list>
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec zero = TLanes.Create(0);
            TVec one = TLanes.Create(1);
            TVec two = TLanes.Create(2);
            TVec four = TLanes.Create(4);
            TVec e = LaneMath.Exp<TVec, TLanes>(x);
            TVec d = LaneMath.TwoSum<TVec, TLanes>(two, TLanes.Multiply(e, TLanes.Add(e, two)), out TVec dLow);
            TVec dSquared = TLanes.FusedMultiplyAdd(d, d, TLanes.Multiply(TLanes.Multiply(two, d), dLow));

            TVec nearRoot = TLanes.And(TLanes.GreaterThan(x, TLanes.Create(-2.25)), TLanes.LessThan(x, TLanes.Create(-0.5)));
            TVec positive = TLanes.GreaterThanOrEqual(x, zero);
            TVec result = zero;
            if (!TLanes.None(TLanes.LessThanOrEqual(x, TLanes.Create(-2.25))) || !TLanes.None(TLanes.And(TLanes.GreaterThanOrEqual(x, TLanes.Create(-0.5)), TLanes.LessThan(x, zero))))
            {
                TVec numerator = TLanes.FusedMultiplyAdd(
                    e,
                    TLanes.FusedMultiplyAdd(e, TLanes.Add(e, four), TLanes.Create(6)),
                    TLanes.Add(TLanes.Multiply(four, TLanes.Add(one, x)), TLanes.Multiply(TLanes.Multiply(four, x), e)));
                result = TLanes.Divide(TLanes.Multiply(e, numerator), dSquared);
            }

            if (!TLanes.None(nearRoot))
            {
                TVec c = TLanes.Create(DerivativeRootExp);
                TVec delta = TLanes.Subtract(TLanes.Subtract(x, TLanes.Create(DerivativeRoot)), TLanes.Create(DerivativeRootLow));
                TVec difference = TLanes.Multiply(c, LaneMath.ExpM1<TVec, TLanes>(delta));
                TVec q = TLanes.Add(
                    TLanes.Add(TLanes.Add(TLanes.Multiply(e, TLanes.Add(e, c)), TLanes.Create(DerivativeRootExp * DerivativeRootExp)), TLanes.Multiply(four, TLanes.Add(e, c))),
                    TLanes.FusedMultiplyAdd(four, x, TLanes.Create(6)));
                TVec b = TLanes.FusedMultiplyAdd(difference, q, TLanes.Multiply(TLanes.Multiply(four, delta), TLanes.Create(1 + DerivativeRootExp)));
                result = TLanes.Select(nearRoot, TLanes.Divide(TLanes.Multiply(e, b), dSquared), result);
            }

            if (!TLanes.None(positive))
            {
                TVec t = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(x));
                TVec s = TLanes.FusedMultiplyAdd(TLanes.Multiply(two, t), TLanes.Add(one, t), one);
                TVec polynomial = TLanes.FusedMultiplyAdd(t, TLanes.FusedMultiplyAdd(t, TLanes.FusedMultiplyAdd(four, t, TLanes.Create(6)), four), one);
                TVec numerator = TLanes.FusedMultiplyAdd(TLanes.Multiply(TLanes.Multiply(four, x), t), TLanes.Multiply(t, TLanes.Add(one, t)), polynomial);
                result = TLanes.Select(positive, TLanes.Divide(numerator, TLanes.Multiply(s, s)), result);
            }

            return result;
        }

        // x0 = DerivativeRoot + DerivativeRootLow is the zero of Mish′ (mpmath findroot, 50 digits);
        // DerivativeRootExp = e^(x0).
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
