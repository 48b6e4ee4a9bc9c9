namespace Activations.Accuracy.Tests;

/// <summary>The variants, the reference files and the library's catalogue describe the same functions.</summary>
public class CoverageTests
{
    [Theory]
    [InlineData(NumberFormat.Double)]
    [InlineData(NumberFormat.Single)]
    public void Every_variant_has_a_reference_file_and_every_file_a_variant(NumberFormat format)
    {
        var files = Directory.GetFiles(Path.Combine(ReferenceTable.Folder, format.ToString()), "*.csv")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(ActivationVariants.All.Select(v => v.Name).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [InlineData(NumberFormat.Double)]
    [InlineData(NumberFormat.Single)]
    public void Every_table_holds_the_edge_values_and_a_random_sample(NumberFormat format)
    {
        foreach (var v in ActivationVariants.All)
        {
            var x = ReferenceTable.Load(v.Name, format).Points.Select(p => p.X).ToArray();
            Assert.True(x.Length > 1000, $"{v.Name} ({format}): only {x.Length} points");
            Assert.Contains(double.PositiveInfinity, x);
            Assert.Contains(double.NegativeInfinity, x);
            Assert.Contains(x, d => d == 0 && double.IsNegative(d));
            Assert.Contains(x, d => d == 0 && !double.IsNegative(d));
            Assert.Contains(format == NumberFormat.Double ? double.Epsilon : float.Epsilon, x);
            Assert.Contains(format == NumberFormat.Double ? -double.MaxValue : -float.MaxValue, x);
            Assert.DoesNotContain(x, double.IsNaN);
        }
    }

    [Fact]
    public void Every_elementwise_function_of_the_catalogue_is_checked_and_nothing_else()
    {
        var catalogue = ActivationCatalog.All.Where(info => info.IsElementwise).Select(info => info.Name).Order(StringComparer.Ordinal);
        var checkedFunctions = ActivationVariants.All.Select(v => v.FunctionName).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(catalogue, checkedFunctions);
    }

    [Fact]
    public void Every_parametrised_function_is_also_checked_with_non_default_parameters()
    {
        foreach (var info in ActivationCatalog.All.Where(info => info.IsElementwise && info.Parameters.Count > 0))
            Assert.Contains(ActivationVariants.All, v => v.FunctionName == info.Name && !v.HasDefaultParameters);
    }

    [Fact]
    public void Every_function_has_its_default_variant_and_names_are_unique()
    {
        var names = ActivationVariants.All.Select(v => v.Name).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var v in ActivationVariants.All)
            Assert.Contains(v.FunctionName, names);
    }
}
