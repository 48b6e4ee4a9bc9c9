namespace Activations;

public static partial class Activation
{
    /// <summary>Log-sigmoid: ln σ(x) = −softplus(−x) = −ln(1 + e^(−x)).</summary>
    /// <param name="x">The input.</param>
    /// <returns>ln σ(x), in (−∞, 0).</returns>
    /// <remarks>
    /// Evaluated as min(x, 0) − ln(1 + e^(−|x|)) with <see cref="StableMath.LogP1"/>: no overflow
    /// (LogSigmoid(−1000) = −1000, where ln(1/(1 + e^1000)) is −∞) and tiny results keep their relative
    /// accuracy (LogSigmoid(40) = −4.248354255291589e-18, where ln σ(40) is 0).
    /// Special values: LogSigmoid(0) = −ln 2, +∞ → 0, −∞ → −∞, NaN → NaN.
    /// </remarks>
    public static double LogSigmoid(double x) => new LogSigmoidOperator().Invoke(x);

    /// <inheritdoc cref="LogSigmoid(double)"/>
    public static float LogSigmoid(float x) => new LogSigmoidOperator().Invoke(x);

    /// <summary>Writes LogSigmoid(x[i]) to <c>destination[i]</c>; see <see cref="LogSigmoid(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void LogSigmoid(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new LogSigmoidOperator());

    /// <inheritdoc cref="LogSigmoid(ReadOnlySpan{double}, Span{double})"/>
    public static void LogSigmoid(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new LogSigmoidOperator());

    /// <summary>d/dx ln σ(x) = 1 − σ(x) = σ(−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>σ(−x), in (0, 1); NaN for NaN.</returns>
    /// <remarks>Computed as σ(−x) directly (no 1 − σ(x) cancellation): LogSigmoid′(40) = 4.248354255291589e-18.</remarks>
    public static double LogSigmoidDerivative(double x) => new LogSigmoidOperator().Derivative(x);

    /// <inheritdoc cref="LogSigmoidDerivative(double)"/>
    public static float LogSigmoidDerivative(float x) => new LogSigmoidOperator().Derivative(x);

    internal static readonly ActivationInfo LogSigmoidInfo = ActivationInfo.Elementwise(
        name: nameof(LogSigmoid),
        family: ActivationFamily.Saturating,
        description: "The logarithm of the sigmoid, the log-probability of a binary outcome; computed stably " +
                     "as −softplus(−x), as binary cross-entropy losses need.",
        reference: "PyTorch torch.nn.LogSigmoid",
        latexValue: @"\ln \sigma(x) = -\ln\bigl(1 + e^{-x}\bigr)",
        latexDerivative: @"1 - \sigma(x) = \sigma(-x)",
        range: new ActivationRange(double.NegativeInfinity, 0, false, false, @"(-\infty, 0)"),
        parameters: [],
        create: _ => new LogSigmoidOperator());

    internal readonly struct LogSigmoidOperator : IActivationOperator
    {
        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public double Invoke(double x) =>
            Math.Abs(x) <= -LaneMath.ExpMin
                ? Lanes<double, ScalarLanes>(x)
                : Math.Min(x, 0) - StableMath.LogP1(Math.Exp(-Math.Abs(x))); // |x| > 708, NaN

        public float Invoke(float x) => FloatThroughDouble.InvokeKernel(new SingleKernel(), x);

        public double Derivative(double x) => Sigmoid(-x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>σ(−x) from the sigmoid's kernel, the same one <see cref="Derivative(double)"/> reaches within ±708.</summary>
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(-LaneMath.ExpMin))))
                ? new SigmoidOperator().Lanes<TVec, TLanes>(TLanes.Negate(x))
                : TLanes.PerLane(new DerivativeOperator<LogSigmoidOperator>(this), x);

        /// <summary>The kernel where no lane is NaN or beyond ±708, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(TLanes.Or(TLanes.IsNaN(x), TLanes.GreaterThan(TLanes.Abs(x), TLanes.Create(-LaneMath.ExpMin)))) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<LogSigmoidOperator>(this), x);

        /// <summary>min(x, 0) − ln(1 + e^(−|x|)) (min as a select: only −0 differs, and −0 − ln 2 = +0 − ln 2).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec zero = TLanes.Create(0);
            TVec e = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(x)));
            return TLanes.Subtract(TLanes.Select(TLanes.LessThan(x, zero), x, zero), LaneMath.LogP1UnitInterval<TVec, TLanes>(e));
        }

        /// <summary>
        /// The float form's double kernel: min(x, 0) − ln(1 + e) as in <see cref="Lanes{TVec, TLanes}"/>, with
        /// e = e^(−|x|) from <see cref="LaneMath.ExpForSingle{TVec, TLanes}"/> and ln(1 + e) from
        /// <see cref="LaneMath.LogP1UnitIntervalForSingle{TVec, TLanes}"/> (each about 2^-32 relative; the double form's
        /// last bits cost two divisions and a longer exponential), and e = 0 beyond |x| = 104, where e^(−|x|) is below
        /// half the smallest float: the result is x (x − e rounds to x) or 0 (−e rounds to −0; +0 here, as at +∞).
        /// The two terms have the same sign, so about 2^-31 relative before the rounding to float: within
        /// 0.5 + 2^-7 ULP. No lane needs the double form: ±∞ give −∞ and +0, NaN propagates.
        /// </summary>
        internal readonly struct SingleKernel : IDoubleLaneKernel
        {
            private const double Limit = 104;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public TVec Invoke<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec>
            {
                TVec zero = TLanes.Create(0);
                TVec minusAbs = TLanes.Negate(TLanes.Abs(x));
                TVec e = TLanes.Select(TLanes.LessThan(minusAbs, TLanes.Create(-Limit)), zero, LaneMath.ExpForSingle<TVec, TLanes>(minusAbs));
                return TLanes.Subtract(TLanes.Select(TLanes.LessThan(x, zero), x, zero), LaneMath.LogP1UnitIntervalForSingle<TVec, TLanes>(e));
            }
        }
    }
}
