using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Notebooks.Runner;

/// <summary>
/// Gives the kernel's NuGet restores a package folder and a results cache of their own. Both are shared
/// by default with the VS Code kernel on the same machine, which restores the Plotly.NET 5 line from an
/// extra source into <c>~/.nuget/packages</c>: NuGet then takes a notebook's minimum version
/// (<c>#r "nuget: Plotly.NET.Interactive, 5.0.0"</c>) from that folder instead of resolving it against the
/// package source (6.0.0 here, the line the runner ships), and the results cache returns the same paths.
/// </summary>
/// <remarks>
/// <c>RestorePackagesPath</c> reaches the restore as an MSBuild property from the environment; the empty
/// package source, added before the first cell as a <c>#i</c> directive would add it, changes the key of
/// the restore results cache.
/// </remarks>
internal static class KernelPackages
{
    public static string Root { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "notebooks-runner");

    public static async Task IsolateAsync(Kernel kernel)
    {
        var packages = Path.Combine(Root, "packages");
        var source = Path.Combine(Root, "empty-source");
        Directory.CreateDirectory(packages);
        Directory.CreateDirectory(source);
        Environment.SetEnvironmentVariable("RestorePackagesPath", packages);
        var result = await kernel.SendAsync(new SubmitCode($"#i \"nuget: {source}\"", KernelNames.CSharp)).ConfigureAwait(false);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new InvalidOperationException($"the runner could not set up the kernel's package source: {failed.Message}");
        }
    }
}
