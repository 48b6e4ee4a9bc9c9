using System.Diagnostics;
using System.Text;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// The runner's hidden worker mode (<c>--worker NOTEBOOK</c>): runs one notebook's cells in order in a fresh
/// kernel, in this process, with the notebook's folder as the current directory (as VS Code starts the
/// kernel), and reports each cell as a <see cref="WorkerMessage"/> line on standard output. It stops at the
/// first failing cell, as "Run All" does. The parent process enforces the time limits by ending this one.
/// </summary>
internal static class NotebookWorker
{
    public const string Flag = "--worker";

    public static async Task<int> RunAsync(string notebookPath)
    {
        // The protocol owns the real standard output; anything else that reaches Console.Out outside a
        // cell (the kernel captures what cells print) goes to standard error.
        var protocol = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        Console.SetOut(Console.Error);

        var path = Path.GetFullPath(notebookPath);
        Directory.SetCurrentDirectory(Path.GetDirectoryName(path)!);
        var document = NotebookReader.Load(path);
        var ids = new DeterministicIds(Path.GetFileNameWithoutExtension(path));
        using var kernel = NotebookKernel.Create();
        await KernelPackages.IsolateAsync(kernel).ConfigureAwait(false);
        await NotebookKernel.WarmUpAsync(kernel).ConfigureAwait(false);

        for (var index = 0; index < document.Elements.Count; index++)
        {
            var element = document.Elements[index];
            if (NotebookReader.KindOf(element.KernelName) != CellKind.Code)
            {
                continue;
            }
            await protocol.WriteLineAsync(new WorkerMessage("started", index).ToLine()).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var where = $"{Path.GetFileName(path)}, cell {index + 1}";
            var result = await CellExecution.RunAsync(kernel, element.Contents, element.KernelName ?? KernelNames.CSharp, where).ConfigureAwait(false);
            var outputs = result.Outputs.Select(output => WorkerOutput.From(Deterministic(output, ids))).ToList();
            await protocol.WriteLineAsync(new WorkerMessage("completed", index, watch.Elapsed.TotalSeconds, outputs,
                result.Failure?.Line, result.Failure is not null).ToLine()).ConfigureAwait(false);
            if (result.Failure is not null)
            {
                break;
            }
        }
        await protocol.WriteLineAsync(new WorkerMessage("finished").ToLine()).ConfigureAwait(false);
        return 0;
    }

    private static CellOutput Deterministic(CellOutput output, DeterministicIds ids) =>
        output is DisplayOutput display && display.Data.TryGetValue("text/html", out var html)
            ? display with { Data = new Dictionary<string, string>(display.Data) { ["text/html"] = ids.Apply(html) } }
            : output;
}
