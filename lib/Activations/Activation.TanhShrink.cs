namespace Activations;

public static partial class Activation
{
    /// <summary>Tanh shrink: TanhShrink(x) = x − tanh x.</summary>
    /// <param name="x">The input.</param>
    /// <returns>x − tanh x: odd, increasing, ≈ x³/3 near 0 and ≈ x ∓ 1 for large |x|.</returns>
    /// <remarks>
    /// <para>The subtraction cancels for small |x| (x − tanh x = x³/3 − 2x⁵/15 + …): the direct formula
    /// gives 0 for x = 1e-8, where the answer is 3.333333333333333e-25. For |x| &lt; 1 it is evaluated as
    /// x³·R(x²), R(u) = 1/3 + u·S(u) with S a degree-16 polynomial (a Chebyshev fit of the exact function),
    /// x³ and R carried as two-doubles; for 1 ≤ |x| ≤ 22 as (|x| − 1) + 2/(e^(2|x|) + 1) with the sign of x,
    /// two positive terms, the first exact. Beyond, x − tanh x = x ∓ 1 has no cancellation.
    /// Each result is rounded about once (measured error below 1 ULP).</para>
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
        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public double Invoke(double x) =>
            Math.Abs(x) <= 22 ? Lanes<double, ScalarLanes>(x) : x - Tanh(x); // tanh is ±1 beyond; ±∞ and NaN too

        /// <summary>
        /// a − tanh a for 0 ≤ a &lt; 1, rounded about once (also used by <see cref="Tanh(double)"/>, as
        /// tanh a = a − (a − tanh a)): a³·R(a²) with R(u) = (a − tanh a)/a³ = 1/3 + u·S(u), S a polynomial of
        /// degree 16 (Chebyshev fit on [0, 1], error below 2^-57 of R; tanhshrink_polynomial.py).
        /// a², 1/3 + u·S and a·R are carried as two-doubles, so only S's own roundings (at most 0.4 of R) and the
        /// last product round.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static TVec OfAbsoluteValue<TVec, TLanes>(TVec ax)
            where TLanes : ILanes<TVec>
        {
            // Below a = 2^-300, a³ is scaled up by 2^900 (and R = 1/3 to 2^-600), so the one rounding of a
            // subnormal result is the final exact scaling's.
            TVec tiny = TLanes.LessThan(ax, TLanes.Create(TinyLimit));
            TVec a = TLanes.Multiply(ax, TLanes.Select(tiny, TLanes.Create(TinyScaleUp), TLanes.Create(1)));
            TVec square = LaneMath.TwoProduct<TVec, TLanes>(a, a, out TVec squareLow);
            TVec s = LaneMath.Horner<TVec, TLanes>(SmallSeries, square);
            TVec us = LaneMath.Multiply<TVec, TLanes>(square, squareLow, s, out TVec usLow);
            TVec r = LaneMath.Add<TVec, TLanes>(TLanes.Create(OneThird), TLanes.Create(OneThirdLow), us, usLow, out TVec rLow);
            r = TLanes.Select(tiny, TLanes.Create(OneThird), r);
            rLow = TLanes.Select(tiny, TLanes.Create(OneThirdLow), rLow);
            TVec scaled = LaneMath.Multiply<TVec, TLanes>(r, rLow, a, out TVec scaledLow);
            TVec product = LaneMath.MultiplyRounded<TVec, TLanes>(scaled, scaledLow, square, squareLow);
            return TLanes.Multiply(product, TLanes.Select(tiny, TLanes.Create(TinyScaleDown), TLanes.Create(1)));
        }

        /// <summary>
        /// a − tanh a for 1 ≤ a ≤ 22 as (a − 1) + 2/(e^(2a) + 1): a − 1 is exact and both terms are positive, e^(2a)
        /// a two-double and the quotient rounded about once, so nothing cancels and little rounds.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec OfLargeAbsoluteValue<TVec, TLanes>(TVec ax)
            where TLanes : ILanes<TVec>
        {
            TVec one = TLanes.Create(1);
            TVec e = LaneMath.ExpTwoDouble<TVec, TLanes>(TLanes.Add(ax, ax), out TVec eLow);
            TVec d = LaneMath.Add<TVec, TLanes>(e, eLow, one, out TVec dLow);
            TVec quotient = LaneMath.Divide<TVec, TLanes>(TLanes.Create(2), TLanes.Create(0), d, dLow);
            return TLanes.Add(TLanes.Subtract(ax, one), quotient);
        }

        // 2^-300, 2^300 and 2^-900.
        private const double TinyLimit = 4.909093465297727e-91;
        private const double TinyScaleUp = 2.037035976334486e+90;
        private const double TinyScaleDown = 1.1830521861667747e-271;

        // 1/3 = OneThird + OneThirdLow to 2^-107.
        private const double OneThird = 1.0 / 3;
        private const double OneThirdLow = 1.850371707708594e-17;

        /// <summary>S(u) = ((a − tanh a)/a³ − 1/3)/u, u = a², lowest degree first: −2/15, 17/315, …</summary>
        private static ReadOnlySpan<double> SmallSeries =>
        [
            -0.13333333333333333, 0.053968253968253874, -0.021869488536146106, 0.008863235529554257,
            -0.003592128029546407, 0.0014558343006650383, -0.0005900267376247906, 0.00023912511310237078,
            -9.689889358385351e-05, 3.922792358861506e-05, -1.5802757488685514e-05, 6.247981829673073e-06,
            -2.3415261248882376e-06, 7.788346265109757e-07, -2.076179324969836e-07, 3.795144867987693e-08,
            -3.4603866798429147e-09,
        ];

        public float Invoke(float x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

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

        /// <summary>Lane form of <see cref="Invoke(double)"/> for |x| ≤ 22: each of the two formulas only when some lane needs it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec ax = TLanes.Abs(x);
            TVec below1 = TLanes.LessThan(ax, TLanes.Create(1));
            TVec result = TLanes.None(below1) ? OfLargeAbsoluteValue<TVec, TLanes>(ax)
                : TLanes.None(TLanes.GreaterThanOrEqual(ax, TLanes.Create(1))) ? OfAbsoluteValue<TVec, TLanes>(ax)
                : TLanes.Select(below1, OfAbsoluteValue<TVec, TLanes>(ax), OfLargeAbsoluteValue<TVec, TLanes>(ax));
            return TLanes.CopySign(result, x);
        }

        /// <summary>
        /// The float form's double kernel, for every float input (no range check, no lane-by-lane fallback):
        /// (a − 1) + 2/(e^(2a) + 1) for a = |x| ≥ 3/8 with <see cref="LaneMath.ExpForSingle{TVec, TLanes}"/> (2^-32
        /// relative), e^(2a) taken at min(a, 22) (beyond, the quotient is below 2^-61 of a − 1, which is a float and the
        /// rounded result). The sum cancels for a &lt; 1 — the quotient is at most 38.5 times the result, at a = 3/8 — which
        /// leaves 2^-26.7 relative, 0.15 of a float ULP. Below 3/8, a³·R(a²) with the degree-4 <see cref="SingleSmallSeries"/>
        /// (2^-34 of R) in plain double arithmetic: a² of a float is exact and a³ of the smallest float (2^-447) is
        /// still a normal double. So the float result is within 1 ULP (correctly rounded but for near-ties), and ±0, ±∞
        /// and NaN come out as <see cref="TanhShrinkOperator.Invoke(double)"/> gives them. Lanes below 3/8 are rare in most inputs, so
        /// the polynomial runs only when a vector has one.
        /// </summary>
        internal readonly struct SingleKernel : IDoubleLaneKernel
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public TVec Invoke<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec>
            {
                TVec ax = TLanes.Abs(x);
                TVec small = TLanes.LessThan(ax, TLanes.Create(SingleSmallLimit));
                bool anyLarge = !TLanes.None(TLanes.GreaterThanOrEqual(ax, TLanes.Create(SingleSmallLimit)));
                // One call site per formula, so that the JIT inlines both. (A vector of NaNs only keeps ax.)
                TVec result = anyLarge ? Large<TVec, TLanes>(ax) : ax;
                if (!TLanes.None(small))
                {
                    TVec smallResult = Small<TVec, TLanes>(ax);
                    result = anyLarge ? TLanes.Select(small, smallResult, result) : smallResult;
                }

                return TLanes.CopySign(result, x);
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static TVec Small<TVec, TLanes>(TVec a)
                where TLanes : ILanes<TVec>
            {
                TVec u = TLanes.Multiply(a, a);
                TVec r = TLanes.FusedMultiplyAdd(u, LaneMath.Horner<TVec, TLanes>(SingleSmallSeries, u), TLanes.Create(OneThird));
                return TLanes.Multiply(TLanes.Multiply(a, u), r);
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static TVec Large<TVec, TLanes>(TVec a)
                where TLanes : ILanes<TVec>
            {
                TVec capped = TLanes.Select(TLanes.GreaterThan(a, TLanes.Create(22)), TLanes.Create(22), a); // NaN stays
                TVec e = LaneMath.ExpForSingle<TVec, TLanes>(TLanes.Add(capped, capped));
                TVec one = TLanes.Create(1);
                return TLanes.Add(TLanes.Subtract(a, one), TLanes.Divide(TLanes.Create(2), TLanes.Add(e, one)));
            }
        }

        /// <summary>Below it the float forms use <see cref="SingleSmallSeries"/>.</summary>
        private const double SingleSmallLimit = 0.375;

        /// <summary>S(u) on [0, 9/64] for the float forms, lowest degree first (<c>tanhshrink_polynomial.py</c>).</summary>
        private static ReadOnlySpan<double> SingleSmallSeries =>
        [
            -0.13333333319732757, 0.05396820555553021, -0.021866717904930798, 0.008807336963896307,
            -0.0031243121888489683,
        ];
    }
}
