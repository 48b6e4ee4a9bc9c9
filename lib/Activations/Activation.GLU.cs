namespace Activations;

public static partial class Activation
{
    /// <summary>
    /// Gated linear unit for one pair: a·σ(b), the value a let through by the gate σ(b)
    /// (<see cref="GLU(ReadOnlySpan{double}, Span{double})"/> for a vector).
    /// </summary>
    /// <param name="a">The value, from the first half of GLU's input.</param>
    /// <param name="b">The gate's input, from the second half.</param>
    /// <returns>a·σ(b), within a few ULP (σ(b) ≥ e^-40: the library's sigmoid times a; below, a·e^b with a
    /// entering the exponential before the one rounding, so huge a and b far below −745 stay accurate).</returns>
    /// <remarks>Special values: NaN in either → NaN; a = ±∞ gives ±∞ for every b &gt; −∞; b = −∞ gives ±0 for
    /// every a, ±∞ included (a closed gate passes nothing: the limit of the gate is taken first, where
    /// ∞·0 would be NaN); b = +∞ gives a.</remarks>
    public static double GLU(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return a + b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return Math.CopySign(0.0, a);
        }

        if (double.IsInfinity(a))
        {
            return a;
        }

        return b < -GateTailStart ? MultiplyByExpAnyFactor(a, b) : a * Sigmoid(b);
    }

    /// <inheritdoc cref="GLU(double, double)"/>
    public static float GLU(float a, float b) => (float)GLU((double)a, (double)b);

    /// <summary>
    /// Gated linear unit (PyTorch's <c>nn.GLU(dim=-1)</c>) of one vector: the input of length 2h is split in
    /// halves a = x[0..h) and b = x[h..2h), and destination[i] = a[i]·σ(b[i]) for i &lt; h.
    /// </summary>
    /// <param name="x">The input: an even number of elements, the values then the gates (PyTorch's last axis;
    /// for a batch call this once per row).</param>
    /// <param name="destination">Receives h = x.Length/2 results; may start at the same element as
    /// <paramref name="x"/> (in place: the results overwrite the first half).</param>
    /// <remarks>Each element is <see cref="GLU(double, double)"/> of its pair, bit for bit.</remarks>
    /// <exception cref="ArgumentException"><paramref name="x"/> has an odd length; <paramref name="destination"/>
    /// is shorter than x.Length/2, or overlaps <paramref name="x"/> without starting at the same element.</exception>
    public static void GLU(ReadOnlySpan<double> x, Span<double> destination)
    {
        int half = CheckGluSpans(x.Length, destination.Length, destination.Length, "destination");
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        for (int i = 0; i < half; i++)
        {
            destination[i] = GLU(x[i], x[half + i]);
        }
    }

    /// <inheritdoc cref="GLU(ReadOnlySpan{double}, Span{double})"/>
    public static void GLU(ReadOnlySpan<float> x, Span<float> destination)
    {
        int half = CheckGluSpans(x.Length, destination.Length, destination.Length, "destination");
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        for (int i = 0; i < half; i++)
        {
            destination[i] = GLU(x[i], x[half + i]);
        }
    }

    /// <summary>The partial derivatives of a·σ(b): ∂/∂a = σ(b) and ∂/∂b = a·σ′(b) = a·σ(b)·σ(−b).</summary>
    /// <param name="a">The value.</param>
    /// <param name="b">The gate's input.</param>
    /// <returns>(DA, DB); both NaN if a or b is NaN. DB follows the conventions of <see cref="GLU(double, double)"/>:
    /// ±0 for b = ±∞ (every a), ±∞ for a = ±∞ and finite b; for |b| &gt; 40, a·e^(−|b|) with a inside the exponential.</returns>
    public static (double DA, double DB) GLUDerivative(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return (a + b, a + b);
        }

        double da = Sigmoid(b);
        if (double.IsInfinity(b))
        {
            return (da, Math.CopySign(0.0, a));
        }

        if (double.IsInfinity(a))
        {
            return (da, a);
        }

        // σ′(b) = e^(−|b|)/(1 + e^(−|b|))² = e^(−|b|)·(1 − 2e^(−|b|) + …): beyond 40 the correction is < 2^-56.
        double db = Math.Abs(b) > GateTailStart ? MultiplyByExpAnyFactor(a, -Math.Abs(b)) : a * SigmoidDerivative(b);
        return (da, db);
    }

    /// <inheritdoc cref="GLUDerivative(double, double)"/>
    public static (float DA, float DB) GLUDerivative(float a, float b)
    {
        (double da, double db) = GLUDerivative((double)a, (double)b);
        return ((float)da, (float)db);
    }

    /// <summary>
    /// The non-zero entries of GLU's Jacobian, in the layout of the input: for x = (a, b) of length 2h,
    /// destination[i] = ∂y_i/∂a_i = σ(b_i) and destination[h + i] = ∂y_i/∂b_i = a_i·σ′(b_i). Every other
    /// ∂y_i/∂x_j is 0, so the backward pass is grad_a = g ⊙ destination[..h), grad_b = g ⊙ destination[h..).
    /// </summary>
    /// <param name="x">The input: an even number of elements, the values then the gates.</param>
    /// <param name="destination">Receives x.Length partial derivatives; may be the same memory as <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> has an odd length; <paramref name="destination"/>
    /// is shorter than <paramref name="x"/>, or overlaps it without starting at the same element.</exception>
    public static void GLUDerivative(ReadOnlySpan<double> x, Span<double> destination)
    {
        int half = CheckGluSpans(x.Length, destination.Length, destination.Length / 2, "destination");
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        for (int i = 0; i < half; i++)
        {
            (double da, double db) = GLUDerivative(x[i], x[half + i]); // both read before either is written
            destination[i] = da;
            destination[half + i] = db;
        }
    }

    /// <inheritdoc cref="GLUDerivative(ReadOnlySpan{double}, Span{double})"/>
    public static void GLUDerivative(ReadOnlySpan<float> x, Span<float> destination)
    {
        int half = CheckGluSpans(x.Length, destination.Length, destination.Length / 2, "destination");
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        for (int i = 0; i < half; i++)
        {
            (float da, float db) = GLUDerivative(x[i], x[half + i]);
            destination[i] = da;
            destination[half + i] = db;
        }
    }

    internal static readonly ActivationInfo GLUInfo = ActivationInfo.Vector(
        name: nameof(GLU),
        family: ActivationFamily.Gated,
        description: "Splits its input in halves a and b and lets a through a sigmoid gate: a ⊗ σ(b). The output " +
                     "is half as long; its variants with other gates (SwiGLU, GeGLU) drive LLM feed-forward layers.",
        reference: "PyTorch torch.nn.GLU (Dauphin et al., 2017)",
        latexValue: @"a_i\,\sigma(b_i), \quad x = (a, b),\ a, b \in \mathbb{R}^{h}",
        latexDerivative: @"\frac{\partial y_i}{\partial a_i} = \sigma(b_i), \quad \frac{\partial y_i}{\partial b_i} = a_i\,\sigma(b_i)\,\sigma(-b_i)",
        range: new ActivationRange(double.NegativeInfinity, double.PositiveInfinity, false, false, @"(-\infty, \infty)"),
        value: GLU,
        valueSingle: GLU,
        outputLength: length => length / 2);

    /// <summary>Where the gate's tail starts: σ(b) = e^b·(1 − e^b + …) and σ′(b) = e^(−|b|)·(1 − 2e^(−|b|) + …) for
    /// |b| &gt; 40, corrections below 2^-56 relative.</summary>
    private const double GateTailStart = 40;

    // ln 2 split so that t·Ln2High is exact for t < 2^21 and v + t·Ln2High is exact (fdlibm's constants).
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;

    /// <summary>
    /// a·e^v for finite a ≠ ±∞ and v ≤ −40, rounded about once over the whole range: a = m·2^k with
    /// 1 ≤ |m| &lt; 2 (exact), m·e^s by <see cref="LaneMath.MultiplyByExp{TVec, TLanes}(TVec, TVec)"/> with s ≥ −692
    /// (below, v = s − t·ln 2 with s = v + t·Ln2High exact and the rest t·Ln2Low ≈ 10^-7 folded in as
    /// 1 + δ + δ²/2, δ ≤ 4·10^-7), then scaled by 2^(k − t) (exact unless the result is subnormal).
    /// </summary>
    private static double MultiplyByExpAnyFactor(double a, double v)
    {
        if (a == 0)
        {
            return a; // ±0·e^v
        }

        if (v < -2000)
        {
            return Math.CopySign(0.0, a); // |a| < 2^1024 = e^709.8: |a|·e^v < e^-1290 underflows
        }

        int k = Math.ILogB(a);
        double m = Math.ScaleB(a, -k);
        int t = 0;
        double s = v, delta = 0;
        if (v < LaneMath.ExpMin + 16)
        {
            t = (int)Math.Ceiling((-600 - v) / Math.Log(2)); // at most 2020
            s = v + t * Ln2High;
            delta = t * Ln2Low;
        }

        double p = LaneMath.MultiplyByExp<double, ScalarLanes>(m, s);
        if (delta != 0)
        {
            p = Math.FusedMultiplyAdd(p, delta + delta * delta / 2, p); // e^(s + δ) ≈ e^s·(1 + δ + δ²/2), δ³ < 2^-60
        }

        return Math.ScaleB(p, k - t);
    }

    /// <summary>Checks GLU's spans and returns h = x.Length/2.</summary>
    private static int CheckGluSpans(int length, int destinationLength, int destinationHalf, string destinationName)
    {
        if (length % 2 != 0)
        {
            ThrowHelper.ThrowArgument(
                $"GLU splits its input in two halves, so x needs an even length; it has {length} elements.", "x");
        }

        int half = length / 2;
        ThrowHelper.ThrowIfDestinationTooShort(destinationHalf == destinationLength ? half : length, destinationLength, destinationName);
        return half;
    }
}
