namespace Activations;

public static partial class Activation
{
    /// <summary>Continuously differentiable ELU: max(0, x) + min(0, α(e^(x/α) − 1)).</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">α (default 1): the limit at −∞ is −α and the derivative is continuous at 0
    /// for every α. Any finite non-zero value (negative α makes the negative part unbounded).</param>
    /// <returns>CELU(x), in (−α, ∞) for α &gt; 0.</returns>
    /// <remarks>
    /// The negative part α·expm1(x/α) uses <see cref="StableMath.ExpM1"/> (full relative accuracy near 0).
    /// For α = 1, CELU = ELU. Special values: ±0 → ±0, +∞ → +∞, −∞ → −α (α &gt; 0), NaN → NaN.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is 0, NaN or infinite
    /// (PyTorch: "ZeroDivisionError" for α = 0).</exception>
    public static double CELU(double x, double alpha = 1) => new CELUOperator(alpha).Invoke(x);

    /// <inheritdoc cref="CELU(double, double)"/>
    public static float CELU(float x, float alpha = 1f) => new CELUOperator(alpha).Invoke(x);

    /// <summary>Writes CELU(x[i], α) to <c>destination[i]</c>; see <see cref="CELU(double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="alpha">α, finite and non-zero.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is 0, NaN or infinite.</exception>
    public static void CELU(ReadOnlySpan<double> x, Span<double> destination, double alpha = 1) =>
        InvokeValues(x, destination, new CELUOperator(alpha));

    /// <inheritdoc cref="CELU(ReadOnlySpan{double}, Span{double}, double)"/>
    public static void CELU(ReadOnlySpan<float> x, Span<float> destination, float alpha = 1f) =>
        InvokeValues(x, destination, new CELUOperator(alpha));

    /// <summary>d/dx CELU = 1 for x &gt; 0, e^(x/α) for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">α, finite and non-zero.</param>
    /// <returns>CELU′(x), continuous: 1 at 0 from both sides; NaN for NaN.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is 0, NaN or infinite.</exception>
    public static double CELUDerivative(double x, double alpha = 1) => new CELUOperator(alpha).Derivative(x);

    /// <inheritdoc cref="CELUDerivative(double, double)"/>
    public static float CELUDerivative(float x, float alpha = 1f) => new CELUOperator(alpha).Derivative(x);

    internal static readonly ActivationInfo CELUInfo = ActivationInfo.Elementwise(
        name: nameof(CELU),
        family: ActivationFamily.Rectifier,
        description: "ELU with the input scaled by 1/α inside the exponential, which makes the derivative " +
                     "continuous at 0 for every α.",
        reference: "PyTorch torch.nn.CELU (Barron, 2017)",
        latexValue: @"\max(0, x) + \min\bigl(0, \alpha\,(e^{x/\alpha} - 1)\bigr)",
        latexDerivative: @"\begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}",
        range: new ActivationRange(-1, double.PositiveInfinity, false, false, @"(-\alpha, \infty) \text{ for } \alpha > 0"),
        parameters: [new ActivationParameter("alpha", 1, @"\alpha", "Limit −α at −∞ and scale of the exponential; finite and non-zero.")],
        create: p => new CELUOperator(p[0]));

    internal readonly struct CELUOperator : IActivationOperator
    {
        private readonly double _alpha;

        public CELUOperator(double alpha)
        {
            ThrowHelper.ThrowIfZeroOrNotFinite(alpha);
            _alpha = alpha;
        }

        public double Invoke(double x) => x > 0 ? x : _alpha * StableMath.ExpM1(x / _alpha);

        public float Invoke(float x) =>
            HasFiniteReciprocal ? (float)SingleKernel.Invoke((double)x) : (float)Invoke((double)x);

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => HasFiniteReciprocal
            ? FloatThroughDouble.Invoke(SingleKernel, x) : FloatThroughDouble.Invoke(new ValueOperator<CELUOperator>(this), x);

        public Vector256<float> Invoke(Vector256<float> x) => HasFiniteReciprocal
            ? FloatThroughDouble.Invoke(SingleKernel, x) : FloatThroughDouble.Invoke(new ValueOperator<CELUOperator>(this), x);

        public Vector512<float> Invoke(Vector512<float> x) => HasFiniteReciprocal
            ? FloatThroughDouble.Invoke(SingleKernel, x) : FloatThroughDouble.Invoke(new ValueOperator<CELUOperator>(this), x);

        private ExponentialLinearSingleKernel SingleKernel => new(1, _alpha, 1 / _alpha);

        /// <summary>1/α is finite (|α| ≥ 2^-1024), as the float kernel's x·(1/α) needs; else the double form rounded.</summary>
        private bool HasFiniteReciprocal => double.IsFinite(1 / _alpha);

        public double Derivative(double x) =>
            ScalarLanes.None(OutsideDerivativeKernel<double, ScalarLanes>(x))
                ? DerivativeLanes<double, ScalarLanes>(x)
                : Math.Exp(x / _alpha); // e^(x/α) subnormal or infinite; NaN

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(OutsideDerivativeKernel<TVec, TLanes>(x))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<CELUOperator>(this), x);

        /// <summary>x NaN, or x ≤ 0 with x/α outside [−708, 709], where <see cref="LaneMath.Exp{TVec, TLanes}"/> does not reach.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec OutsideDerivativeKernel<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec scaled = TLanes.Divide(x, TLanes.Create(_alpha));
            TVec beyond = TLanes.Or(TLanes.LessThan(scaled, TLanes.Create(LaneMath.ExpMin)), TLanes.GreaterThan(scaled, TLanes.Create(LaneMath.ExpMax)));
            return TLanes.Or(TLanes.IsNaN(x), TLanes.And(TLanes.LessThanOrEqual(x, TLanes.Create(0)), beyond));
        }

        /// <summary>1 for x &gt; 0, else e^(x/α) (other lanes of the exponential are selected away).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec exp = LaneMath.Exp<TVec, TLanes>(TLanes.Divide(x, TLanes.Create(_alpha)));
            return TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.Create(1), exp);
        }

        /// <summary>The kernel where no lane is NaN or has x/α &gt; 709 (α &lt; 0), else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Divide(x, TLanes.Create(_alpha)), TLanes.Create(LaneMath.ExpMax)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<CELUOperator>(this), x);

        /// <summary>Lane form of <see cref="Invoke(double)"/>: both branches, then a select.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec scaled = TLanes.Divide(x, TLanes.Create(_alpha));
            TVec negative = TLanes.Multiply(TLanes.Create(_alpha), LaneMath.ExpM1<TVec, TLanes>(scaled));
            return TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), x, negative);
        }
    }
}
