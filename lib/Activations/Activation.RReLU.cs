namespace Activations;

public static partial class Activation
{
    /// <summary>Randomized leaky ReLU at evaluation time: x for x &gt; 0, a·x otherwise, with the fixed slope
    /// a = (lower + upper)/2 (PyTorch's <c>nn.RReLU</c> in <c>eval()</c> mode).</summary>
    /// <param name="x">The input.</param>
    /// <param name="lower">The smallest slope drawn in training (PyTorch's default 1/8); finite.</param>
    /// <param name="upper">The largest slope drawn in training (PyTorch's default 1/3); finite, ≥ <paramref name="lower"/>.</param>
    /// <returns>LeakyReLU(x, (lower + upper)/2); with the defaults the slope is 11/48 ≈ 0.2292.</returns>
    /// <remarks>
    /// The training form, which draws a slope per element, is
    /// <see cref="RReLUTraining(ReadOnlySpan{double}, Span{double}, Span{double}, Random, double, double)"/>.
    /// The float overloads use the mean of the float parameters in double, rounding only the product (PyTorch
    /// rounds the slope to float first: the results may differ in the last bit).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> or <paramref name="upper"/> is
    /// NaN or infinite, or <paramref name="lower"/> &gt; <paramref name="upper"/> (named <c>lower</c>).</exception>
    public static double RReLU(double x, double lower = 0.125, double upper = 1.0 / 3) => RReLUOperator(lower, upper).Invoke(x);

    /// <inheritdoc cref="RReLU(double, double, double)"/>
    public static float RReLU(float x, float lower = 0.125f, float upper = 1f / 3) => RReLUOperator(lower, upper).Invoke(x);

    /// <summary>Writes RReLU(x[i]) (evaluation form) to <c>destination[i]</c>; see <see cref="RReLU(double, double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="lower">The smallest training slope.</param>
    /// <param name="upper">The largest training slope.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="RReLU(double, double, double)"/>.</exception>
    public static void RReLU(ReadOnlySpan<double> x, Span<double> destination, double lower = 0.125, double upper = 1.0 / 3) =>
        InvokeValues(x, destination, RReLUOperator(lower, upper));

    /// <inheritdoc cref="RReLU(ReadOnlySpan{double}, Span{double}, double, double)"/>
    public static void RReLU(ReadOnlySpan<float> x, Span<float> destination, float lower = 0.125f, float upper = 1f / 3) =>
        InvokeValues(x, destination, RReLUOperator(lower, upper));

    /// <summary>d/dx of the evaluation form: 1 for x &gt; 0, (lower + upper)/2 for x ≤ 0 (that slope at the kink,
    /// as LeakyReLU).</summary>
    /// <param name="x">The input.</param>
    /// <param name="lower">The smallest training slope.</param>
    /// <param name="upper">The largest training slope.</param>
    /// <returns>1 or the mean slope; NaN for NaN. In training the derivative is the sampled slope that
    /// <see cref="RReLUTraining(ReadOnlySpan{double}, Span{double}, Span{double}, Random, double, double)"/> records.</returns>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="RReLU(double, double, double)"/>.</exception>
    public static double RReLUDerivative(double x, double lower = 0.125, double upper = 1.0 / 3) => RReLUOperator(lower, upper).Derivative(x);

    /// <inheritdoc cref="RReLUDerivative(double, double, double)"/>
    public static float RReLUDerivative(float x, float lower = 0.125f, float upper = 1f / 3) => RReLUOperator(lower, upper).Derivative(x);

    /// <summary>
    /// Randomized leaky ReLU in training (PyTorch's <c>rrelu_with_noise</c>, <c>training=True</c>): for each
    /// x[i] ≤ 0 a slope a_i is drawn uniformly from [lower, upper] with <paramref name="random"/>
    /// (<c>lower + (upper − lower)·random.NextDouble()</c>) and destination[i] = a_i·x[i]; for x[i] &gt; 0 (and NaN)
    /// destination[i] = x[i] and a_i = 1. Every a_i is written to <paramref name="slopes"/> (PyTorch's
    /// <c>noise</c>): it is the derivative d destination[i]/d x[i], so the backward pass multiplies by it.
    /// </summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives a_i·x[i]; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="slopes">Receives a_i, the slope applied to each element (1 for x &gt; 0); at least as long as x.</param>
    /// <param name="random">The caller's generator: one draw per non-positive input, in index order, so a seeded
    /// <see cref="Random"/> reproduces the same slopes.</param>
    /// <param name="lower">The smallest slope (default 1/8).</param>
    /// <param name="upper">The largest slope (default 1/3).</param>
    /// <remarks>The float overload draws in double and rounds a_i to float; destination[i] is x[i]·a_i rounded
    /// once, so destination[i] = x[i]·slopes[i] exactly as float arithmetic computes it.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> or <paramref name="slopes"/> is shorter
    /// than <paramref name="x"/>, or overlaps it without starting at the same element (<paramref name="slopes"/>
    /// may not overlap <paramref name="x"/> at all).</exception>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="RReLU(double, double, double)"/>.</exception>
    public static void RReLUTraining(ReadOnlySpan<double> x, Span<double> destination, Span<double> slopes, Random random,
        double lower = 0.125, double upper = 1.0 / 3)
    {
        CheckTrainingArguments(x, destination, slopes, random, lower, upper);
        for (int i = 0; i < x.Length; i++)
        {
            double value = x[i];
            double slope = value <= 0 ? DrawSlope(random, lower, upper) : 1.0;
            slopes[i] = slope;
            destination[i] = value <= 0 ? value * slope : value;
        }
    }

    /// <inheritdoc cref="RReLUTraining(ReadOnlySpan{double}, Span{double}, Span{double}, Random, double, double)"/>
    public static void RReLUTraining(ReadOnlySpan<float> x, Span<float> destination, Span<float> slopes, Random random,
        float lower = 0.125f, float upper = 1f / 3)
    {
        CheckTrainingArguments(x, destination, slopes, random, lower, upper);
        for (int i = 0; i < x.Length; i++)
        {
            float value = x[i];
            float slope = value <= 0 ? (float)DrawSlope(random, lower, upper) : 1f;
            slopes[i] = slope;
            destination[i] = value <= 0 ? value * slope : value;
        }
    }

    /// <summary>The training form for one input: draws a slope if x ≤ 0 and returns a·x; <paramref name="slope"/>
    /// receives a (1 for x &gt; 0), the derivative. See
    /// <see cref="RReLUTraining(ReadOnlySpan{double}, Span{double}, Span{double}, Random, double, double)"/>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="random">The caller's generator (one draw if x ≤ 0, none otherwise).</param>
    /// <param name="slope">Receives the slope applied.</param>
    /// <param name="lower">The smallest slope.</param>
    /// <param name="upper">The largest slope.</param>
    /// <returns>a·x or x.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">See <see cref="RReLU(double, double, double)"/>.</exception>
    public static double RReLUTraining(double x, Random random, out double slope, double lower = 0.125, double upper = 1.0 / 3)
    {
        ArgumentNullException.ThrowIfNull(random);
        RReLUMeanSlope(lower, upper);
        slope = x <= 0 ? DrawSlope(random, lower, upper) : 1.0;
        return x <= 0 ? x * slope : x;
    }

    internal static readonly ActivationInfo RReLUInfo = ActivationInfo.Elementwise(
        name: nameof(RReLU),
        family: ActivationFamily.Rectifier,
        description: "LeakyReLU with a random negative slope drawn from [l, u] for every element in training (a " +
                     "regulariser); at evaluation the slope is the mean (l + u)/2, which is what is drawn here.",
        reference: "PyTorch torch.nn.RReLU (Xu et al., 2015)",
        latexValue: @"\begin{cases} x & x > 0 \\ \tfrac{l + u}{2}\, x & x \le 0 \end{cases} \quad (\text{training: } a x,\ a \sim U[l, u])",
        latexDerivative: @"\begin{cases} 1 & x > 0 \\ \tfrac{l + u}{2} & x \le 0 \end{cases} \quad (\text{training: the sampled } a)",
        range: new ActivationRange(double.NegativeInfinity, double.PositiveInfinity, false, false, @"(-\infty, \infty) \text{ for } l + u > 0"),
        parameters:
        [
            new ActivationParameter("lower", 0.125, "l", "The smallest slope drawn in training (PyTorch's default 1/8); finite."),
            new ActivationParameter("upper", 1.0 / 3, "u", "The largest slope drawn in training (PyTorch's default 1/3); finite, at least lower."),
        ],
        create: p => RReLUOperator(p[0], p[1]));

    private static LeakyReLUOperator RReLUOperator(double lower, double upper) => new(RReLUMeanSlope(lower, upper));

    /// <summary>(lower + upper)/2 after validating both (halved first if the sum overflows).</summary>
    private static double RReLUMeanSlope(double lower, double upper)
    {
        ThrowHelper.ThrowIfNotFinite(lower);
        ThrowHelper.ThrowIfNotFinite(upper);
        ThrowHelper.ThrowIfGreaterThan(lower, upper);
        double sum = lower + upper;
        return double.IsFinite(sum) ? sum / 2 : lower / 2 + upper / 2;
    }

    // upper − lower overflows only for bounds near ±double.MaxValue; the weighted mean then cannot.
    private static double DrawSlope(Random random, double lower, double upper)
    {
        double r = random.NextDouble();
        double width = upper - lower;
        return double.IsFinite(width) ? lower + width * r : lower * (1 - r) + upper * r;
    }

    private static void CheckTrainingArguments<T>(ReadOnlySpan<T> x, Span<T> destination, Span<T> slopes, Random random, double lower, double upper)
    {
        ArgumentNullException.ThrowIfNull(random);
        RReLUMeanSlope(lower, upper);
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, destination.Length);
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, slopes.Length, nameof(slopes));
        if (x.Overlaps(slopes) || destination.Slice(0, x.Length).Overlaps(slopes.Slice(0, x.Length)))
        {
            ThrowHelper.ThrowArgument("slopes may not share memory with x or destination.", nameof(slopes));
        }
    }
}
