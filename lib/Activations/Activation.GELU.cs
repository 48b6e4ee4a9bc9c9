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
    /// path. The float forms run a cheaper double kernel of their own, Φ(−|x|) = t·e^(P(t) − x²/2) with
    /// t = 1/(1 + |x|/(3√2)), a degree-11 P and a float-target exponential (relative error about 2^-30, where the
    /// float result needs 2^-24), the scalar float form on a one-element vector, so again scalar equals span.</para>
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

        public float Invoke(float x) => SingleKernel.Invoke(Vector128.CreateScalar(x)).ToScalar();

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => SingleKernel.Invoke(x);

        public Vector256<float> Invoke(Vector256<float> x) => SingleKernel.Invoke(x);

        public Vector512<float> Invoke(Vector512<float> x) => SingleKernel.Invoke(x);

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
        /// The float form's kernel, for x a float: Φ(−|x|) = erfc(z)/2 = t·e^(P(t) − z²) with z = |x|/√2,
        /// t = 3/(3 + z) = 1/(1 + |x|/(3√2)) and P a degree-11 polynomial fitted to ln(erfcx(z)/(2t)) for |x| ≤ 14.5
        /// (absolute error 2^-30.2; <c>gelu_single_polynomial.py</c>), z² = x²/2 exact in double for a float x (inside
        /// an FMA), and the exponential of <see cref="LaneMath.ExpForSingle{TVec, TLanes}"/> (2^-32): Φ(−|x|) relative
        /// to about 2^-29.8 before the rounding to float, within 0.5 + 2^-5 ULP (0.51498 over all 2^32 inputs).
        /// t comes from a float division on the float lanes (16 per instruction where a double division does 8),
        /// within 2^-23 of 1/d, d = 1 + |x|/(3√2), and one Newton step in double, r + r·(1 − d·r), which squares that
        /// error to 2^-46. Beyond ±14.5 (where |GELU(x)| &lt; 2^-150 for x &lt; 0) the result is x or −0, also for ±∞;
        /// NaN propagates. The scalar form runs the same lanes on a one-element vector, so both agree bitwise.
        /// </summary>
        internal static class SingleKernel
        {
            private const double SingleLimit = 14.5;

            // 1/(3√2) rounded to double (and to float for the estimate): 1/t = 1 + |x|/(3√2).
            private const double InvThreeSqrt2 = 0.23570226039551584;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector128<float> Invoke(Vector128<float> x)
            {
                Vector128<float> r = Reciprocal<Vector128<float>, FloatLanes128>(x);
                return Vector128.Narrow(
                    Lanes<Vector128<double>, Lanes128>(Vector128.WidenLower(x), Vector128.WidenLower(r)),
                    Lanes<Vector128<double>, Lanes128>(Vector128.WidenUpper(x), Vector128.WidenUpper(r)));
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector256<float> Invoke(Vector256<float> x)
            {
                Vector256<float> r = Reciprocal<Vector256<float>, FloatLanes256>(x);
                return Vector256.Narrow(
                    Lanes<Vector256<double>, Lanes256>(Vector256.WidenLower(x), Vector256.WidenLower(r)),
                    Lanes<Vector256<double>, Lanes256>(Vector256.WidenUpper(x), Vector256.WidenUpper(r)));
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<float> Invoke(Vector512<float> x)
            {
                Vector512<float> r = Reciprocal<Vector512<float>, FloatLanes512>(x);
                return Vector512.Narrow(
                    Lanes<Vector512<double>, Lanes512>(Vector512.WidenLower(x), Vector512.WidenLower(r)),
                    Lanes<Vector512<double>, Lanes512>(Vector512.WidenUpper(x), Vector512.WidenUpper(r)));
            }

            /// <summary>1/(1 + |x|/(3√2)) in float, within 2^-23 of the double d's reciprocal for |x| ≤ 14.5.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static TVec Reciprocal<TVec, TLanes>(TVec x)
                where TLanes : IFloatLanes<TVec>
            {
                TVec one = TLanes.Create(1f);
                return TLanes.Divide(one, TLanes.FusedMultiplyAdd(TLanes.Abs(x), TLanes.Create((float)InvThreeSqrt2), one));
            }

            /// <summary>
            /// x·Φ(x) from the widened x and its float estimate r of t = 1/(1 + |x|/(3√2)): with h = Φ(−|x|) =
            /// t·e^(P(t) − x²/2), x·Φ(x) = max(x, 0) − |x|·h for either sign (x − x·h above 0, x·h below), one FMA.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static TVec Lanes<TVec, TLanes>(TVec x, TVec r)
                where TLanes : ILanes<TVec>
            {
                TVec ax = TLanes.Abs(x);
                TVec negD = TLanes.FusedMultiplyAdd(ax, TLanes.Create(-InvThreeSqrt2), TLanes.Create(-1)); // −1/t
                TVec t = TLanes.FusedMultiplyAdd(r, TLanes.FusedMultiplyAdd(negD, r, TLanes.Create(1)), r);
                TVec exponent = TLanes.FusedMultiplyAdd(TLanes.Multiply(TLanes.Create(-0.5), x), x, Series<TVec, TLanes>(t));
                TVec h = TLanes.Multiply(t, LaneMath.ExpForSingle<TVec, TLanes>(exponent));
                TVec negative = TLanes.LessThan(x, TLanes.Create(0));
                TVec above = TLanes.Select(negative, TLanes.Create(-0.0), x); // −0 keeps x·h's sign where it underflows
                TVec result = TLanes.FusedMultiplyAdd(TLanes.Negate(ax), h, above);
                return TLanes.Select(TLanes.LessThanOrEqual(ax, TLanes.Create(SingleLimit)), result, above); // beyond: x, −0; NaN: x
            }

            /// <summary>
            /// P(t) by Estrin's scheme (pairs, then powers t², t⁴, t⁸): a third of Horner's dependent steps, so the
            /// vectors of a span overlap. |c_i|·t^i sums to 44 at most on [0.22, 1], so rounding stays near 2^-47.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static TVec Series<TVec, TLanes>(TVec t)
                where TLanes : ILanes<TVec>
            {
                ReadOnlySpan<double> c = SingleSeries;
                TVec t2 = TLanes.Multiply(t, t);
                TVec t4 = TLanes.Multiply(t2, t2);
                TVec a0 = TLanes.FusedMultiplyAdd(TLanes.Create(c[1]), t, TLanes.Create(c[0]));
                TVec a1 = TLanes.FusedMultiplyAdd(TLanes.Create(c[3]), t, TLanes.Create(c[2]));
                TVec a2 = TLanes.FusedMultiplyAdd(TLanes.Create(c[5]), t, TLanes.Create(c[4]));
                TVec a3 = TLanes.FusedMultiplyAdd(TLanes.Create(c[7]), t, TLanes.Create(c[6]));
                TVec a4 = TLanes.FusedMultiplyAdd(TLanes.Create(c[9]), t, TLanes.Create(c[8]));
                TVec a5 = TLanes.FusedMultiplyAdd(TLanes.Create(c[11]), t, TLanes.Create(c[10]));
                TVec b0 = TLanes.FusedMultiplyAdd(a1, t2, a0);
                TVec b1 = TLanes.FusedMultiplyAdd(a3, t2, a2);
                TVec b2 = TLanes.FusedMultiplyAdd(a5, t2, a4);
                return TLanes.FusedMultiplyAdd(TLanes.FusedMultiplyAdd(b2, t4, b1), t4, b0);
            }

            /// <summary>P(t) = ln(erfcx(z)/(2t)), z = 3/t − 3, lowest degree first (gelu_single_polynomial.py).</summary>
            private static ReadOnlySpan<double> SingleSeries =>
            [
                -2.364241277514834, 1.0029933551261203, 0.41024062308984466, 0.45249873005214686, -0.9243837272100018,
                3.0885324916644312, -6.588297950316485, 9.704756607148722, -9.931772362189141, 6.404596554904368,
                -2.2971132038754756, 0.3490429791366447,
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
