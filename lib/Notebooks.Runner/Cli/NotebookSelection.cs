namespace Notebooks.Runner;

/// <summary>The notebooks to run, in order, and where their artifacts go (all paths absolute).</summary>
internal sealed record NotebookSelection(IReadOnlyList<string> Notebooks, string OutputDirectory)
{
    /// <summary>Where the executed copy of <paramref name="notebookPath"/> is written.</summary>
    public string ExecutedNotebookPath(string notebookPath) =>
        Path.Combine(OutputDirectory, "notebooks", Path.GetFileNameWithoutExtension(notebookPath) + ".ipynb");

    /// <summary>
    /// Resolves the command line against <paramref name="currentDirectory"/>: files are taken as given,
    /// folders contribute their *.ipynb and *.dib files (not hidden, not recursive) in ordinal name order.
    /// </summary>
    /// <exception cref="CliUsageException">
    /// A path does not exist or is not a notebook, a folder holds no notebook, two notebooks share a
    /// name, an artifact would overwrite a source, or there is no default notebooks/ folder.
    /// </exception>
    public static NotebookSelection Resolve(CliArguments arguments, string currentDirectory)
    {
        string defaultOutput;
        IReadOnlyList<string> inputs;
        if (arguments.Paths.Count > 0)
        {
            inputs = arguments.Paths;
            defaultOutput = Path.Combine(currentDirectory, "artifacts");
        }
        else
        {
            var root = DefaultRoot(currentDirectory);
            inputs = [Path.Combine(root, "notebooks")];
            defaultOutput = Path.Combine(root, "artifacts");
        }

        var notebooks = new List<string>();
        foreach (var input in inputs)
        {
            foreach (var notebook in Expand(input, currentDirectory))
            {
                if (!notebooks.Contains(notebook, PathComparer))
                {
                    notebooks.Add(notebook);
                }
            }
        }

        var output = Path.GetFullPath(arguments.OutputDirectory ?? defaultOutput, currentDirectory);
        var selection = new NotebookSelection(notebooks, output);
        selection.CheckArtifactPaths();
        return selection;
    }

    private static StringComparer PathComparer => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        ? StringComparer.OrdinalIgnoreCase
        : StringComparer.Ordinal;

    private static string DefaultRoot(string currentDirectory)
    {
        if (Directory.Exists(Path.Combine(currentDirectory, "notebooks")))
        {
            return currentDirectory;
        }
        for (var directory = new DirectoryInfo(currentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Notebooks.sln")))
            {
                if (!Directory.Exists(Path.Combine(directory.FullName, "notebooks")))
                {
                    throw new CliUsageException($"the repository root '{directory.FullName}' has no notebooks/ folder");
                }
                return directory.FullName;
            }
        }
        throw new CliUsageException(
            $"no notebooks/ folder in '{currentDirectory}' and no Notebooks.sln above it; name notebook files or folders");
    }

    private static IEnumerable<string> Expand(string input, string currentDirectory)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new CliUsageException("an empty notebook path was given");
        }
        var fullPath = Path.GetFullPath(input, currentDirectory);
        if (File.Exists(fullPath))
        {
            if (!IsNotebookFile(fullPath))
            {
                throw new CliUsageException($"'{input}' is not a notebook (expected .ipynb or .dib)");
            }
            return [fullPath];
        }
        if (Directory.Exists(fullPath))
        {
            var found = Directory.EnumerateFiles(fullPath)
                .Where(IsNotebookFile)
                .Where(path => !Path.GetFileName(path).StartsWith('.'))
                .OrderBy(Path.GetFileName, StringComparer.Ordinal)
                .ToList();
            return found.Count > 0
                ? found
                : throw new CliUsageException($"no notebooks (*.ipynb, *.dib) in folder '{input}'");
        }
        throw new CliUsageException($"notebook or folder not found: '{input}'");
    }

    private static bool IsNotebookFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".ipynb" or ".dib";

    private void CheckArtifactPaths()
    {
        var byArtifact = Notebooks.GroupBy(ExecutedNotebookPath, PathComparer);
        foreach (var group in byArtifact)
        {
            if (group.Count() > 1)
            {
                throw new CliUsageException(
                    $"notebooks {string.Join(" and ", group.Select(p => $"'{p}'"))} would both be written to '{group.Key}'");
            }
            if (Notebooks.Contains(group.Key, PathComparer))
            {
                throw new CliUsageException($"the output '{group.Key}' would overwrite a source notebook; choose another --out");
            }
        }
    }
}
