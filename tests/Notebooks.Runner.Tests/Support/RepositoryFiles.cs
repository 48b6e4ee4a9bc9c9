namespace Notebooks.Runner.Tests;

/// <summary>Files of this repository that fixtures use.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Debug build of lib/Activations, which building the runner makes (the notebooks <c>#r</c> it).</summary>
    public static string ActivationsDll => Path.Combine(Root, "lib", "Activations", "bin", "Debug", "net10.0", "Activations.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Notebooks.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no Notebooks.sln above {AppContext.BaseDirectory}");
    }
}
