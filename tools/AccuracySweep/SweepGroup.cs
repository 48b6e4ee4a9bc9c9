namespace Activations.Accuracy;

/// <summary>One row of a sweep report: a float implementation evaluated on blocks of inputs.</summary>
/// <param name="Function">Name shown in the report, such as <c>GELU</c> or <c>GELU′</c>.</param>
/// <param name="Path">How the float result is computed: <c>scalar</c>, <c>span</c>, or another library's span API.</param>
/// <param name="Evaluate">Computes the float results for a block of inputs.</param>
public sealed record SweepRow(string Function, string Path, SpanFunction<float> Evaluate);

/// <summary>
/// Rows that approximate the same function, measured against one reference computed once per block and shared
/// (the value of a variant on the scalar, span and TensorPrimitives paths; or its derivative on two paths).
/// </summary>
/// <param name="Reference">The exact value per input, approximated by the library's double scalar path.</param>
/// <param name="Rows">The implementations measured against it.</param>
public sealed record SweepGroup(BlockReference Reference, IReadOnlyList<SweepRow> Rows);
