namespace Notebooks.Tests;

/// <summary>Where the repository and its notebooks are, found from the test's working directory (the bin folder).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest ancestor of the working directory that holds Notebooks.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string NotebooksDirectory => Path.Combine(Root, "notebooks");

    public static string ChartScript => Path.Combine(Root, "lib", "Charts", "ActivationCharts.csx");

    /// <summary>The library build that the notebooks' first cell references with #r.</summary>
    public static string ActivationsDebugDll =>
        Path.Combine(Root, "lib", "Activations", "bin", "Debug", "net10.0", "Activations.dll");

    /// <summary>Every .ipynb notebook in notebooks/, by file name.</summary>
    public static IReadOnlyList<string> NotebookFiles() =>
        Directory.GetFiles(NotebooksDirectory, "*.ipynb").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static string Notebook(string fileName) => Path.Combine(NotebooksDirectory, fileName);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Notebooks.sln")))
                return directory.FullName;
        throw new InvalidOperationException(
            $"No Notebooks.sln in '{Directory.GetCurrentDirectory()}' or any parent: run the tests from inside the repository.");
    }
}
