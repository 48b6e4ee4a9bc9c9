namespace Activations.Accuracy.Tests;

/// <summary>
/// A sampled version of tools/AccuracySweep: 2^20 float bit patterns stepping through all 2^32 plus special
/// values, each float path within 1 float ulp of the double path at the same input, with no NaN output for a
/// non-NaN input, no spurious overflow, and NaN propagated.
/// </summary>
public class FloatSweepTests
{
    private static readonly FloatInputSet Inputs = FloatInputSet.Sample(1 << 20);

    [Theory, MemberData(nameof(VariantData.Names), MemberType = typeof(VariantData))]
    public void Float_paths_are_within_1_ulp_of_the_double_path(string variant)
    {
        var failures = FloatSweep.Run(SweepCases.For(ActivationVariants.Get(variant), SweepPath.Both), Inputs)
            .Where(r => !r.Path.StartsWith("TensorPrimitives", StringComparison.Ordinal)) // reported by the tool, not our contract
            .Where(r => !r.IsWithin(AccuracyCheck.SingleToleranceUlp))
            .ToArray();
        Assert.True(failures.Length == 0, string.Join('\n', failures.Select(r => r.ToString())));
    }
}
