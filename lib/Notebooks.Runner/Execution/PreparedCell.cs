namespace Notebooks.Runner;

/// <summary>A <c>#r "nuget: Name[, Version]"</c> directive found in a cell.</summary>
/// <param name="Name">The package id as written.</param>
/// <param name="Version">The requested version text, or null when none was given.</param>
/// <param name="Line">The 1-based line within the cell.</param>
internal sealed record PackageRequest(string Name, string? Version, int Line)
{
    public string Directive => Version is null ? $"#r \"nuget: {Name}\"" : $"#r \"nuget: {Name}, {Version}\"";
}

/// <summary>A C# cell ready for Roslyn: kernel directives blanked (line numbers unchanged) and the package requests they made.</summary>
internal sealed record PreparedCell(string Code, IReadOnlyList<PackageRequest> Packages);
