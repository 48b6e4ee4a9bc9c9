namespace Activations.Accuracy.Tests;

/// <summary>
/// Every float path within <see cref="AccuracyCheck.SingleToleranceUlp"/> ulp of the exact value at every point of
/// References/Single (float inputs, float parameters): the result must be one of the two floats around the
/// exact value, i.e. at most one step from the correctly rounded float.
/// </summary>
public class SingleReferenceTests
{
    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Value_scalar_is_within_1_ulp(string variant) => Check(variant, Quantity.Value, EvaluationPath.Scalar);

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Value_span_is_within_1_ulp(string variant) => Check(variant, Quantity.Value, EvaluationPath.Span);

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Derivative_scalar_is_within_1_ulp(string variant) => Check(variant, Quantity.Derivative, EvaluationPath.Scalar);

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Derivative_span_is_within_1_ulp(string variant) => Check(variant, Quantity.Derivative, EvaluationPath.Span);

    private static void Check(string variant, Quantity quantity, EvaluationPath path)
    {
        var outcome = AccuracyCheck.Measure(ActivationVariants.Get(variant), NumberFormat.Single, quantity, path);
        Assert.True(outcome.Passed, outcome.ToString());
    }
}
