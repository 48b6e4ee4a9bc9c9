using System.Numerics.Tensors;

namespace Activations.Accuracy;

/// <summary>Builds the rows of a sweep from activation variants and the selected paths.</summary>
public static class SweepCases
{
    /// <summary>
    /// The element-wise activations that System.Numerics.Tensors.TensorPrimitives also provides (it has no
    /// ReLU, GELU, SiLU ... and its SoftMax is not element-wise), swept against the same reference so the
    /// report shows both side by side.
    /// </summary>
    public static IReadOnlyDictionary<string, SpanFunction<float>> TensorPrimitivesFunctions { get; } =
        new Dictionary<string, SpanFunction<float>>
        {
            ["Sigmoid"] = (x, destination) => TensorPrimitives.Sigmoid(x, destination),
            ["Tanh"] = (x, destination) => TensorPrimitives.Tanh(x, destination),
        };

    /// <summary>
    /// Two groups per variant: the value (scalar and/or span, then TensorPrimitives where it exists, with the span
    /// path), then the derivative (scalar and/or span), each group sharing one reference.
    /// </summary>
    public static IReadOnlyList<SweepGroup> For(ActivationVariant variant, SweepPath path)
    {
        ArgumentNullException.ThrowIfNull(variant);
        bool scalar = path is SweepPath.Scalar or SweepPath.Both, span = path is SweepPath.Span or SweepPath.Both;
        string v = variant.Name, d = variant.Name + "′";
        var values = new List<SweepRow>();
        var derivatives = new List<SweepRow>();
        if (scalar) values.Add(new SweepRow(v, "scalar", variant.Blocks.ValueSingle));
        if (span) values.Add(new SweepRow(v, "span", variant.ValueSpanSingle));
        if (span && TensorPrimitivesFunctions.TryGetValue(v, out var other)) values.Add(new SweepRow(v, "TensorPrimitives (span)", other));
        if (scalar) derivatives.Add(new SweepRow(d, "scalar", variant.Blocks.DerivativeSingle));
        if (span) derivatives.Add(new SweepRow(d, "span", variant.DerivativeSpanSingle));
        return [new SweepGroup(variant.Blocks.ValueReference, values), new SweepGroup(variant.Blocks.DerivativeReference, derivatives)];
    }

    /// <summary>The groups of each variant in turn.</summary>
    public static IReadOnlyList<SweepGroup> For(IEnumerable<ActivationVariant> variants, SweepPath path) =>
        variants.SelectMany(v => For(v, path)).ToArray();
}
