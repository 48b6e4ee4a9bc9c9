namespace Activations.Accuracy;

/// <summary>
/// One row of a float sweep: a float implementation of an element-wise function and its reference.
/// </summary>
/// <param name="Function">Name shown in the report, such as <c>GELU</c> or <c>GELU′</c>.</param>
/// <param name="Path">How the float result is computed: <c>scalar</c>, <c>span</c>, or another library's span API.</param>
/// <param name="Evaluate">Computes the float results for a block of inputs.</param>
/// <param name="Reference">The exact value, approximated by the library's double path (verified within 4 double ulps of mpmath).</param>
public sealed record SweepCase(string Function, string Path, SpanFunction<float> Evaluate, Func<double, double> Reference)
{
    /// <summary>A case evaluated one element at a time through a scalar float function.</summary>
    public static SweepCase Scalar(string function, Func<float, float> f, Func<double, double> reference) =>
        new(function, "scalar", (x, destination) =>
        {
            for (int i = 0; i < x.Length; i++) destination[i] = f(x[i]);
        }, reference);
}
