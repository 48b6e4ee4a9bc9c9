using System.Reflection;

namespace Notebooks.Runner;

/// <summary>A NuGet package the runner ships (pinned in Directory.Packages.props) and can hand to notebooks.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The shipped version; a test checks it against the loaded assembly.</param>
/// <param name="EntryAssembly">The package's main assembly; its non-framework dependencies are referenced too.</param>
internal sealed record ShippedPackage(string Id, string Version, Assembly EntryAssembly)
{
    public static ShippedPackage PlotlyNet { get; } = new("Plotly.NET", "6.0.0", typeof(Plotly.NET.GenericChart).Assembly);

    public static ShippedPackage PlotlyNetCSharp { get; } = new("Plotly.NET.CSharp", "0.14.0", typeof(Plotly.NET.CSharp.Chart).Assembly);

    public static ShippedPackage MathNetNumerics { get; } = new("MathNet.Numerics", "5.0.0", typeof(MathNet.Numerics.Precision).Assembly);

    public static ShippedPackage SystemNumericsTensors { get; } = new("System.Numerics.Tensors", "10.0.15", typeof(System.Numerics.Tensors.TensorPrimitives).Assembly);
}

/// <summary>One row of the substitution table.</summary>
/// <param name="Requested">The package id a notebook asks for (compared case-insensitively, as NuGet does).</param>
/// <param name="Versions">The requested versions this row covers.</param>
/// <param name="Loads">What the runner references instead.</param>
/// <param name="RegistersChartFormatter">
/// True for Plotly.NET.Interactive: like the kernel extension, it makes Plotly.NET charts display as
/// interactive <c>text/html</c> (see <see cref="PlotlyChartFormatter"/>).
/// </param>
internal sealed record PackageSubstitution(string Requested, VersionRule Versions, ShippedPackage Loads, bool RegistersChartFormatter = false);

/// <summary>
/// THE table that decides what <c>#r "nuget: Name, Version"</c> loads. The runner restores nothing: each
/// request is mapped to a package it ships, or fails with an error naming the package, version,
/// notebook and cell. Keep lib/Notebooks.Runner/README.md in step with this table.
/// </summary>
internal static class PackageSubstitutions
{
    public static IReadOnlyList<PackageSubstitution> Table { get; } =
    [
        // The notebooks pin Plotly.NET.Interactive 5.0.0 because the last VS Code kernel cannot load the
        // 6 line; here the runner's own chart formatter plus Plotly.NET 6.0.0 stand in for it.
        new("Plotly.NET.Interactive", VersionRule.MajorLine(5), ShippedPackage.PlotlyNet, RegistersChartFormatter: true),
        new("Plotly.NET.Interactive", VersionRule.MajorLine(6), ShippedPackage.PlotlyNet, RegistersChartFormatter: true),
        new("Plotly.NET.Interactive", VersionRule.Unspecified, ShippedPackage.PlotlyNet, RegistersChartFormatter: true),

        // Plotly.NET 5.x (the notebooks pin 5.1.0) → 6.0.0, whose chart API the notebooks use unchanged.
        new("Plotly.NET", VersionRule.MajorLine(5), ShippedPackage.PlotlyNet),
        new("Plotly.NET", VersionRule.Exactly("6.0.0"), ShippedPackage.PlotlyNet),
        new("Plotly.NET", VersionRule.Unspecified, ShippedPackage.PlotlyNet),

        new("Plotly.NET.CSharp", VersionRule.Exactly("0.13.0"), ShippedPackage.PlotlyNetCSharp),
        new("Plotly.NET.CSharp", VersionRule.Exactly("0.14.0"), ShippedPackage.PlotlyNetCSharp),
        new("Plotly.NET.CSharp", VersionRule.Unspecified, ShippedPackage.PlotlyNetCSharp),

        new("MathNet.Numerics", VersionRule.Exactly("5.0.0"), ShippedPackage.MathNetNumerics),
        new("MathNet.Numerics", VersionRule.Unspecified, ShippedPackage.MathNetNumerics),

        // TensorPrimitives, which the numerical-traps notebook calls to show what it gets wrong in this
        // exact version (Tanh(0f) = -5.96e-08, SoftMax of [1010, 1000, 990] = NaN): only 10.0.15 will do.
        new("System.Numerics.Tensors", VersionRule.Exactly("10.0.15"), ShippedPackage.SystemNumericsTensors),
    ];

    /// <summary>The row for a request, or null when the runner cannot provide it.</summary>
    public static PackageSubstitution? Find(string name, string? version) =>
        Table.FirstOrDefault(row =>
            string.Equals(row.Requested, name, StringComparison.OrdinalIgnoreCase) && row.Versions.Matches(version));

    /// <summary>What the table offers for <paramref name="name"/>, for error messages (empty if the package is unknown).</summary>
    public static string Offered(string name) =>
        string.Join(", ", Table
            .Where(row => string.Equals(row.Requested, name, StringComparison.OrdinalIgnoreCase))
            .Select(row => row.Versions.Description));

    /// <summary>The packages the table knows, for error messages.</summary>
    public static string KnownPackages => string.Join(", ", Table.Select(row => row.Requested).Distinct());
}
