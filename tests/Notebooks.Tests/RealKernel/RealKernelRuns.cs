using System.Collections.Concurrent;
using System.Diagnostics;

namespace Notebooks.Tests.RealKernel;

/// <summary>
/// Runs each notebook once per culture in the final .NET Interactive kernel, the way VS Code Polyglot Notebooks runs it,
/// and shares the result with every test that inspects it. Kernels are heavy (each loads Roslyn and restores NuGet
/// packages), so at most two run at a time.
/// </summary>
internal static class RealKernelRuns
{
    /// <summary>VS Code's default display language.</summary>
    public const string English = "en-US";

    /// <summary>A reader whose decimal separator is a comma.</summary>
    public const string German = "de-DE";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Long enough for the slowest cell on a loaded 2-core machine (the first #r nuget cell restores packages;
    /// notebook 06's live benchmark runs for seconds), short enough that a hung cell fails the suite instead of blocking it.
    /// </summary>
    public static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(5);

    private static readonly ConcurrentDictionary<(string, string), Lazy<Task<RealKernelNotebook>>> Cache = new();
    private static readonly SemaphoreSlim Slots = new(2);
    private static readonly Lazy<Task> ToolRestored = new(RestoreToolAsync);

    /// <summary>The notebook notebooks/<paramref name="fileName"/>, run top to bottom in the final kernel.</summary>
    public static Task<RealKernelNotebook> Get(string fileName, string culture = English) =>
        Cache.GetOrAdd((fileName, culture), key => new Lazy<Task<RealKernelNotebook>>(() => RunAsync(key.Item1, key.Item2))).Value;

    /// <summary>
    /// The local NuGet folder with the Plotly.NET 5 line (../shared/nuget/plotly5 beside the repository), or null where
    /// there is none and the configured package sources must serve it (as the public gallery does).
    /// </summary>
    public static string? Plotly5Folder
    {
        get
        {
            string folder = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "nuget", "plotly5"));
            return Directory.Exists(folder) ? folder : null;
        }
    }

    public static Task<KernelProcess> StartKernelAsync(string workingDirectory, string culture) =>
        KernelProcess.StartAsync(RepositoryPaths.Root, workingDirectory, culture, StartTimeout);

    private static async Task<RealKernelNotebook> RunAsync(string fileName, string culture)
    {
        Assert.True(File.Exists(RepositoryPaths.ActivationsDebugDll),
            $"The notebooks reference '{RepositoryPaths.ActivationsDebugDll}', which does not exist: build it with 'dotnet build lib/Activations'.");
        await ToolRestored.Value;
        string path = RepositoryPaths.Notebook(fileName);
        var codeCells = IpynbCodeCells.Read(path);

        await Slots.WaitAsync();
        var stopwatch = Stopwatch.StartNew();
        var cells = new List<RealKernelCell>();
        string? kernelFailure = null;
        try
        {
            await using var kernel = await StartKernelAsync(RepositoryPaths.NotebooksDirectory, culture);
            if (Plotly5Folder is { } folder)
            {
                var source = await kernel.SubmitAsync($"#i \"nuget:{folder}\"", "csharp", CellTimeout);
                if (!source.Succeeded)
                    return new RealKernelNotebook(fileName, culture, cells,
                        $"adding the package source {folder} failed: {source.FailureMessage} {string.Join(" ", source.Errors)}", stopwatch.Elapsed);
            }
            for (int i = 0; i < codeCells.Count; i++)
            {
                var (code, kernelName) = codeCells[i];
                if (kernelFailure is not null)
                {
                    cells.Add(new RealKernelCell(i + 1, code, null));
                    continue;
                }
                try
                {
                    cells.Add(new RealKernelCell(i + 1, code, await kernel.SubmitAsync(code, kernelName, CellTimeout)));
                }
                catch (KernelProcessException e)
                {
                    var cell = new RealKernelCell(i + 1, code, null);
                    cells.Add(cell);
                    kernelFailure = $"{cell.Describe(fileName)}: {e.Message}";
                }
            }
        }
        catch (KernelProcessException e)
        {
            kernelFailure = e.Message;
        }
        finally
        {
            Slots.Release();
        }
        return new RealKernelNotebook(fileName, culture, cells, kernelFailure, stopwatch.Elapsed);
    }

    // The tool manifest pins microsoft.dotnet-interactive; a fresh clone has not restored it yet.
    private static async Task RestoreToolAsync()
    {
        var start = new ProcessStartInfo("dotnet", "tool restore")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0,
            $"'dotnet tool restore' failed (exit code {process.ExitCode}):{Environment.NewLine}{await output}{await error}");
    }
}
