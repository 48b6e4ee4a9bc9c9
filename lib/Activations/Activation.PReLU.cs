namespace Activations;

public static partial class Activation
{
    /// <summary>Parametric ReLU: x for x &gt; 0, a·x otherwise, with a learnable slope a (PyTorch's <c>weight</c>).</summary>
    /// <param name="x">The input.</param>
    /// <param name="slope">The slope a for x ≤ 0 (PyTorch's <c>init</c>, default 0.25); any finite value.</param>
    /// <returns>x or a·x (one rounding).</returns>
    /// <remarks>
    /// The same function as <see cref="LeakyReLU(double, double)"/> (the same operator computes both); what
    /// makes it PReLU is that the slope is trained: <see cref="PReLUSlopeDerivative(double)"/> is ∂f/∂a and
    /// <see cref="PReLUSlopeGradient(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, int)"/> sums it over
    /// a batch. For one slope per channel use
    /// <see cref="PReLU(ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, int)"/>.
    /// Special values: +∞ → +∞, −∞ → −∞·sign(a) (0 when a = 0), NaN → NaN; −0 → −0·a.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slope"/> is NaN or infinite.</exception>
    public static double PReLU(double x, double slope = 0.25) => PReLUOperator(slope).Invoke(x);

    /// <inheritdoc cref="PReLU(double, double)"/>
    public static float PReLU(float x, float slope = 0.25f) => PReLUOperator(slope).Invoke(x);

    /// <summary>Writes PReLU(x[i], a) to <c>destination[i]</c> with one slope shared by every element
    /// (PyTorch's <c>nn.PReLU()</c>, <c>num_parameters = 1</c>); see <see cref="PReLU(double, double)"/>.</summary>
    /// <param name="x">The inputs.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="slope">The shared slope a.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slope"/> is NaN or infinite.</exception>
    public static void PReLU(ReadOnlySpan<double> x, Span<double> destination, double slope = 0.25) =>
        InvokeValues(x, destination, PReLUOperator(slope));

    /// <inheritdoc cref="PReLU(ReadOnlySpan{double}, Span{double}, double)"/>
    public static void PReLU(ReadOnlySpan<float> x, Span<float> destination, float slope = 0.25f) =>
        InvokeValues(x, destination, PReLUOperator(slope));

    /// <summary>
    /// PReLU with one slope per channel (PyTorch's <c>nn.PReLU(num_parameters = C)</c>): <paramref name="x"/> is
    /// a row-major tensor of shape (N, C, S), C = <c>slopes.Length</c> channels (PyTorch's dimension 1) and
    /// S = <paramref name="spatialSize"/> elements per channel (the product of the dimensions after the channel:
    /// H·W for images, 1 for an (N, C) matrix), and element i uses <c>slopes[(i / S) % C]</c>.
    /// </summary>
    /// <param name="x">The inputs, N·C·S elements.</param>
    /// <param name="destination">Receives the results; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="slopes">One slope per channel; each any finite value.</param>
    /// <param name="spatialSize">S, the number of consecutive elements that share a channel (≥ 1).</param>
    /// <remarks>Every element gives the same bits as <see cref="PReLU(double, double)"/> with its channel's
    /// slope. One slope per element is the case N = 1, S = 1.</remarks>
    /// <exception cref="ArgumentException"><paramref name="slopes"/> is empty; <paramref name="x"/>'s length is
    /// not a multiple of C·S; <paramref name="destination"/> is shorter than <paramref name="x"/>, or the spans
    /// overlap without starting at the same element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spatialSize"/> is less than 1; a slope is
    /// NaN or infinite (named <c>slopes</c>).</exception>
    public static void PReLU(ReadOnlySpan<double> x, Span<double> destination, ReadOnlySpan<double> slopes, int spatialSize = 1) =>
        PReLUPerChannel(x, destination, slopes, spatialSize, derivative: false);

    /// <inheritdoc cref="PReLU(ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, int)"/>
    public static void PReLU(ReadOnlySpan<float> x, Span<float> destination, ReadOnlySpan<float> slopes, int spatialSize = 1) =>
        PReLUPerChannel(x, destination, slopes, spatialSize, derivative: false);

    /// <summary>∂PReLU/∂x = 1 for x &gt; 0, a for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <param name="slope">The slope a.</param>
    /// <returns>1 or a; NaN for NaN.</returns>
    /// <remarks>At the kink the derivative is a, PyTorch's convention (prelu backward: x &gt; 0 ? grad : a·grad).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slope"/> is NaN or infinite.</exception>
    public static double PReLUDerivative(double x, double slope = 0.25) => PReLUOperator(slope).Derivative(x);

    /// <inheritdoc cref="PReLUDerivative(double, double)"/>
    public static float PReLUDerivative(float x, float slope = 0.25f) => PReLUOperator(slope).Derivative(x);

    /// <summary>Writes ∂PReLU/∂x at x[i] to <c>destination[i]</c>, one slope per channel, laid out as in
    /// <see cref="PReLU(ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, int)"/>.</summary>
    /// <param name="x">The inputs, N·C·S elements.</param>
    /// <param name="destination">Receives the derivatives; may be the same memory as <paramref name="x"/>.</param>
    /// <param name="slopes">One slope per channel.</param>
    /// <param name="spatialSize">S, the number of consecutive elements that share a channel (≥ 1).</param>
    /// <exception cref="ArgumentException">As for the values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for the values.</exception>
    public static void PReLUDerivative(ReadOnlySpan<double> x, Span<double> destination, ReadOnlySpan<double> slopes, int spatialSize = 1) =>
        PReLUPerChannel(x, destination, slopes, spatialSize, derivative: true);

    /// <inheritdoc cref="PReLUDerivative(ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, int)"/>
    public static void PReLUDerivative(ReadOnlySpan<float> x, Span<float> destination, ReadOnlySpan<float> slopes, int spatialSize = 1) =>
        PReLUPerChannel(x, destination, slopes, spatialSize, derivative: true);

    /// <summary>∂PReLU/∂a, the derivative with respect to the slope: 0 for x &gt; 0, x for x ≤ 0.</summary>
    /// <param name="x">The input.</param>
    /// <returns>0 or x (exact, so −∞ for x = −∞); NaN for NaN. It does not depend on a.</returns>
    /// <remarks>PyTorch's prelu backward for the weight: x &gt; 0 ? 0 : x·grad.</remarks>
    public static double PReLUSlopeDerivative(double x) => x > 0 ? 0.0 : x;

    /// <inheritdoc cref="PReLUSlopeDerivative(double)"/>
    public static float PReLUSlopeDerivative(float x) => x > 0 ? 0f : x;

    /// <summary>
    /// The gradient of a loss with respect to the slopes, from the gradient with respect to the outputs (the
    /// backward pass of PReLU's weight): <c>slopeGradient[c] = Σ upstream[i]·∂PReLU/∂a(x[i])</c> over the
    /// elements i of channel c, laid out as in <see cref="PReLU(ReadOnlySpan{double}, Span{double}, ReadOnlySpan{double}, int)"/>
    /// (C = <c>slopeGradient.Length</c>; C = 1 for one shared slope).
    /// </summary>
    /// <param name="x">The inputs of the forward pass, N·C·S elements.</param>
    /// <param name="upstream">∂loss/∂output, one per input.</param>
    /// <param name="slopeGradient">Receives ∂loss/∂a_c (overwritten, not accumulated).</param>
    /// <param name="spatialSize">S, the number of consecutive elements that share a channel (≥ 1).</param>
    /// <remarks>The sums run in index order (not compensated), as a plain loop would add them.</remarks>
    /// <exception cref="ArgumentException"><paramref name="slopeGradient"/> is empty; <paramref name="x"/>'s
    /// length is not a multiple of C·S; <paramref name="upstream"/> is not as long as <paramref name="x"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spatialSize"/> is less than 1.</exception>
    public static void PReLUSlopeGradient(ReadOnlySpan<double> x, ReadOnlySpan<double> upstream, Span<double> slopeGradient, int spatialSize = 1)
    {
        int channels = slopeGradient.Length;
        CheckChannelLayout(x.Length, channels, spatialSize, nameof(slopeGradient));
        if (upstream.Length != x.Length)
        {
            ThrowHelper.ThrowArgument($"upstream has {upstream.Length} elements but x has {x.Length}; they must be equally long.", nameof(upstream));
        }

        slopeGradient.Clear();
        for (int i = 0; i < x.Length; i++)
        {
            slopeGradient[i / spatialSize % channels] += upstream[i] * PReLUSlopeDerivative(x[i]);
        }
    }

    internal static readonly ActivationInfo PReLUInfo = ActivationInfo.Elementwise(
        name: nameof(PReLU),
        family: ActivationFamily.Rectifier,
        description: "LeakyReLU whose negative slope a is a trained parameter (one shared, or one per channel), " +
                     "learned by gradient descent with ∂f/∂a = min(x, 0).",
        reference: "PyTorch torch.nn.PReLU (He et al., 2015)",
        latexValue: @"\begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases}",
        latexDerivative: @"\frac{\partial f}{\partial x} = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}, \quad \frac{\partial f}{\partial a} = \begin{cases} 0 & x > 0 \\ x & x \le 0 \end{cases}",
        range: new ActivationRange(double.NegativeInfinity, double.PositiveInfinity, false, false, @"(-\infty, \infty) \text{ for } a > 0"),
        parameters: [new ActivationParameter("slope", 0.25, "a", "The learnable slope for x ≤ 0 (PyTorch's weight, initialised to 0.25); any finite value.")],
        create: p => PReLUOperator(p[0]));

    /// <summary>PReLU's operator is LeakyReLU's, with the slope validated under its own name.</summary>
    private static LeakyReLUOperator PReLUOperator(double slope)
    {
        ThrowHelper.ThrowIfNotFinite(slope);
        return new LeakyReLUOperator(slope);
    }

    private static void CheckChannelLayout(int length, int channels, int spatialSize, string channelsName)
    {
        if (spatialSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(spatialSize), spatialSize, $"spatialSize must be at least 1; it was {spatialSize}.");
        }

        if (channels == 0)
        {
            ThrowHelper.ThrowArgument($"{channelsName} is empty: it needs one element per channel.", channelsName);
        }

        if (length % ((long)channels * spatialSize) != 0)
        {
            ThrowHelper.ThrowArgument(
                $"x has {length} elements, not a multiple of channels × spatialSize = {channels} × {spatialSize} " +
                "(the layout is N × C × S, row-major).", "x");
        }
    }

    /// <summary>The operator of each channel, after checking the layout (see the per-channel PReLU).</summary>
    private static LeakyReLUOperator[] ChannelOperators(int length, ReadOnlySpan<double> slopes, int spatialSize)
    {
        CheckChannelLayout(length, slopes.Length, spatialSize, nameof(slopes));
        var operators = new LeakyReLUOperator[slopes.Length];
        for (int c = 0; c < slopes.Length; c++)
        {
            if (!double.IsFinite(slopes[c]))
            {
                throw new ArgumentOutOfRangeException(nameof(slopes), slopes[c], $"slopes must be finite numbers; slopes[{c}] was {slopes[c]}.");
            }

            operators[c] = new LeakyReLUOperator(slopes[c]);
        }

        return operators;
    }

    // Each run of spatialSize elements shares one channel: the span driver (vectorized) runs over it.
    private static void PReLUPerChannel(ReadOnlySpan<double> x, Span<double> destination, ReadOnlySpan<double> slopes, int spatialSize, bool derivative)
    {
        LeakyReLUOperator[] operators = ChannelOperators(x.Length, slopes, spatialSize);
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, destination.Length);
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        for (int start = 0, block = 0; start < x.Length; start += spatialSize, block++)
        {
            LeakyReLUOperator op = operators[block % operators.Length];
            if (derivative)
            {
                InvokeSpanIntoSpan(x.Slice(start, spatialSize), destination.Slice(start, spatialSize), new DerivativeOperator<LeakyReLUOperator>(op));
            }
            else
            {
                InvokeValues(x.Slice(start, spatialSize), destination.Slice(start, spatialSize), op);
            }
        }
    }

    private static void PReLUPerChannel(ReadOnlySpan<float> x, Span<float> destination, ReadOnlySpan<float> slopes, int spatialSize, bool derivative)
    {
        double[] wide = new double[slopes.Length];
        for (int c = 0; c < wide.Length; c++)
        {
            wide[c] = slopes[c];
        }

        LeakyReLUOperator[] operators = ChannelOperators(x.Length, wide, spatialSize);
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, destination.Length);
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        for (int start = 0, block = 0; start < x.Length; start += spatialSize, block++)
        {
            LeakyReLUOperator op = operators[block % operators.Length];
            if (derivative)
            {
                InvokeSpanIntoSpan(x.Slice(start, spatialSize), destination.Slice(start, spatialSize), new DerivativeOperator<LeakyReLUOperator>(op));
            }
            else
            {
                InvokeValues(x.Slice(start, spatialSize), destination.Slice(start, spatialSize), op);
            }
        }
    }
}
