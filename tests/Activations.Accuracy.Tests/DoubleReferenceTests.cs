namespace Activations.Accuracy.Tests;

/// <summary>
/// Every double path within <see cref="AccuracyCheck.DoubleToleranceUlp"/> ulps of the mpmath reference at
/// every point of References/Double: edge values, kinks, roots of f′, and ~2000 seeded random inputs.
/// </summary>
public class DoubleReferenceTests
{
    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Value_scalar_is_within_4_ulp(string variant) => Check(variant, Quantity.Value, EvaluationPath.Scalar);

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Value_span_is_within_4_ulp(string variant) => Check(variant, Quantity.Value, EvaluationPath.Span);

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Derivative_scalar_is_within_4_ulp(string variant) => Check(variant, Quantity.Derivative, EvaluationPath.Scalar);

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Derivative_span_is_within_4_ulp(string variant) => Check(variant, Quantity.Derivative, EvaluationPath.Span);

    private static void Check(string variant, Quantity quantity, EvaluationPath path)
    {
        var outcome = AccuracyCheck.Measure(ActivationVariants.Get(variant), NumberFormat.Double, quantity, path);
        Assert.True(outcome.Passed, outcome.ToString());
    }
}
