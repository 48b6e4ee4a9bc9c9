namespace Activations;

public static partial class Activation
{
    /// <summary>Exponential linear unit: x for x &gt; 0, α(e^x − 1) for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">The scale α of the negative part (default 1): ELU(x) → −α as x → −∞. Any finite value.</param>
    /// <returns>ELU(x), in (−α, ∞) for α &gt; 0.</returns>
    /// <remarks>
    /// The negative part uses <see cref="StableMath.ExpM1"/>, so it keeps full relative accuracy near 0
    /// (ELU(−1e-10) = −9.9999999995e-11, where α(e^x − 1) has 7 correct digits).
    /// Special values: ±0 → ±0, +∞ → +∞, −∞ → −α, NaN → NaN.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN or infinite.</exception>
    public static double ELU(double x, double alpha = 1) => new ELUOperator(alpha).Invoke(x);

    /// <inheritdoc cref="ELU(double, double)"/>
    public static float ELU(float x, float alpha = 1f) => new ELUOperator(alpha).Invoke(x);

    /// <summary>Writes ELU(x[i], α) to <c>destination[i]</c>; see <see cref="ELU(double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="alpha">The scale α of the negative part.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN or infinite.</exception>
    public static void ELU(ReadOnlySpan<double> x, Span<double> destination, double alpha = 1) =>
        InvokeValues(x, destination, new ELUOperator(alpha));

    /// <inheritdoc cref="ELU(ReadOnlySpan{double}, Span{double}, double)"/>
    public static void ELU(ReadOnlySpan<float> x, Span<float> destination, float alpha = 1f) =>
        InvokeValues(x, destination, new ELUOperator(alpha));

    /// <summary>d/dx ELU = 1 for x &gt; 0, αe^x for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">The scale α of the negative part.</param>
    /// <returns>ELU′(x); NaN for NaN.</returns>
    /// <remarks>At x = 0 the derivative is α (PyTorch's elu_backward uses the x ≤ 0 branch there); for
    /// α = 1 both sides agree. ELU′(−∞) = 0.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is NaN or infinite.</exception>
    public static double ELUDerivative(double x, double alpha = 1) => new ELUOperator(alpha).Derivative(x);

    /// <inheritdoc cref="ELUDerivative(double, double)"/>
    public static float ELUDerivative(float x, float alpha = 1f) => new ELUOperator(alpha).Derivative(x);

    internal static readonly ActivationInfo ELUInfo = ActivationInfo.Elementwise(
        name: nameof(ELU),
        family: ActivationFamily.Rectifier,
        description: "Identity for x > 0 and a smooth exponential approach to −α for x < 0, which pushes mean " +
                     "activations towards 0 and keeps a gradient for negative inputs.",
        reference: "PyTorch torch.nn.ELU (Clevert et al., 2015)",
        latexValue: @"\begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}",
        latexDerivative: @"\begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}",
        range: new ActivationRange(-1, double.PositiveInfinity, false, false, @"(-\alpha, \infty)"),
        parameters: [new ActivationParameter("alpha", 1, @"\alpha", "Scale of the negative part: the limit at −∞ is −α. Any finite value.")],
        create: p => new ELUOperator(p[0]));

    internal readonly struct ELUOperator : IActivationOperator
    {
        private readonly double _alpha;

        public ELUOperator(double alpha)
        {
            ThrowHelper.ThrowIfNotFinite(alpha);
            _alpha = alpha;
        }

        public double Invoke(double x) => x > 0 ? x : _alpha * StableMath.ExpM1(x);

        public float Invoke(float x) => (float)SingleKernel.Invoke((double)x);

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.Invoke(SingleKernel, x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.Invoke(SingleKernel, x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.Invoke(SingleKernel, x);

        private ExponentialLinearSingleKernel SingleKernel => new(1, _alpha, 1);

        public double Derivative(double x) =>
            x >= LaneMath.ExpMin ? DerivativeLanes<double, ScalarLanes>(x) : _alpha * Math.Exp(x); // e^x subnormal; NaN

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.LessThan(x, TLanes.Create(LaneMath.ExpMin))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<ELUOperator>(this), x);

        /// <summary>1 for x &gt; 0, else α·e^x, for x ≥ −708 (other lanes of e^x are selected away).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.Create(1), TLanes.Multiply(TLanes.Create(_alpha), LaneMath.Exp<TVec, TLanes>(x)));

        /// <summary>The kernel where no lane is NaN, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.IsNaN(x)) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<ELUOperator>(this), x);

        /// <summary>Lane form of <see cref="Invoke(double)"/>: both branches, then a select.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec negative = TLanes.Multiply(TLanes.Create(_alpha), LaneMath.ExpM1<TVec, TLanes>(x));
            return TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), x, negative);
        }
    }
}
