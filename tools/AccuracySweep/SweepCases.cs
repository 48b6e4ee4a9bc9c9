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

    /// <summary>For each variant: value (scalar and/or span), TensorPrimitives where it exists (span), derivative (scalar and/or span).</summary>
    public static IReadOnlyList<SweepCase> For(IEnumerable<ActivationVariant> variants, SweepPath path)
    {
        bool scalar = path is SweepPath.Scalar or SweepPath.Both, span = path is SweepPath.Span or SweepPath.Both;
        var cases = new List<SweepCase>();
        foreach (var v in variants)
        {
            if (scalar) cases.Add(SweepCase.Scalar(v.Name, v.ValueSingle, v.ValueAtSingleParameters));
            if (span) cases.Add(new SweepCase(v.Name, "span", v.ValueSpanSingle, v.ValueAtSingleParameters));
            if (span && TensorPrimitivesFunctions.TryGetValue(v.Name, out var other))
                cases.Add(new SweepCase(v.Name, "TensorPrimitives (span)", other, v.ValueAtSingleParameters));
            if (scalar) cases.Add(SweepCase.Scalar(v.Name + "′", v.DerivativeSingle, v.DerivativeAtSingleParameters));
            if (span) cases.Add(new SweepCase(v.Name + "′", "span", v.DerivativeSpanSingle, v.DerivativeAtSingleParameters));
        }
        return cases;
    }
}
