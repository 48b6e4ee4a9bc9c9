namespace Activations;

public static partial class Activation
{
    /// <summary>Softplus: (1/β)·ln(1 + e^(βx)), and x itself where βx &gt; threshold (PyTorch's definition).</summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β &gt; 0 (default 1): sharpness; as β → ∞ softplus tends to ReLU.</param>
    /// <param name="threshold">Above this value of βx the result is x (default 20); any finite value.
    /// The switch is PyTorch's: at βx = 20 the exact softplus exceeds x by 2e-9/β.</param>
    /// <returns>Softplus(x), in (0, ∞).</returns>
    /// <remarks>
    /// Evaluated as (max(y, 0) + ln(1 + e^(−|y|)))/β with y = βx and <see cref="StableMath.LogP1"/>,
    /// so nothing overflows (softplus(1000) = 1000) and tiny results keep their relative accuracy
    /// (softplus(−40) = 4.248354255291589e-18). βx is formed exactly as y + δ (FMA) and the result
    /// corrected by σ(y)·δ, since for y ≪ 0 a relative error ε of y becomes an error |y|·ε of the result.
    /// Special values: +∞ → +∞, −∞ → 0, NaN → NaN.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a finite number &gt; 0,
    /// or <paramref name="threshold"/> is NaN or infinite.</exception>
    public static double Softplus(double x, double beta = 1, double threshold = 20) =>
        new SoftplusOperator(beta, threshold).Invoke(x);

    /// <inheritdoc cref="Softplus(double, double, double)"/>
    public static float Softplus(float x, float beta = 1f, float threshold = 20f) =>
        new SoftplusOperator(beta, threshold).Invoke(x);

    /// <summary>Writes Softplus(x[i], β, threshold) to <c>destination[i]</c>; see <see cref="Softplus(double, double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="beta">β &gt; 0.</param>
    /// <param name="threshold">Above this value of βx the result is x.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a finite number &gt; 0,
    /// or <paramref name="threshold"/> is NaN or infinite.</exception>
    public static void Softplus(ReadOnlySpan<double> x, Span<double> destination, double beta = 1, double threshold = 20) =>
        InvokeValues(x, destination, new SoftplusOperator(beta, threshold));

    /// <inheritdoc cref="Softplus(ReadOnlySpan{double}, Span{double}, double, double)"/>
    public static void Softplus(ReadOnlySpan<float> x, Span<float> destination, float beta = 1f, float threshold = 20f) =>
        InvokeValues(x, destination, new SoftplusOperator(beta, threshold));

    /// <summary>d/dx Softplus = σ(βx), and 1 where βx &gt; threshold.</summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β &gt; 0.</param>
    /// <param name="threshold">Above this value of βx the derivative is 1.</param>
    /// <returns>The derivative, in (0, 1]; NaN for NaN.</returns>
    /// <remarks>PyTorch's softplus_backward: 1 where βx &gt; threshold, e^(βx)/(1 + e^(βx)) elsewhere;
    /// σ is evaluated stably (σ(−40β)… keeps its relative accuracy).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> is not a finite number &gt; 0,
    /// or <paramref name="threshold"/> is NaN or infinite.</exception>
    public static double SoftplusDerivative(double x, double beta = 1, double threshold = 20) =>
        new SoftplusOperator(beta, threshold).Derivative(x);

    /// <inheritdoc cref="SoftplusDerivative(double, double, double)"/>
    public static float SoftplusDerivative(float x, float beta = 1f, float threshold = 20f) =>
        new SoftplusOperator(beta, threshold).Derivative(x);

    internal static readonly ActivationInfo SoftplusInfo = ActivationInfo.Elementwise(
        name: nameof(Softplus),
        family: ActivationFamily.Smooth,
        description: "A smooth ReLU, ln(1 + e^x): always positive, with the sigmoid as its derivative; β sharpens it.",
        reference: "PyTorch torch.nn.Softplus (Dugas et al., 2001)",
        latexValue: @"\begin{cases} \frac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr) & \beta x \le t \\ x & \beta x > t \end{cases}",
        latexDerivative: @"\begin{cases} \sigma(\beta x) & \beta x \le t \\ 1 & \beta x > t \end{cases}",
        range: new ActivationRange(0, double.PositiveInfinity, false, false, @"(0, \infty)"),
        parameters:
        [
            new ActivationParameter("beta", 1, @"\beta", "Sharpness β, finite and > 0; β → ∞ gives ReLU."),
            new ActivationParameter("threshold", 20, "t", "Above this value of βx the function is the identity (PyTorch's linear regime); finite."),
        ],
        create: p => new SoftplusOperator(p[0], p[1]));

    internal readonly struct SoftplusOperator : IActivationOperator
    {
        private readonly double _beta;
        private readonly double _threshold;
        private readonly double _singleLimit;
        private readonly bool _singleSelectsThreshold;

        public SoftplusOperator(double beta, double threshold)
        {
            ThrowHelper.ThrowIfNotPositiveFinite(beta);
            ThrowHelper.ThrowIfNotFinite(threshold);
            _beta = beta;
            _threshold = threshold;
            // Beyond |βx| = 104 + ln(1/β), e^(−|βx|)/β is below half the smallest float (2^-150 = e^-103.97), so the
            // float kernel takes e = 0 there. The cap at the float exponential's range only binds for β < e^-596
            // (double parameters), where |βx| ≤ float.MaxValue·β < 1e-220 never reaches it.
            _singleLimit = Math.Min(SingleKernel.MinLimit + Math.Max(0, -Math.Log(beta)), SingleKernel.ExpLimit);
            _singleSelectsThreshold = !(threshold >= SingleKernel.RoundsToXAbove);
        }

        public static bool HasSingleVectorForms => true;

        public Vector128<float> Invoke(Vector128<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(this), x);

        public Vector256<float> Invoke(Vector256<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(this), x);

        public Vector512<float> Invoke(Vector512<float> x) => FloatThroughDouble.InvokeKernel(new SingleKernel(this), x);

        public double Invoke(double x) =>
            ScalarLanes.None(OutsideKernel<double, ScalarLanes>(x)) ? Lanes<double, ScalarLanes>(x) : Outside(x);

        /// <summary>βx NaN, below −700, or above 708 but not above the threshold.</summary>
        private TVec OutsideKernel<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec y = TLanes.Multiply(TLanes.Create(_beta), x);
            TVec large = TLanes.And(TLanes.GreaterThan(y, TLanes.Create(-LaneMath.ExpMin)),
                TLanes.LessThanOrEqual(y, TLanes.Create(_threshold)));
            return TLanes.Or(TLanes.Or(TLanes.IsNaN(y), TLanes.LessThan(y, TLanes.Create(-700))), large);
        }

        private double Outside(double x)
        {
            double y = DoubleDouble.TwoProduct(_beta, x, out double yLow);
            if (y > _threshold || double.IsNaN(y))
            {
                return x;
            }

            if (y < -700)
            {
                // softplus(y) ≈ e^y(1 + yLow); βx = −∞ (x = −∞, or an overflowing product) gives 0.
                return double.IsNegativeInfinity(y) ? 0 : StableMath.MultiplyByExp((1 + yLow) / _beta, y);
            }

            double softplus = Math.Max(y, 0) + StableMath.LogP1(Math.Exp(-Math.Abs(y)));
            return Math.FusedMultiplyAdd(Sigmoid(y), yLow, softplus) / _beta; // sp(y + δ) ≈ sp(y) + σ(y)·δ
        }

        public float Invoke(float x) => FloatThroughDouble.InvokeKernel(new SingleKernel(this), x);

        public double Derivative(double x) =>
            ScalarLanes.None(OutsideKernel<double, ScalarLanes>(x)) ? DerivativeLanes<double, ScalarLanes>(x) : OutsideDerivative(x);

        private double OutsideDerivative(double x)
        {
            double y = DoubleDouble.TwoProduct(_beta, x, out double yLow);
            if (y > _threshold)
            {
                return 1;
            }

            if (y < -700)
            {
                return double.IsNegativeInfinity(y) ? 0 : StableMath.MultiplyByExp(1 + yLow, y);
            }

            double sigma = Sigmoid(y); // NaN propagates
            return Math.FusedMultiplyAdd(sigma * Sigmoid(-y), yLow, sigma); // σ(y + δ) ≈ σ(y) + σ′(y)·δ
        }

        public float Derivative(float x) => (float)Derivative((double)x);

        public TVec Derivative<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(OutsideKernel<TVec, TLanes>(x))
                ? DerivativeLanes<TVec, TLanes>(x)
                : TLanes.PerLane(new DerivativeOperator<SoftplusOperator>(this), x);

        /// <summary>
        /// σ(y + δ) ≈ σ(y) + σ(y)σ(−y)·δ with y + δ = βx exactly, σ(±y) from one e = e^(−|y|) as in the
        /// sigmoid's kernel; 1 where y &gt; threshold.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec DerivativeLanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec one = TLanes.Create(1);
            TVec beta = TLanes.Create(_beta);
            TVec y = TLanes.Multiply(beta, x);
            TVec e = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(y)));
            TVec positive = TLanes.GreaterThanOrEqual(y, TLanes.Create(0));
            TVec onePlusE = TLanes.Add(one, e);
            TVec sigma = TLanes.Divide(TLanes.Select(positive, one, e), onePlusE);
            if (_beta != 1)
            {
                // βx is exact for β = 1 (δ = 0), where the correction adds +0.
                TVec yLow = TLanes.FusedMultiplyAdd(beta, x, TLanes.Negate(y));
                TVec sigmaNeg = TLanes.Divide(TLanes.Select(positive, e, one), onePlusE);
                sigma = TLanes.FusedMultiplyAdd(TLanes.Multiply(sigma, sigmaNeg), yLow, sigma);
            }

            return TLanes.Select(TLanes.GreaterThan(y, TLanes.Create(_threshold)), one, sigma);
        }

        /// <summary>The kernel where no lane is outside the kernel's range, else the scalar form lane by lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVec Invoke<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec> =>
            TLanes.None(OutsideKernel<TVec, TLanes>(x)) ? Lanes<TVec, TLanes>(x) : TLanes.PerLane(new ValueOperator<SoftplusOperator>(this), x);

        /// <summary>(max(y, 0) + ln(1 + e) + σ(y)·δ)/β with y + δ = βx exactly and e = e^(−|y|) shared by log1p and σ; x where y &gt; threshold.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private TVec Lanes<TVec, TLanes>(TVec x)
            where TLanes : ILanes<TVec>
        {
            TVec zero = TLanes.Create(0);
            TVec one = TLanes.Create(1);
            TVec beta = TLanes.Create(_beta);
            TVec y = TLanes.Multiply(beta, x);
            TVec yLow = TLanes.FusedMultiplyAdd(beta, x, TLanes.Negate(y));
            TVec e = LaneMath.Exp<TVec, TLanes>(TLanes.Negate(TLanes.Abs(y)));
            TVec softplus = TLanes.Add(TLanes.Select(TLanes.GreaterThan(y, zero), y, zero), LaneMath.LogP1UnitInterval<TVec, TLanes>(e));
            if (_beta == 1)
            {
                // βx is exact (δ = 0): the σ(y)·δ correction adds +0 and the division by β is exact, so
                // skipping both gives the same bits (softplus > 0).
                return TLanes.Select(TLanes.GreaterThan(y, TLanes.Create(_threshold)), x, softplus);
            }

            TVec sigma = TLanes.Divide(TLanes.Select(TLanes.GreaterThanOrEqual(y, zero), one, e), TLanes.Add(one, e));
            TVec result = TLanes.Divide(TLanes.FusedMultiplyAdd(sigma, yLow, softplus), beta);
            return TLanes.Select(TLanes.GreaterThan(y, TLanes.Create(_threshold)), x, result);
        }

        /// <summary>
        /// The float form's double kernel: (max(y, 0) + ln(1 + e))/β with y = βx, as in <see cref="Lanes{TVec, TLanes}"/>,
        /// e = e^(−|y|) from <see cref="LaneMath.ExpForSingle{TVec, TLanes}"/> and ln(1 + e) from
        /// <see cref="LaneMath.LogP1UnitIntervalForSingle{TVec, TLanes}"/> (each about 2^-32 relative; the double form's
        /// last bits cost two divisions and a longer exponential); x where y &gt; threshold. βx is exact for float x
        /// and β (24 + 24 significand bits), so the double form's σ(y)·δ correction is 0; with a double β it is below
        /// 2^-43 relative (|δ| ≤ 2^-53·|y|, |y| ≤ 700, σ(y) ≤ softplus(y)). e = 0 beyond |y| = 104 + ln(1/β) (the
        /// operator's limit), where e/β is below half the smallest float: the result is 0, or y/β (which rounds to x).
        /// The terms have the same sign, so about 2^-31 relative before the rounding to float: within 0.5 + 2^-7 ULP.
        /// ±∞ give +∞ and +0, NaN propagates.
        /// </summary>
        internal readonly struct SingleKernel(SoftplusOperator softplus) : IDoubleLaneKernel
        {
            /// <summary>|y| beyond which e^(−|y|) is below half the smallest float: ln(2^-150) = −103.97.</summary>
            public const double MinLimit = 104;

            /// <summary>The range of <see cref="LaneMath.ExpForSingle{TVec, TLanes}"/>.</summary>
            public const double ExpLimit = 700;

            /// <summary>
            /// y beyond which the kernel's result rounds to x as a float: (y + ln(1 + e^(−y)))/β differs from x by
            /// below e^(−y)/y + 2^-52 ≤ 2.5e-9 of x, less than half a float ULP (≥ 2^-25 of x). So with a threshold
            /// at or above it the select of x changes no float result, and the kernel skips it.
            /// </summary>
            public const double RoundsToXAbove = 17;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public TVec Invoke<TVec, TLanes>(TVec x)
                where TLanes : ILanes<TVec>
            {
                TVec zero = TLanes.Create(0);
                TVec y = softplus._beta == 1 ? x : TLanes.Multiply(TLanes.Create(softplus._beta), x);
                TVec minusAbs = TLanes.Negate(TLanes.Abs(y));
                TVec e = TLanes.Select(TLanes.LessThan(minusAbs, TLanes.Create(-softplus._singleLimit)), zero,
                    LaneMath.ExpForSingle<TVec, TLanes>(minusAbs));
                TVec result = TLanes.Add(TLanes.Select(TLanes.GreaterThan(y, zero), y, zero), LaneMath.LogP1UnitIntervalForSingle<TVec, TLanes>(e));
                if (softplus._beta != 1)
                {
                    result = TLanes.Divide(result, TLanes.Create(softplus._beta));
                }

                return softplus._singleSelectsThreshold
                    ? TLanes.Select(TLanes.GreaterThan(y, TLanes.Create(softplus._threshold)), x, result)
                    : result;
            }
        }
    }
}
