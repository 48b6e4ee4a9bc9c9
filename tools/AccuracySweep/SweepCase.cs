namespace Activations.Accuracy;

/// <summary>
/// A single float implementation of an element-wise function and its reference, for one-off sweeps (the
/// variant sweeps share references through <see cref="SweepGroup"/>).
/// </summary>
/// <param name="Function">Name shown in the report, such as <c>GELU</c> or <c>GELU′</c>.</param>
/// <param name="Path">How the float result is computed: <c>scalar</c>, <c>span</c>, or another library's span API.</param>
/// <param name="Evaluate">Computes the float results for a block of inputs.</param>
/// <param name="Reference">The exact value, approximated in double.</param>
public sealed record SweepCase(string Function, string Path, SpanFunction<float> Evaluate, Func<double, double> Reference)
{
    /// <summary>A case evaluated one element at a time through a scalar float function.</summary>
    public static SweepCase Scalar(string function, Func<float, float> f, Func<double, double> reference) =>
        new(function, "scalar", (x, destination) =>
        {
            for (int i = 0; i < x.Length; i++) destination[i] = f(x[i]);
        }, reference);

    /// <summary>This case as a group of one row.</summary>
    public SweepGroup ToGroup() => new(
        (x, r) => { for (int i = 0; i < x.Length; i++) r[i] = Reference(x[i]); },
        [new SweepRow(Function, Path, Evaluate)]);
}
