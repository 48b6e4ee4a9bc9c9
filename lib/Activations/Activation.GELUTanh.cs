namespace Activations;

public static partial class Activation
{
    private const double GeluTanhKappa = 0.044715;
    private const double GeluTanhKappaLow = 2.1960211427085595e-18;   // 0.044715 − (double)0.044715
    private const double SqrtEightOverPi = 1.5957691216057308;        // 2·√(2/π), rounded
    private const double SqrtEightOverPiLow = -9.96930880911092e-17;  // 2·√(2/π) − SqrtEightOverPi

    /// <summary>GELU, tanh approximation: ½x·(1 + tanh(√(2/π)·(x + 0.044715x³))).</summary>
    /// <param name="x">The input.</param>
    /// <returns>GELUTanh(x), in [−0.170041…, ∞); it differs from <see cref="GELU(double)"/> by less than 5e-4.</returns>
    /// <remarks>
    /// <para>PyTorch's <c>GELU(approximate='tanh')</c>, computed as the exact function of its formula.
    /// Since ½(1 + tanh u) = σ(2u), it is evaluated as x·σ(v), v = √(8/π)·x·(1 + 0.044715x²), with no
    /// 1 + tanh cancellation. v is carried as a double-double (the constants included): for x ≪ 0,
    /// σ(v) ≈ e^v and a relative error ε of v would become an error |v|·ε of the result (600 ULP at x = −20).</para>
    /// <para>Special values: ±0 → ±0, +∞ → +∞, NaN → NaN; underflows to −0 below x ≈ −23, GELUTanh(−∞) = −0.</para>
    /// </remarks>
    public static double GELUTanh(double x) => new GELUTanhOperator().Invoke(x);

    /// <inheritdoc cref="GELUTanh(double)"/>
    public static float GELUTanh(float x) => new GELUTanhOperator().Invoke(x);

    /// <summary>Writes GELUTanh(x[i]) to <c>destination[i]</c>; see <see cref="GELUTanh(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void GELUTanh(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new GELUTanhOperator());

    /// <inheritdoc cref="GELUTanh(ReadOnlySpan{double}, Span{double})"/>
    public static void GELUTanh(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new GELUTanhOperator());

    /// <summary>d/dx GELUTanh = σ(v) + x·σ(v)σ(−v)·v′, v = √(8/π)(x + 0.044715x³), v′ = √(8/π)(1 + 0.134145x²).</summary>
    /// <param name="x">The input.</param>
    /// <returns>The derivative; NaN for NaN.</returns>
    /// <remarks>Same as PyTorch's tanh-approximation backward, ½(1 + tanh u) + ½x·sech²u·u′ with u = v/2,
    /// in the sigmoid form. Within 5/8 of its zero x0 ≈ −0.752461, where the two terms cancel, it is
    /// evaluated as (x − x0)·P(x − x0) with a fitted polynomial P. Limits: 1 at +∞, −0 at −∞.</remarks>
    public static double GELUTanhDerivative(double x) => new GELUTanhOperator().Derivative(x);

    /// <inheritdoc cref="GELUTanhDerivative(double)"/>
    public static float GELUTanhDerivative(float x) => new GELUTanhOperator().Derivative(x);

    internal static readonly ActivationInfo GELUTanhInfo = ActivationInfo.Elementwise(
        name: nameof(GELUTanh),
        family: ActivationFamily.Smooth,
        description: "The tanh approximation of GELU used by the original BERT and GPT-2 code; within 5e-4 " +
                     "of the exact GELU everywhere.",
        reference: "PyTorch torch.nn.GELU(approximate='tanh') (Hendrycks & Gimpel, 2016)",
        latexValue: @"\frac{x}{2}\left(1 + \tanh\!\left(\sqrt{2/\pi}\,\bigl(x + 0.044715\,x^{3}\bigr)\right)\right)",
        latexDerivative: @"\frac{1 + \tanh u}{2} + \frac{x}{2}\,(1 - \tanh^2 u)\,\sqrt{2/\pi}\,\bigl(1 + 0.134145\,x^{2}\bigr), \quad u = \sqrt{2/\pi}\,(x + 0.044715\,x^{3})",
        range: new ActivationRange(-0.1700407505713, double.PositiveInfinity, true, false, @"[\approx -0.17004, \infty)"),
        parameters: [],
        create: _ => new GELUTanhOperator());

    internal readonly struct GELUTanhOperator : IActivationOperator
    {
        public double Invoke(double x) => Math.Abs(x) <= KernelLimit ? Lanes<double, ScalarLanes>(x) : OutsideKernel(x);

        /// <summary>|x| &gt; 21 or NaN; the kernel covers |x| ≤ 21, where |v| &lt; 695 keeps e^(−|v|) normal.</summary>
        private static double OutsideKernel(double x)
        {
            if (!(Math.Abs(x) <= 30))
            {
                // σ(v) rounds to 1 above 30 and x·σ(v) underflows below −30; ±∞ and NaN land here too.
                return x > 0 || double.IsNaN(x) ? x : -0.0;
            }

            double v = Argument(x, out double vLow);
            if (v < -700)
            {
                return StableMath.MultiplyByExp(x + x * vLow, v); // σ(v + vl) = e^v·(1 + vl) here
            }

            Sigmoids(v, out double sigma, out double sigmaNeg);
            double xs = x * sigma;
            return Math.FusedMultiplyAdd(xs, sigmaNeg * vLow, xs); // σ(v + vl) ≈ σ(v)·(1 + σ(−v)·vl)
        }

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x) =>
            Math.Abs(x) <= KernelLimit ? DerivativeLanes<double, ScalarLanes>(x) : OutsideDerivative(x);

        /// <summary>|x| &gt; 21 or NaN: the kernel's formula for v ≥ 0, or with e^v possibly subnormal.</summary>
        private static double OutsideDerivative(double x)
        {
            if (!(Math.Abs(x) <= 30))
            {
                return x > 0 ? 1.0 : double.IsNaN(x) ? x : -0.0;
            }

            double v = Argument(x, out double vLow);
            double w = ScaledSlope<double, ScalarLanes>(x, v, vLow, out double wLow);
            if (v < -700)
            {
                // a = 1 here: (1 + w + wLow)·e^(v + vLow) ≈ (S + S·vLow)·e^v, S = 1 + w + wLow from an exact sum,
                // the factor folded into e^v before its one rounding.
                double sum = DoubleDouble.TwoSum(1, w, out double sumLow);
                double factor = Math.FusedMultiplyAdd(sum, vLow, sum + (sumLow + wLow));
                return LaneMath.MultiplyByExp<double, ScalarLanes>(factor, v);
            }

            double e = Math.Exp(-Math.Abs(v));
            double t = Math.FusedMultiplyAdd(e, v < 0 ? vLow : -vLow, e); // e^(−|v + vl|)
            double a = DoubleDouble.TwoSum(1, t, out double aLow);
            double aSquared = Math.FusedMultiplyAdd(a, a, 2 * a * aLow);
            if (v < 0)
            {
                double s = DoubleDouble.TwoSum(a, w, out double sLow);
                return t * (s + (sLow + aLow + wLow)) / aSquared;
            }

            return Math.FusedMultiplyAdd(w, t, a + aLow) / aSquared;
        }

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(KernelLimit))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<GELUTanhOperator>(this), x);

        /// <summary>
        /// f′ for |x| ≤ 21 (|v| &lt; 695). f′ = σ(v) + w·σ(v)σ(−v) with w = x·v′ = 3v − 2√(8/π)·x, both v and
        /// w as double-doubles. With t = e^(−|v|) and a = 1 + t: f′ = t(a + w)/a² for v &lt; 0 and
        /// (a + w·t)/a² for v ≥ 0, t taken from the full v = vh + vl so no other term depends on v. Within
        /// 5/8 of the root, where a + w cancels, the fitted d·P(d) instead. A vector with no lane on one
        /// side of that split skips the other side's formula.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec offset = TLanes.Subtract(x, TLanes.Create(DerivativeRoot)); // exact near the root (Sterbenz)
            TVec nearRoot = TLanes.LessThanOrEqual(TLanes.Abs(offset), TLanes.Create(0.625));
            TVec near = TLanes.Create(0);
            if (!TLanes.None(nearRoot))
            {
                TVec d = TLanes.Subtract(offset, TLanes.Create(DerivativeRootLow));
                near = TLanes.Multiply(d, LaneMath.Horner<TVec, TLanes>(DerivativeNearRoot, d));
                if (TLanes.None(TLanes.GreaterThan(TLanes.Abs(offset), TLanes.Create(0.625))))
                {
                    return near;
                }
            }

            TVec one = TLanes.Create(1);
            TVec v = Argument<TVec, TLanes>(x, out TVec vLow);
            TVec w = ScaledSlope<TVec, TLanes>(x, v, vLow, out TVec wLow);
            TVec e = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(v)));
            TVec negative = TLanes.LessThan(v, TLanes.Create(0));
            TVec t = TLanes.FusedMultiplyAdd(e, TLanes.Select(negative, vLow, TLanes.Negate(vLow)), e); // e^(−|v + vl|)
            TVec a = LaneMath.TwoSum<TVec, TLanes>(one, t, out TVec aLow);
            TVec aSquared = TLanes.FusedMultiplyAdd(a, a, TLanes.Multiply(TLanes.Multiply(TLanes.Create(2), a), aLow));
            TVec s = LaneMath.TwoSum<TVec, TLanes>(a, w, out TVec sLow); // a + w: cancels only near the root
            TVec below = TLanes.Multiply(t, TLanes.Add(s, TLanes.Add(TLanes.Add(sLow, aLow), wLow)));
            TVec above = TLanes.FusedMultiplyAdd(w, t, TLanes.Add(a, aLow));
            TVec far = TLanes.Divide(TLanes.Select(negative, below, above), aSquared);
            return TLanes.Select(nearRoot, near, far);
        }

        /// <summary>w = x·v′(x) = √(8/π)·x·(1 + 3κx²) = 3v − 2√(8/π)·x, as w + wLow.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec ScaledSlope<TVec, TLanes>(TVec x, TVec v, TVec vLow, out TVec wLow)
            where TLanes : ILanes<TVec>
        {
            TVec three = TLanes.Create(3);
            TVec minusTwo = TLanes.Create(-2);
            TVec threeV = LaneMath.TwoProduct<TVec, TLanes>(three, v, out TVec threeVLow);
            TVec kx = LaneMath.TwoProduct<TVec, TLanes>(TLanes.Create(SqrtEightOverPi), x, out TVec kxLow);
            kxLow = TLanes.Add(kxLow, TLanes.Multiply(TLanes.Create(SqrtEightOverPiLow), x));
            TVec w = LaneMath.TwoSum<TVec, TLanes>(threeV, TLanes.Multiply(minusTwo, kx), out wLow);
            TVec low = TLanes.FusedMultiplyAdd(minusTwo, kxLow, TLanes.Add(threeVLow, TLanes.Multiply(three, vLow)));
            wLow = TLanes.Add(wLow, low);
            return w;
        }

        // The derivative vanishes at x0 = DerivativeRoot + DerivativeRootLow, where its two terms cancel;
        // within 5/8 of it f′(x0 + d) = d·P(d), P fitted by derivative_root_polynomials.py (degree 20).
        private const double DerivativeRoot = -0.7524614220710163;
        private const double DerivativeRootLow = 3.635560509207687e-17;

        private static ReadOnlySpan<double> DerivativeNearRoot =>
        [
            0.4304000910248585, 0.3875184461357889, -0.01578285352184803, -0.11394448308095853, -0.016619328343052152,
            0.019682309459808128, 0.005261059254899186, -0.00242273184524017, -0.0009274420224425808,
            0.00026392763164966054, 0.00012425226993438923, -3.4956096976560946e-05, -1.5950828621588182e-05,
            5.918216632612399e-06, 2.433189638166449e-06, -9.885405407690115e-07, -4.298055767512241e-07,
            1.3883313872000049e-07, 7.266127519887813e-08, -1.3738496553203618e-08, -8.90314515964224e-09,
        ];

        /// <summary>v = √(8/π)·x·(1 + κx²) as v + vLow, to double-double accuracy.</summary>
        private static double Argument(double x, out double vLow)
        {
            double h = DoubleDouble.TwoProduct(x, x, out double hl);
            double p = DoubleDouble.TwoProduct(GeluTanhKappa, h, out double pl);
            pl += GeluTanhKappa * hl + GeluTanhKappaLow * h;
            double s = DoubleDouble.TwoSum(1, p, out double sl);
            sl += pl;
            double w = DoubleDouble.TwoProduct(x, s, out double wl);
            wl += x * sl;
            double v = DoubleDouble.TwoProduct(SqrtEightOverPi, w, out vLow);
            vLow += SqrtEightOverPi * wl + SqrtEightOverPiLow * w;
            return v;
        }

        /// <summary>σ(v) and σ(−v) = 1 − σ(v), each without cancellation.</summary>
        private static void Sigmoids(double v, out double sigma, out double sigmaNeg)
        {
            if (v >= 0)
            {
                double t = Math.Exp(-v);
                sigma = 1 / (1 + t);
                sigmaNeg = t * sigma;
            }
            else
            {
                double e = Math.Exp(v);
                sigmaNeg = 1 / (1 + e);
                sigma = e * sigmaNeg;
            }
        }

        /// <summary>The kernel where no lane is NaN or beyond ±21, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(KernelLimit)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<GELUTanhOperator>(this), x);

        /// <summary>x·σ(v + vl) ≈ xσ(v)·(1 + σ(−v)·vl), with σ(v) and σ(−v) from one e = e^(−|v|) (as <c>Sigmoids</c>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec one = TLanes.Create(1);
            TVec v = Argument<TVec, TLanes>(x, out TVec vLow);
            TVec e = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(v)));
            TVec r = TLanes.Divide(one, TLanes.Add(one, e));
            TVec product = TLanes.Multiply(e, r);
            TVec positive = TLanes.GreaterThanOrEqual(v, TLanes.Create(0));
            TVec sigma = TLanes.Select(positive, r, product);
            TVec sigmaNeg = TLanes.Select(positive, product, r);
            TVec xs = TLanes.Multiply(x, sigma);
            return TLanes.FusedMultiplyAdd(xs, TLanes.Multiply(sigmaNeg, vLow), xs);
        }

        private const double KernelLimit = 21;

        /// <summary>Lane form of <c>Argument</c>: the same error-free steps.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec Argument<TVec, TLanes>(TVec x, out TVec vLow)
            where TLanes : ILanes<TVec>
        {
            TVec h = LaneMath.TwoProduct<TVec, TLanes>(x, x, out TVec hl);
            TVec kappa = TLanes.Create(GeluTanhKappa);
            TVec p = LaneMath.TwoProduct<TVec, TLanes>(kappa, h, out TVec pl);
            pl = TLanes.Add(pl, TLanes.Add(TLanes.Multiply(kappa, hl), TLanes.Multiply(TLanes.Create(GeluTanhKappaLow), h)));
            TVec s = LaneMath.TwoSum<TVec, TLanes>(TLanes.Create(1), p, out TVec sl);
            sl = TLanes.Add(sl, pl);
            TVec w = LaneMath.TwoProduct<TVec, TLanes>(x, s, out TVec wl);
            wl = TLanes.Add(wl, TLanes.Multiply(x, sl));
            TVec slope = TLanes.Create(SqrtEightOverPi);
            TVec v = LaneMath.TwoProduct<TVec, TLanes>(slope, w, out vLow);
            vLow = TLanes.Add(vLow, TLanes.Add(TLanes.Multiply(slope, wl), TLanes.Multiply(TLanes.Create(SqrtEightOverPiLow), w)));
            return v;
        }
    }
}
