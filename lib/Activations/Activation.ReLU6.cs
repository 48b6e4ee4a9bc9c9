namespace Activations;

public static partial class Activation
{
    /// <summary>ReLU6: min(max(0, x), 6), i.e. <see cref="HardTanh(double, double, double)"/> with bounds 0 and 6.</summary>
    /// <param name="x">The input.</param>
    /// <returns>x clipped to [0, 6]; +0 for x = −0. Exact.</returns>
    /// <remarks>Special values: +∞ → 6, −∞ → 0, NaN → NaN.</remarks>
    public static double ReLU6(double x) => new ReLU6Operator().Invoke(x);

    /// <inheritdoc cref="ReLU6(double)"/>
    public static float ReLU6(float x) => new ReLU6Operator().Invoke(x);

    /// <summary>Writes ReLU6(x[i]) to <c>destination[i]</c>; see <see cref="ReLU6(double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void ReLU6(ReadOnlySpan<double> x, Span<double> destination) =>
        InvokeValues(x, destination, new ReLU6Operator());

    /// <inheritdoc cref="ReLU6(ReadOnlySpan{double}, Span{double})"/>
    public static void ReLU6(ReadOnlySpan<float> x, Span<float> destination) =>
        InvokeValues(x, destination, new ReLU6Operator());

    /// <summary>d/dx ReLU6 = 1 for 0 &lt; x &lt; 6, 0 otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <returns>1 or 0; NaN for NaN.</returns>
    /// <remarks>0 at both kinks x = 0 and x = 6, PyTorch's convention (ReLU6 is hardtanh(0, 6), whose
    /// backward passes the gradient only strictly inside).</remarks>
    public static double ReLU6Derivative(double x) => new ReLU6Operator().Derivative(x);

    /// <inheritdoc cref="ReLU6Derivative(double)"/>
    public static float ReLU6Derivative(float x) => new ReLU6Operator().Derivative(x);

    internal static readonly ActivationInfo ReLU6Info = ActivationInfo.Elementwise(
        name: nameof(ReLU6),
        family: ActivationFamily.Rectifier,
        description: "ReLU capped at 6, which keeps activations in a range that low-precision (fixed-point) " +
                     "arithmetic represents well; used in MobileNets.",
        reference: "PyTorch torch.nn.ReLU6 (Krizhevsky, 2010; MobileNetV2)",
        latexValue: @"\min\bigl(\max(0, x), 6\bigr)",
        latexDerivative: @"\begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}",
        range: new ActivationRange(0, 6, true, true, "[0, 6]"),
        parameters: [],
        create: _ => new ReLU6Operator());

    internal readonly struct ReLU6Operator : IActivationOperator
    {
        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => Lanes(x, 0f, 6f);

        public Vector256<float> Invoke(Vector256<float> x) => Lanes(x, 0f, 6f);

        public Vector512<float> Invoke(Vector512<float> x) => Lanes(x, 0f, 6f);

        public double Invoke(double x) => Invoke<double, ScalarLanes>(x);

        /// <summary>min(max(x, 0), 6) with NaN passing through (it fails both comparisons).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.LessThanOrEqual(x, TLanes.Create(0)), TLanes.Create(0),
                TLanes.Select(TLanes.GreaterThanOrEqual(x, TLanes.Create(6)), TLanes.Create(6), x));

        public float Invoke(float x) => x <= 0 ? 0f : x >= 6 ? 6f : x;

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.And(TLanes.GreaterThan(x, TLanes.Create(0)), TLanes.LessThan(x, TLanes.Create(6))), TLanes.Create(1), LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(0)));

        // The float forms select in float lanes (twice the elements of double lanes, the same bits).
        private static Vector128<T> Lanes<T>(Vector128<T> x, T zero, T six) =>
            Vector128.ConditionalSelect(Vector128.LessThanOrEqual(x, Vector128.Create(zero)), Vector128.Create(zero),
                Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(x, Vector128.Create(six)), Vector128.Create(six), x));

        private static Vector256<T> Lanes<T>(Vector256<T> x, T zero, T six) =>
            Vector256.ConditionalSelect(Vector256.LessThanOrEqual(x, Vector256.Create(zero)), Vector256.Create(zero),
                Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, Vector256.Create(six)), Vector256.Create(six), x));

        private static Vector512<T> Lanes<T>(Vector512<T> x, T zero, T six) =>
            Vector512.ConditionalSelect(Vector512.LessThanOrEqual(x, Vector512.Create(zero)), Vector512.Create(zero),
                Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(x, Vector512.Create(six)), Vector512.Create(six), x));
    }
}
