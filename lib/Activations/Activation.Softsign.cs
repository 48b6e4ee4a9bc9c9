namespace Activations;

public static partial class Activation
{
    /// <summary>Softsign: x/(1 + |x|).</summary>
    /// <param name="x">The input.</param>
    /// <returns>Softsign(x), in (−1, 1); it approaches ±1 polynomially (like 1 − 1/|x|), not exponentially as tanh does.</returns>
    /// <remarks>Two roundings. Special values: ±0 → ±0, ±∞ → ±1 (not ∞/∞), NaN → NaN.</remarks>
    public static double Softsign(double x) => new SoftsignOperator().Invoke(x);

    /// <inheritdoc cref="Softsign(double)"/>
    public static float Softsign(float x) => new SoftsignOperator().Invoke(x);

    /// <summary>Writes Softsign(x[i]) to <c>destination[i]</c>; see <see cref="Softsign(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void Softsign(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new SoftsignOperator());

    /// <inheritdoc cref="Softsign(ReadOnlySpan{double}, Span{double})"/>
    public static void Softsign(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new SoftsignOperator());

    /// <summary>Softsign′(x) = 1/(1 + |x|)².</summary>
    /// <param name="x">The input.</param>
    /// <returns>The derivative, in (0, 1]; NaN for NaN.</returns>
    /// <remarks>(1 + |x|)² is formed to double-double accuracy and inverted once; beyond |x| = 1e150 the
    /// square of 1/(1 + |x|) is used instead, so it does not overflow to 0 early (Softsign′(1e155) ≈ 1e-310,
    /// subnormal but not 0). 1 at 0, 0 at ±∞.</remarks>
    public static double SoftsignDerivative(double x) => new SoftsignOperator().Derivative(x);

    /// <inheritdoc cref="SoftsignDerivative(double)"/>
    public static float SoftsignDerivative(float x) => new SoftsignOperator().Derivative(x);

    internal static readonly ActivationInfo SoftsignInfo = ActivationInfo.Elementwise(
        name: nameof(Softsign),
        family: ActivationFamily.Saturating,
        description: "A rational alternative to tanh, x/(1 + |x|): same range, but it saturates polynomially, " +
                     "so its gradient vanishes more slowly.",
        reference: "PyTorch torch.nn.Softsign",
        latexValue: @"\frac{x}{1 + |x|}",
        latexDerivative: @"\frac{1}{(1 + |x|)^2}",
        range: new ActivationRange(-1, 1, false, false, "(-1, 1)"),
        parameters: [],
        create: _ => new SoftsignOperator());

    internal readonly struct SoftsignOperator : IActivationOperator
    {
        public double Invoke(double x) =>
            double.IsInfinity(x) ? Math.CopySign(1.0, x) : x / (1 + Math.Abs(x));

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>
        /// 1/(1 + |x|)² with (1 + |x|)² from the exact sum a + e = 1 + |x| (Fast2Sum) and the exact square
        /// a² = p + pl, so it is rounded once; (1/(1 + |x|))² from |x| = 1e150 on, where the square would
        /// overflow (NaN lands there too).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec one = TLanes.Create(1);
            TVec ax = TLanes.Abs(x);
            TVec a = TLanes.Add(one, ax);
            TVec e = TLanes.Select(TLanes.GreaterThan(ax, one),
                TLanes.Subtract(one, TLanes.Subtract(a, ax)),
                TLanes.Subtract(ax, TLanes.Subtract(a, one)));
            TVec p = LaneMath.TwoProduct<TVec, TLanes>(a, a, out TVec pl);
            TVec exact = TLanes.Divide(one, TLanes.Add(p, TLanes.Add(pl, TLanes.Multiply(TLanes.Add(a, a), e))));
            TVec r = TLanes.Divide(one, a);
            return TLanes.Select(TLanes.LessThan(ax, TLanes.Create(1e150)), exact, TLanes.Multiply(r, r));
        }

        /// <summary>Lane form of <see cref="Invoke(double)"/>, the same operations.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec ax = TLanes.Abs(x);
            TVec quotient = TLanes.Divide(x, TLanes.Add(TLanes.Create(1), ax));
            TVec infinite = TLanes.Equal(ax, TLanes.Create(double.PositiveInfinity));
            return TLanes.Select(infinite, TLanes.CopySign(TLanes.Create(1), x), quotient);
        }
    }
}
