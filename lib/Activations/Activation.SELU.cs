namespace Activations;

public static partial class Activation
{
    /// <summary>SELU's α = 1.6732632423543772848… (Klambauer et al., 2017; PyTorch's constant).</summary>
    public const double SeluAlpha = 1.6732632423543772;

    /// <summary>SELU's scale λ = 1.0507009873554804934… (Klambauer et al., 2017; PyTorch's constant).</summary>
    public const double SeluScale = 1.0507009873554805;

    /// <summary>λ·α rounded once from the 32-digit constants (not the product of the rounded ones).</summary>
    private const double SeluScaleAlpha = 1.7580993408473768;

    /// <summary>Scaled exponential linear unit: λx for x &gt; 0, λα(e^x − 1) for x ≤ 0, with
    /// α = <see cref="SeluAlpha"/> and λ = <see cref="SeluScale"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>SELU(x), in (−λα, ∞) ≈ (−1.7581, ∞).</returns>
    /// <remarks>
    /// The constants make zero mean and unit variance a fixed point of a layer with standard-normal
    /// inputs (self-normalising networks). The negative part uses <see cref="StableMath.ExpM1"/>.
    /// Special values: ±0 → ±0, +∞ → +∞, −∞ → −λα, NaN → NaN.
    /// </remarks>
    public static double SELU(double x) => new SELUOperator().Invoke(x);

    /// <inheritdoc cref="SELU(double)"/>
    public static float SELU(float x) => new SELUOperator().Invoke(x);

    /// <summary>Writes SELU(x[i]) to <c>destination[i]</c>; see <see cref="SELU(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void SELU(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new SELUOperator());

    /// <inheritdoc cref="SELU(ReadOnlySpan{double}, Span{double})"/>
    public static void SELU(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new SELUOperator());

    /// <summary>d/dx SELU = λ for x &gt; 0, λαe^x for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>SELU′(x); NaN for NaN.</returns>
    /// <remarks>At x = 0 the derivative is λα ≈ 1.7581 (PyTorch's elu_backward uses the x ≤ 0 branch);
    /// the one-sided derivatives are λ and λα. SELU′(−∞) = 0.</remarks>
    public static double SELUDerivative(double x) => new SELUOperator().Derivative(x);

    /// <inheritdoc cref="SELUDerivative(double)"/>
    public static float SELUDerivative(float x) => new SELUOperator().Derivative(x);

    internal static readonly ActivationInfo SELUInfo = ActivationInfo.Elementwise(
        name: nameof(SELU),
        family: ActivationFamily.Rectifier,
        description: "ELU scaled by fixed constants λ ≈ 1.0507 and α ≈ 1.6733 chosen so that activations " +
                     "converge to zero mean and unit variance through the layers (self-normalising networks).",
        reference: "PyTorch torch.nn.SELU (Klambauer et al., 2017)",
        latexValue: @"\lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}, \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733",
        latexDerivative: @"\lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}",
        range: new ActivationRange(-SeluScaleAlpha, double.PositiveInfinity, false, false, @"(-\lambda\alpha, \infty)"),
        parameters: [],
        create: _ => new SELUOperator());

    internal readonly struct SELUOperator : IActivationOperator
    {
        public double Invoke(double x) => x > 0 ? SeluScale * x : SeluScaleAlpha * StableMath.ExpM1(x);

        public float Invoke(float x) => (float)SingleKernel.Invoke((double)x);

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.Invoke(SingleKernel, x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.Invoke(SingleKernel, x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.Invoke(SingleKernel, x);

        private ExponentialLinearSingleKernel SingleKernel => new(SeluScale, SeluScaleAlpha, 1);

        public double Derivative(double x) =>
            x >= LaneMath.ExpMin ? DerivativeLanes<double, ScalarLanes>(x) : SeluScaleAlpha * Math.Exp(x); // e^x subnormal; NaN

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.LessThan(x, TLanes.Create(LaneMath.ExpMin))))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<SELUOperator>(this), x);

        /// <summary>λ for x &gt; 0, else λα·e^x, for x ≥ −708 (other lanes of e^x are selected away).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.Create(SeluScale), TLanes.Multiply(TLanes.Create(SeluScaleAlpha), LaneMath.Exp<TVec, TLanes>(x)));

        /// <summary>The kernel where no lane is NaN, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.IsNaN(x)) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<SELUOperator>(this), x);

        /// <summary>Lane form of <see cref="Invoke(double)"/>: both branches, then a select.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec negative = TLanes.Multiply(TLanes.Create(SeluScaleAlpha), LaneMath.ExpM1<TVec, TLanes>(x));
            TVec positive = TLanes.Multiply(TLanes.Create(SeluScale), x);
            return TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(0)), positive, negative);
        }
    }
}
