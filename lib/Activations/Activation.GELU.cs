namespace Activations;

public static partial class Activation
{
    /// <summary>Gaussian error linear unit (exact form): GELU(x) = x·Φ(x) = (x/2)·erfc(−x/√2).</summary>
    /// <param name="x">The input.</param>
    /// <returns>GELU(x), in [−0.169971…, ∞) (the minimum is at x ≈ −0.751792).</returns>
    /// <remarks>
    /// <para>PyTorch's <c>GELU(approximate='none')</c>; see <see cref="GELUTanh(double)"/> for the tanh
    /// approximation. Φ is <see cref="StableMath.NormalCdf"/>: for x &lt; 0 the product is evaluated as
    /// (x/2)·erfcx(|x|/√2)·e^(−x²/2), with x² carried exactly, so the tiny negative tail keeps its relative
    /// accuracy (GELU(−37) = −2.118461352334e-298). The rounding of x/√2, which a plain erfc would amplify
    /// by a factor 2x²/2 = x² (about 1400 at x = −37), only enters erfcx, where it is not amplified.</para>
    /// <para>Special values: ±0 → ±0, +∞ → +∞, NaN → NaN; below x ≈ −38.5 the result underflows to −0,
    /// and GELU(−∞) = −0 (the limit, approached from below).</para>
    /// <para>The scalar and span forms run one lane kernel (erfcx's interval coefficients picked per lane, the
    /// exponential from <c>LaneMath.Exp</c>), so they agree bitwise; |x| &gt; 40, ±∞ and NaN take a scalar
    /// path. The float forms run a cheaper double kernel of their own, erfc(z) = t·e^(P(t) − z²) with t = 2/(2 + z)
    /// (relative error about 2^-40, where the float result needs 2^-24), again the same for scalar and span.</para>
    /// </remarks>
    public static double GELU(double x) => new GELUOperator().Invoke(x);

    /// <inheritdoc cref="GELU(double)"/>
    public static float GELU(float x) => new GELUOperator().Invoke(x);

    /// <summary>Writes GELU(x[i]) to <c>destination[i]</c>; see <see cref="GELU(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void GELU(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new GELUOperator());

    /// <inheritdoc cref="GELU(ReadOnlySpan{double}, Span{double})"/>
    public static void GELU(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new GELUOperator());

    /// <summary>GELU′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π).</summary>
    /// <param name="x">The input.</param>
    /// <returns>GELU′(x), in [−0.1289…, 1.1289…]; NaN for NaN.</returns>
    /// <remarks>
    /// For x &lt; 0 evaluated as e^(−x²/2)·(erfcx(|x|/√2)/2 + x/√(2π)), so the tail keeps its relative
    /// accuracy. Within 5/8 of the zero of GELU′ at x0 ≈ −0.751792, where those two terms cancel, it is
    /// evaluated as (x − x0)·P(x − x0) with a fitted polynomial P, so it keeps its relative accuracy there
    /// too. GELU′(+∞) = 1, GELU′(−∞) = −0.
    /// </remarks>
    public static double GELUDerivative(double x) => new GELUOperator().Derivative(x);

    /// <inheritdoc cref="GELUDerivative(double)"/>
    public static float GELUDerivative(float x) => new GELUOperator().Derivative(x);

    internal static readonly ActivationInfo GELUInfo = ActivationInfo.Elementwise(
        name: nameof(GELU),
        family: ActivationFamily.Smooth,
        description: "Weights the input by the probability Φ(x) that a standard normal variable is below it: " +
                     "a smooth, non-monotone ReLU used in Transformers (BERT, GPT).",
        reference: "PyTorch torch.nn.GELU(approximate='none') (Hendrycks & Gimpel, 2016)",
        latexValue: @"x\,\Phi(x) = \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt{2}}\right)",
        latexDerivative: @"\Phi(x) + x\,\varphi(x), \quad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}",
        range: new ActivationRange(-0.16997120748, double.PositiveInfinity, true, false, @"[\approx -0.16997, \infty)"),
        parameters: [],
        create: _ => new GELUOperator());

    internal readonly struct GELUOperator : IActivationOperator
    {
        // Φ(40) rounds to 1 and x·Φ(x) underflows below −38.5; ±∞ and NaN are outside too.
        public double Invoke(double x) =>
            Math.Abs(x) <= KernelLimit ? Lanes<double, ScalarLanes>(x) : x > 0 || double.IsNaN(x) ? x : -0.0;

        public float Invoke(float x) => (float)new SingleKernel().Invoke((double)x);

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.Invoke(new SingleKernel(), x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.Invoke(new SingleKernel(), x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.Invoke(new SingleKernel(), x);

        public double Derivative(double x) =>
            Math.Abs(x) <= KernelLimit ? DerivativeLanes<double, ScalarLanes>(x) : x > 0 ? 1.0 : double.IsNaN(x) ? x : -0.0;

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            InKernel<TVec, TLanes>(x) ? DerivativeLanes<TVec, TLanes>(x) : TLanes.PerLane(new DerivativeOperator<GELUOperator>(this), x);

        private const double KernelLimit = 40;

        // 1/√2 − InvSqrt2, the part of 1/√2 below the double (mpmath, 200 bits).
        private const double InvSqrt2Low = -4.833646656726457e-17;

        /// <summary>The kernel where no lane is NaN or beyond ±40, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            InKernel<TVec, TLanes>(x) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<GELUOperator>(this), x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool InKernel<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(KernelLimit))));

        /// <summary>
        /// |x| &lt; 1/√2: x·(½ + x/√(2π)·S(x²/2)), S the series of NormalCdf. Otherwise, with
        /// E = erfcx(|x|/√2): (x/2)·E·e^(−x²/2) for x &lt; 0 (x folded in before the exponential) and
        /// x·(1 − (E/2)·e^(−x²/2)) for x &gt; 0. Each part is evaluated only if some lane needs it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec ax = TLanes.Abs(x);
            TVec invSqrt2 = TLanes.Create(StableMath.InvSqrt2);
            TVec result = x;
            TVec tail = TLanes.GreaterThanOrEqual(ax, invSqrt2);
            if (!TLanes.None(tail))
            {
                // z = |x|/√2 is rounded; erfcx′(z) = 2z·erfcx(z) − 2/√π puts the rounding error back (first order).
                TVec z = TLanes.Multiply(ax, invSqrt2);
                TVec zLow = TLanes.FusedMultiplyAdd(ax, TLanes.Create(InvSqrt2Low), TLanes.FusedMultiplyAdd(ax, invSqrt2, TLanes.Negate(z)));
                TVec erfcx = LaneMath.Erfcx<TVec, TLanes>(z);
                TVec slope = TLanes.FusedMultiplyAdd(TLanes.Add(z, z), erfcx, TLanes.Create(-2 * StableMath.InvSqrtPi));
                erfcx = TLanes.FusedMultiplyAdd(slope, zLow, erfcx);
                TVec negative = TLanes.LessThan(x, TLanes.Create(0));
                TVec half = TLanes.Create(0.5);
                // x < 0: (x/2)·erfcx exactly as a sum of two doubles (x/2 is exact), both into the exponential step.
                TVec factorHigh = LaneMath.TwoProduct<TVec, TLanes>(TLanes.Multiply(half, x), erfcx, out TVec factorLow);
                TVec factor = TLanes.Select(negative, factorHigh, TLanes.Multiply(half, erfcx));
                TVec product = LaneMath.MultiplyByExpNegHalfSquare<TVec, TLanes>(factor, TLanes.Select(negative, factorLow, TLanes.Create(0)), x);
                TVec upper = TLanes.Multiply(x, TLanes.Subtract(TLanes.Create(1), product));
                result = TLanes.Select(tail, TLanes.Select(negative, product, upper), result);
            }

            TVec small = TLanes.LessThan(ax, invSqrt2);
            if (!TLanes.None(small))
            {
                TVec w = TLanes.Multiply(TLanes.Multiply(TLanes.Create(0.5), x), x);
                TVec series = LaneMath.Horner<TVec, TLanes>(StableMath.NormalCdfSeries, w);
                TVec slope = TLanes.Multiply(TLanes.Multiply(x, TLanes.Create(StableMath.InvSqrt2Pi)), series);
                result = TLanes.Select(small, TLanes.Multiply(x, TLanes.Add(TLanes.Create(0.5), slope)), result);
            }

            return result;
        }

        /// <summary>
        /// Within 5/8 of the root x0: (x − x0)·P(x − x0). Else |x| &lt; 1/√2: Φ(x) + xφ(x) =
        /// ½ + x/√(2π)·(S(w) + e^(−w)), w = x²/2. Else, with E = erfcx(|x|/√2):
        /// e^(−x²/2)·(E/2 + x/√(2π)) for x &lt; 0 and 1 − e^(−x²/2)·(E/2 − x/√(2π)) for x &gt; 0.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec ax = TLanes.Abs(x);
            TVec invSqrt2 = TLanes.Create(StableMath.InvSqrt2);
            TVec offset = TLanes.Subtract(x, TLanes.Create(DerivativeRoot));
            TVec awayFromRoot = TLanes.GreaterThan(TLanes.Abs(offset), TLanes.Create(DerivativeRootRadius));
            TVec result = x;
            TVec tail = TLanes.And(awayFromRoot, TLanes.GreaterThanOrEqual(ax, invSqrt2));
            if (!TLanes.None(tail))
            {
                TVec halfErfcx = TLanes.Multiply(TLanes.Create(0.5), LaneMath.Erfcx<TVec, TLanes>(TLanes.Multiply(ax, invSqrt2)));
                TVec xPhi = TLanes.Multiply(x, TLanes.Create(StableMath.InvSqrt2Pi));
                TVec negative = TLanes.LessThan(x, TLanes.Create(0));
                TVec factor = TLanes.Select(negative, TLanes.Add(halfErfcx, xPhi), TLanes.Subtract(halfErfcx, xPhi));
                TVec product = LaneMath.MultiplyByExpNegHalfSquare<TVec, TLanes>(factor, x);
                result = TLanes.Select(tail, TLanes.Select(negative, product, TLanes.Subtract(TLanes.Create(1), product)), result);
            }

            TVec small = TLanes.And(awayFromRoot, TLanes.LessThan(ax, invSqrt2));
            if (!TLanes.None(small))
            {
                TVec w = TLanes.Multiply(TLanes.Multiply(TLanes.Create(0.5), x), x);
                TVec sum = TLanes.Add(LaneMath.Horner<TVec, TLanes>(StableMath.NormalCdfSeries, w), LaneMath.Exp<TVec, TLanes>(TLanes.Negate(w)));
                TVec slope = TLanes.Multiply(TLanes.Multiply(x, TLanes.Create(StableMath.InvSqrt2Pi)), sum);
                result = TLanes.Select(small, TLanes.Add(TLanes.Create(0.5), slope), result);
            }

            TVec nearRoot = TLanes.LessThanOrEqual(TLanes.Abs(offset), TLanes.Create(DerivativeRootRadius));
            if (!TLanes.None(nearRoot))
            {
                TVec d = TLanes.Subtract(offset, TLanes.Create(DerivativeRootLow)); // x − x0, exact part first (Sterbenz)
                result = TLanes.Select(nearRoot, TLanes.Multiply(d, LaneMath.Horner<TVec, TLanes>(DerivativeNearRoot, d)), result);
            }

            return result;
        }

        /// <summary>
        /// The float form's double kernel, for x a float: Φ(x) from one exponential, erfc(z) = t·e^(P(t) − z²) with
        /// z = |x|/√2, t = 2/(2 + z) and P a degree-17 polynomial fitted to ln(erfcx(z)/t) for |x| ≤ 20 (absolute error
        /// 2^-41; <c>gelu_single_polynomial.py</c>), z² = x²/2 exact for a float x. Φ = erfc/2 for x &lt; 0 and
        /// 1 − erfc/2 above, all relative to 2^-40, far below a float ULP: about three times fewer operations than
        /// the double kernel's interval polynomials, tail and split exponential. Beyond ±20 the float result is x or −0.
        /// </summary>
        internal readonly struct SingleKernel : IUnaryOperator<double>
        {
            public double Invoke(double x) =>
                Math.Abs(x) <= SingleLimit ? Lanes<double, ScalarLanes>(x) : x > 0 || double.IsNaN(x) ? x : -0.0;

            public Vector128<double> Invoke(Vector128<double> x) => Checked<Vector128<double>, Lanes128>(x);

            public Vector256<double> Invoke(Vector256<double> x) => Checked<Vector256<double>, Lanes256>(x);

            public Vector512<double> Invoke(Vector512<double> x) => Checked<Vector512<double>, Lanes512>(x);

            private const double SingleLimit = 20;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private TVec Checked<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec> =>
                TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(SingleLimit))))
                    ? Lanes<TVec, TLanes>(x)
                    : TLanes.PerLane(this, x);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static TVec Lanes<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec>
            {
                TVec two = TLanes.Create(2);
                TVec half = TLanes.Create(0.5);
                TVec z = TLanes.Multiply(TLanes.Abs(x), TLanes.Create(StableMath.InvSqrt2));
                TVec t = TLanes.Divide(two, TLanes.Add(two, z));
                TVec exponent = TLanes.FusedMultiplyAdd(TLanes.Multiply(TLanes.Negate(half), x), x, LaneMath.Horner<TVec, TLanes>(SingleSeries, t));
                TVec halfErfc = TLanes.Multiply(TLanes.Multiply(half, t), LaneMath.Exp<TVec, TLanes>(exponent));
                TVec phi = TLanes.Select(TLanes.LessThan(x, TLanes.Create(0)), halfErfc, TLanes.Subtract(TLanes.Create(1), halfErfc));
                return TLanes.Multiply(x, phi);
            }

            /// <summary>P(t) = ln(erfcx(z)/t), z = 2/t − 2, lowest degree first (gelu_single_polynomial.py).</summary>
            private static ReadOnlySpan<double> SingleSeries =>
            [
                -1.2655120113641438, 0.9999941265491161, 0.3751405410617717, 0.08129223492394094, -0.06577520301633795,
                -0.28758473515307936, 0.6757580198334133, -3.099325186498719, 9.986306840486389, -23.925461847843568,
                45.23384398053483, -64.98824553921611, 68.52524057874916, -51.91980944962844, 27.556603450753055,
                -9.758896418616459, 2.078364516995503, -0.20193389855047353,
            ];
        }

        // GELU′ vanishes at x0 = DerivativeRoot + DerivativeRootLow, where Φ(x) and xφ(x) cancel; within 5/8
        // of it GELU′(x0 + d) = d·P(d), P fitted by derivative_root_polynomials.py (degree 20).
        private const double DerivativeRoot = -0.7517915246935645;
        private const double DerivativeRootLow = 1.4956759177009883e-17;
        private const double DerivativeRootRadius = 0.625;

        private static ReadOnlySpan<double> DerivativeNearRoot =>
        [
            0.4314939923140469, 0.388284982990552, -0.018199676398671087, -0.1140082332972217, -0.014771522148244337,
            0.01942167983818922, 0.004539228379125356, -0.0022395380680773807, -0.0007448268386731736,
            0.0001863397462865581, 8.615947859012174e-05, -1.1214380643930062e-05, -7.748461130379137e-06,
            4.3284746409915354e-07, 5.702755679483588e-07, -1.6124393330768922e-09, -3.54567699797184e-08,
            -1.3804779184868782e-09, 1.8968584328618855e-09, 1.25922585825617e-10, -8.218187456914342e-11,
        ];
    }
}
