namespace Activations.Accuracy.Tests;

/// <summary>Theory data: one row per activation variant, named so each shows separately in the test report.</summary>
public static class VariantData
{
    /// <summary>Names of every variant of <see cref="ActivationVariants.All"/>.</summary>
    public static TheoryData<string> Names => new(ActivationVariants.All.Select(v => v.Name));
}
