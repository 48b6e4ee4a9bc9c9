using System.Reflection;
using CsCheck;

namespace Notebooks.Runner.Tests;

public sealed class PackageSubstitutionTests
{
    [Theory]
    [InlineData("Plotly.NET.Interactive", "5.0.0", "Plotly.NET", true)]
    [InlineData("Plotly.NET.Interactive", "6.0.0", "Plotly.NET", true)]
    [InlineData("Plotly.NET.Interactive", null, "Plotly.NET", true)]
    [InlineData("Plotly.NET", "5.1.0", "Plotly.NET", false)]
    [InlineData("Plotly.NET", "5.*", "Plotly.NET", false)]
    [InlineData("Plotly.NET", "6.0", "Plotly.NET", false)]
    [InlineData("plotly.net", "6.0.0", "Plotly.NET", false)]
    [InlineData("Plotly.NET.CSharp", "0.13.0", "Plotly.NET.CSharp", false)]
    [InlineData("Plotly.NET.CSharp", "0.14.0", "Plotly.NET.CSharp", false)]
    [InlineData("MathNet.Numerics", "5.0.0", "MathNet.Numerics", false)]
    [InlineData("MathNet.Numerics", "*", "MathNet.Numerics", false)]
    [InlineData("System.Numerics.Tensors", "10.0.15", "System.Numerics.Tensors", false)]
    public void Requests_map_to_shipped_packages(string name, string? version, string shipped, bool formatter)
    {
        var row = PackageSubstitutions.Find(name, version);

        Assert.NotNull(row);
        Assert.Equal(shipped, row.Loads.Id);
        Assert.Equal(formatter, row.RegistersChartFormatter);
    }

    [Theory]
    [InlineData("Plotly.NET", "4.2.0")]
    [InlineData("Plotly.NET", "6.1.0")]
    [InlineData("Plotly.NET", "[5.0.0, 6.0.0)")]
    [InlineData("Plotly.NET.CSharp", "0.12.0")]
    [InlineData("Plotly.NET.Interactive", "4.0.0")]
    [InlineData("MathNet.Numerics", "4.15.0")]
    [InlineData("System.Numerics.Tensors", "11.0.0")]
    [InlineData("System.Numerics.Tensors", null)]
    [InlineData("Newtonsoft.Json", "13.0.3")]
    [InlineData("XPlot.Plotly", null)]
    public void Anything_else_is_not_available(string name, string? version) =>
        Assert.Null(PackageSubstitutions.Find(name, version));

    [Fact]
    public void Shipped_versions_are_the_versions_actually_loaded()
    {
        foreach (var package in PackageSubstitutions.Table.Select(row => row.Loads).Distinct())
        {
            var informational = package.EntryAssembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                                ?? package.EntryAssembly.GetName().Version!.ToString();
            Assert.StartsWith(package.Version, informational);
        }
    }

    [Fact]
    public void Every_5x_request_of_plotly_net_gets_the_shipped_6_0_0_and_other_lines_get_nothing()
    {
        var versions = Gen.Select(Gen.Int[0, 12], Gen.Int[0, 20], Gen.Int[0, 20]);

        versions.Sample((major, minor, patch) =>
        {
            var requested = $"{major}.{minor}.{patch}";
            var row = PackageSubstitutions.Find("Plotly.NET", requested);
            var expected = major == 5 || requested == "6.0.0";
            return expected ? row?.Loads == ShippedPackage.PlotlyNet : row is null;
        });
    }
}
