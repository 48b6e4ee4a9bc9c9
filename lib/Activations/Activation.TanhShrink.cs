namespace Activations;

public static partial class Activation
{
    /// <summary>Tanh shrink: TanhShrink(x) = x − tanh x.</summary>
    /// <param name="x">The input.</param>
    /// <returns>x − tanh x: odd, increasing, ≈ x³/3 near 0 and ≈ x ∓ 1 for large |x|.</returns>
    /// <remarks>
    /// <para>The subtraction cancels for small |x| (x − tanh x = x³/3 − 2x⁵/15 + …): the direct formula
    /// gives 0 for x = 1e-8, where the answer is 3.333333333333333e-25. For |x| &lt; 3 it is evaluated
    /// instead from Lambert's continued fraction tanh x = x/(1 + x²/(3 + x²/(5 + …))), which gives
    /// x − tanh x = x³/(3 + x² + x²/(5 + x²/(7 + …))) with all terms positive; x³ and 3 + x² are carried
    /// as double-doubles so the final quotient is rounded once (measured error below 1 ULP).
    /// For |x| ≥ 3, x − tanh x has no cancellation.</para>
    /// <para>Special values: ±0 → ±0, ±∞ → ±∞, NaN → NaN.</para>
    /// </remarks>
    public static double TanhShrink(double x) => new TanhShrinkOperator().Invoke(x);

    /// <inheritdoc cref="TanhShrink(double)"/>
    public static float TanhShrink(float x) => new TanhShrinkOperator().Invoke(x);

    /// <summary>Writes TanhShrink(x[i]) to <c>destination[i]</c>; see <see cref="TanhShrink(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void TanhShrink(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new TanhShrinkOperator());

    /// <inheritdoc cref="TanhShrink(ReadOnlySpan{double}, Span{double})"/>
    public static void TanhShrink(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new TanhShrinkOperator());

    /// <summary>d/dx (x − tanh x) = 1 − tanh′ x = tanh² x.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh² x, in [0, 1].</returns>
    /// <remarks>Article 001 prints 1 − tanh² x, which is the derivative of tanh itself; the derivative of
    /// x − tanh x is 1 − (1 − tanh² x) = tanh² x. Special values: 0 at 0, 1 at ±∞, NaN → NaN.</remarks>
    public static double TanhShrinkDerivative(double x) => new TanhShrinkOperator().Derivative(x);

    /// <inheritdoc cref="TanhShrinkDerivative(double)"/>
    public static float TanhShrinkDerivative(float x) => new TanhShrinkOperator().Derivative(x);

    internal static readonly ActivationInfo TanhShrinkInfo = ActivationInfo.Elementwise(
        name: nameof(TanhShrink),
        family: ActivationFamily.Shrinkage,
        description: "The input minus its hyperbolic tangent: nearly flat (x³/3) around 0 and nearly the " +
                     "identity shifted by ∓1 far from it, which pushes small activations towards 0.",
        reference: "Article 001; PyTorch torch.nn.Tanhshrink",
        latexValue: @"x - \tanh x",
        latexDerivative: @"\tanh^2 x",
        range: new ActivationRange(double.NegativeInfinity, double.PositiveInfinity, false, false, @"(-\infty, \infty)"),
        parameters: [],
        create: _ => new TanhShrinkOperator());

    internal readonly struct TanhShrinkOperator : IActivationOperator
    {
        public double Invoke(double x)
        {
            double ax = Math.Abs(x);
            if (!(ax < 3))
            {
                return x - Tanh(x); // no cancellation: tanh|x|/(|x| − tanh|x|) < 1/2 here; ±∞, NaN too
            }

            return Math.CopySign(OfAbsoluteValue(ax), x);
        }

        /// <summary>
        /// a − tanh a for 0 ≤ a &lt; 3 from Lambert's continued fraction, rounded once (also used by
        /// <see cref="Tanh(double)"/> for small arguments, as tanh a = a − (a − tanh a)).
        /// </summary>
        internal static double OfAbsoluteValue(double ax) =>
            OfAbsoluteValue<double, ScalarLanes>(ax, ax < 1 ? 12 : 20); // truncation below 2^-60 at these depths

        /// <summary>Lane form of <see cref="OfAbsoluteValue(double)"/> at a given depth of the fraction.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static TVec OfAbsoluteValue<TVec, TLanes>(TVec ax, int depth)
            where TLanes : ILanes<TVec>
        {
            // x² = h + l exactly; tail = x²/(5 + x²/(7 + …)), all terms positive.
            TVec h = TLanes.Multiply(ax, ax);
            TVec l = TLanes.FusedMultiplyAdd(ax, ax, TLanes.Negate(h));
            TVec tail = TLanes.Divide(h, TLanes.Create(2 * depth + 5));
            for (int k = depth - 1; k >= 0; k--)
            {
                tail = TLanes.Divide(h, TLanes.Add(TLanes.Create(2 * k + 5), tail));
            }

            // numerator |x|³ = p + pl, denominator 3 + x² + tail = s + sl, each to double-double accuracy.
            TVec p = TLanes.Multiply(ax, h);
            TVec pl = TLanes.FusedMultiplyAdd(ax, h, TLanes.Negate(p));
            pl = TLanes.Add(pl, TLanes.Multiply(ax, l));
            TVec s = LaneMath.TwoSum<TVec, TLanes>(TLanes.Create(3), h, out TVec sl);
            s = LaneMath.TwoSum<TVec, TLanes>(s, TLanes.Add(tail, l), out TVec sl2);
            sl = TLanes.Add(sl, sl2);

            // (p + pl)/(s + sl) rounded once: q0 + (p − q0·s + pl − q0·sl)/s, the remainder exact by FMA.
            TVec q0 = TLanes.Divide(p, s);
            TVec remainder = TLanes.FusedMultiplyAdd(TLanes.Negate(q0), s, p);
            TVec correction = TLanes.Subtract(TLanes.Add(remainder, pl), TLanes.Multiply(q0, sl));
            return TLanes.Add(q0, TLanes.Divide(correction, s));
        }

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x)
        {
            if (Math.Abs(x) <= 22)
            {
                return DerivativeLanes<double, ScalarLanes>(x);
            }

            return double.IsNaN(x) ? x : 1; // tanh x rounds to ±1 beyond ±22
        }

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(22))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<TanhShrinkOperator>(this), x);

        /// <summary>1 − sech² x = tanh² x, tanh from its lane kernel (no 1 − sech² cancellation).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec t = new TanhOperator().Lanes<TVec, TLanes>(x);
            return TLanes.Multiply(t, t);
        }

        /// <summary>The kernel where no lane is NaN or beyond ±22 (where tanh is ±1), else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(22)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<TanhShrinkOperator>(this), x);

        /// <summary>Lane form of <see cref="Invoke(double)"/>: the continued fraction at depth 12 (|x| &lt; 1) and 20 (|x| &lt; 3), x − tanh x beyond; a vector whose lanes are all below 1 computes only the first.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec ax = TLanes.Abs(x);
            TVec one = TLanes.Create(1);
            TVec small = TLanes.CopySign(OfAbsoluteValue<TVec, TLanes>(ax, 12), x);
            if (TLanes.None(TLanes.GreaterThanOrEqual(ax, one)))
            {
                return small;
            }

            TVec middle = TLanes.CopySign(OfAbsoluteValue<TVec, TLanes>(ax, 20), x);
            TVec large = TLanes.Subtract(x, new TanhOperator().Lanes<TVec, TLanes>(x));
            return TLanes.Select(TLanes.LessThan(ax, one), small, TLanes.Select(TLanes.LessThan(ax, TLanes.Create(3)), middle, large));
        }
    }
}
