namespace Activations;

public static partial class Activation
{
    /// <summary>Hard tanh: x clipped to [min, max].</summary>
    /// <param name="x">The input.</param>
    /// <param name="min">Lower bound (default −1), finite.</param>
    /// <param name="max">Upper bound (default 1), finite, ≥ <paramref name="min"/>.</param>
    /// <returns>min for x &lt; min, max for x &gt; max, x otherwise. Exact.</returns>
    /// <remarks>Special values: ±∞ → max or min, NaN → NaN.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> or <paramref name="max"/> is NaN
    /// or infinite, or <paramref name="min"/> &gt; <paramref name="max"/> (named <c>min</c>).</exception>
    public static double HardTanh(double x, double min = -1, double max = 1) => new HardTanhOperator(min, max).Invoke(x);

    /// <inheritdoc cref="HardTanh(double, double, double)"/>
    public static float HardTanh(float x, float min = -1f, float max = 1f) => new HardTanhOperator(min, max).Invoke(x);

    /// <summary>Writes HardTanh(x[i], min, max) to <c>destination[i]</c>; see <see cref="HardTanh(double, double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> or <paramref name="max"/> is NaN
    /// or infinite, or <paramref name="min"/> &gt; <paramref name="max"/>.</exception>
    public static void HardTanh(ReadOnlySpan<double> x, Span<double> destination, double min = -1, double max = 1) =>
        InvokeValues(x, destination, new HardTanhOperator(min, max));

    /// <inheritdoc cref="HardTanh(ReadOnlySpan{double}, Span{double}, double, double)"/>
    public static void HardTanh(ReadOnlySpan<float> x, Span<float> destination, float min = -1f, float max = 1f) =>
        InvokeValues(x, destination, new HardTanhOperator(min, max));

    /// <summary>d/dx HardTanh = 1 for min &lt; x &lt; max, 0 otherwise.</summary>
    /// <param name="x">The input.</param>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound.</param>
    /// <returns>1 or 0; NaN for NaN.</returns>
    /// <remarks>At the kinks x = min and x = max the derivative is 0, PyTorch's convention
    /// (hardtanh_backward passes the gradient only where min &lt; x &lt; max).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> or <paramref name="max"/> is NaN
    /// or infinite, or <paramref name="min"/> &gt; <paramref name="max"/>.</exception>
    public static double HardTanhDerivative(double x, double min = -1, double max = 1) => new HardTanhOperator(min, max).Derivative(x);

    /// <inheritdoc cref="HardTanhDerivative(double, double, double)"/>
    public static float HardTanhDerivative(float x, float min = -1f, float max = 1f) => new HardTanhOperator(min, max).Derivative(x);

    internal static readonly ActivationInfo HardTanhInfo = ActivationInfo.Elementwise(
        name: nameof(HardTanh),
        family: ActivationFamily.Saturating,
        description: "The identity clipped to [min, max]: a piecewise-linear tanh.",
        reference: "PyTorch torch.nn.Hardtanh",
        latexValue: @"\begin{cases} a & x < a \\ x & a \le x \le b \\ b & x > b \end{cases}",
        latexDerivative: @"\begin{cases} 1 & a < x < b \\ 0 & \text{otherwise} \end{cases}",
        range: new ActivationRange(-1, 1, true, true, "[a, b]"),
        parameters:
        [
            new ActivationParameter("min", -1, "a", "Lower bound (min_val in PyTorch); finite."),
            new ActivationParameter("max", 1, "b", "Upper bound (max_val in PyTorch); finite, ≥ min."),
        ],
        create: p => new HardTanhOperator(p[0], p[1]));

    internal readonly struct HardTanhOperator : IActivationOperator
    {
        private readonly double _min;
        private readonly double _max;
        private readonly bool _parametersAreFloats; // then the float forms select in float lanes
        private readonly float _minSingle; // converted once: a conversion in the loop adds a dependency chain
        private readonly float _maxSingle; // converted once: a conversion in the loop adds a dependency chain

        public HardTanhOperator(double min, double max)
        {
            ThrowHelper.ThrowIfNotFinite(min);
            ThrowHelper.ThrowIfNotFinite(max);
            ThrowHelper.ThrowIfGreaterThan(min, max);
            _min = min;
            _max = max;
            _parametersAreFloats = (double)(float)_min == _min && (double)(float)_max == _max;
            _minSingle = (float)_min;
            _maxSingle = (float)_max;
        }

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) =>
            _parametersAreFloats ? InFloat(x, _minSingle, _maxSingle) : FloatThroughDouble.Invoke(new ValueOperator<HardTanhOperator>(this), x);

        public Vector256<float> Invoke(Vector256<float> x) =>
            _parametersAreFloats ? InFloat(x, _minSingle, _maxSingle) : FloatThroughDouble.Invoke(new ValueOperator<HardTanhOperator>(this), x);

        public Vector512<float> Invoke(Vector512<float> x) =>
            _parametersAreFloats ? InFloat(x, _minSingle, _maxSingle) : FloatThroughDouble.Invoke(new ValueOperator<HardTanhOperator>(this), x);

        public double Invoke(double x) => x < _min ? _min : x > _max ? _max : x; // NaN passes through

        public float Invoke(float x) => (float)Invoke((double)x);

        public double Derivative(double x) => Derivative<double, ScalarLanes>(x);

        public float Derivative(float x) => (float)Derivative((double)x);

        /// <summary>Lane form of <see cref="Derivative(double)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.Select(TLanes.And(TLanes.GreaterThan(x, TLanes.Create(_min)), TLanes.LessThan(x, TLanes.Create(_max))), TLanes.Create(1), LaneMath.NaNOr<TVec, TLanes>(x, TLanes.Create(0)));

        /// <summary>Lane form of <see cref="Invoke(double)"/>, the same operations.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec upper = TLanes.Select(TLanes.GreaterThan(x, TLanes.Create(_max)), TLanes.Create(_max), x);
            return TLanes.Select(TLanes.LessThan(x, TLanes.Create(_min)), TLanes.Create(_min), upper);
        }

        // Float lanes, when the parameters are floats: a clamp by maxps/minps, which keep a NaN x; multiplying by 1
        // quiets it as the scalar round trip through double does, and changes no number (−0 stays −0).
        private static Vector128<float> InFloat(Vector128<float> x, float min, float max) =>
            FloatLaneMath.Clamp<Vector128<float>, FloatLanes128>(x, min, max) * Vector128.Create(1f);

        private static Vector256<float> InFloat(Vector256<float> x, float min, float max) =>
            FloatLaneMath.Clamp<Vector256<float>, FloatLanes256>(x, min, max) * Vector256.Create(1f);

        private static Vector512<float> InFloat(Vector512<float> x, float min, float max) =>
            FloatLaneMath.Clamp<Vector512<float>, FloatLanes512>(x, min, max) * Vector512.Create(1f);
    }
}
