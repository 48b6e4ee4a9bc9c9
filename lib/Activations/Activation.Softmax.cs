namespace Activations;

public static partial class Activation
{
    /// <summary>Softmax: destination[i] = e^(x_i) / Σ_j e^(x_j), computed stably (the maximum is subtracted first).</summary>
    /// <param name="x">The input vector (logits).</param>
    /// <param name="destination">Receives the probabilities; may be the same memory as <paramref name="x"/>.</param>
    /// <remarks>
    /// <para>Evaluated as e^(x_i − m)/Σ e^(x_j − m), m = max x: for any vector of finite values every
    /// output is finite, in [0, 1], the outputs sum to 1 within a few ULP, and their order is the order of
    /// the inputs. Article 000's [1010, 1000, 990] gives [0.9999546, 4.5398e-05, 2.0611e-09], where the
    /// textbook formula (<see cref="SoftmaxNaive(ReadOnlySpan{double}, Span{double})"/>) gives NaN.
    /// Float inputs are processed in double and rounded once.</para>
    /// <para>Special values: any NaN → all outputs NaN; +∞ entries share the mass equally (1/k each) and
    /// all others get 0; −∞ entries get 0; all entries −∞ → uniform 1/n (the limit of softmax(x − c) as
    /// c → ∞, where PyTorch returns NaN). Empty input is allowed and writes nothing.</para>
    /// <para>Unlike TensorPrimitives.SoftMax, which skips the max subtraction and overflows.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>,
    /// or the spans overlap without starting at the same element.</exception>
    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination) =>
        SoftmaxCore(x, destination, negate: false, logarithm: false);

    /// <inheritdoc cref="Softmax(ReadOnlySpan{double}, Span{double})"/>
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination) =>
        SoftmaxCore(x, destination, negate: false, logarithm: false);

    /// <summary>
    /// The Jacobian of softmax at <paramref name="x"/>, written row-major: destination[i·n + j] =
    /// ∂s_i/∂x_j = s_i(δ_ij − s_j), s = softmax(x), n = x.Length.
    /// </summary>
    /// <param name="x">The input vector.</param>
    /// <param name="destination">Receives the n×n matrix, row-major; at least n² long. It may overlap
    /// <paramref name="x"/>: softmax(x) is computed into a separate buffer first.</param>
    /// <remarks>
    /// The matrix is symmetric, its rows sum to 0 (softmax is invariant under x → x + c) and it is
    /// positive semi-definite. The diagonal s_i(1 − s_i) takes 1 − s_i as the sum of the other s_j for
    /// the one entry that can exceed 1/2, so it keeps its relative accuracy when s_i ≈ 1.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than n².</exception>
    public static void SoftmaxJacobian(ReadOnlySpan<double> x, Span<double> destination)
    {
        int n = x.Length;
        ThrowHelper.ThrowIfDestinationTooShort((long)n * n, destination.Length);
        if (n == 0)
        {
            return;
        }

        var s = new double[n];
        Softmax(x, s);
        for (int i = 0; i < n; i++)
        {
            double complement = s[i] <= 0.5 ? 1 - s[i] : SumExcept(s, i);
            for (int j = 0; j < n; j++)
            {
                destination[i * n + j] = i == j ? s[i] * complement : -s[i] * s[j];
            }
        }
    }

    /// <summary>The Jacobian of softmax at <paramref name="x"/> as an n×n array; see
    /// <see cref="SoftmaxJacobian(ReadOnlySpan{double}, Span{double})"/>.</summary>
    /// <param name="x">The input vector.</param>
    /// <returns>J with J[i, j] = s_i(δ_ij − s_j).</returns>
    public static double[,] SoftmaxJacobian(ReadOnlySpan<double> x)
    {
        int n = x.Length;
        var flat = new double[n * n];
        SoftmaxJacobian(x, flat);
        var matrix = new double[n, n];
        Buffer.BlockCopy(flat, 0, matrix, 0, flat.Length * sizeof(double));
        return matrix;
    }

    private static double SumExcept(double[] values, int skipped)
    {
        double sum = 0;
        for (int j = 0; j < values.Length; j++)
        {
            sum += j == skipped ? 0 : values[j];
        }

        return sum;
    }

    internal static readonly ActivationInfo SoftmaxInfo = ActivationInfo.Vector(
        name: nameof(Softmax),
        family: ActivationFamily.Normalizing,
        description: "Turns a vector of scores (logits) into a probability distribution: positive outputs that " +
                     "sum to 1, in the order of the inputs. Computed stably by subtracting the maximum first.",
        reference: "Article 000; PyTorch torch.nn.Softmax",
        latexValue: @"\frac{e^{x_i}}{\sum_{j} e^{x_j}} = \frac{e^{x_i - m}}{\sum_{j} e^{x_j - m}}, \quad m = \max_j x_j",
        latexDerivative: @"\frac{\partial s_i}{\partial x_j} = s_i\,(\delta_{ij} - s_j)",
        range: new ActivationRange(0, 1, false, false, @"(0, 1), \ \textstyle\sum_i s_i = 1"),
        value: Softmax,
        valueSingle: Softmax);
}
