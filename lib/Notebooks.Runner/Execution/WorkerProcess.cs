using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Channels;

namespace Notebooks.Runner;

/// <summary>
/// A worker process running one notebook (<c>dotnet exec Notebooks.Runner.dll --worker NOTEBOOK</c>, from the
/// runner's own build output, so that its package set is the runner's even when the caller is a test
/// host), started in the notebook's folder. Its protocol lines are read as they come; its standard error
/// is kept (the last few kilobytes) to explain a crash.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrKept = 4000;
    private const string OutputDirectoryKey = "NotebooksRunnerOutputDirectory";

    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StringBuilder stderr = new();

    private WorkerProcess(Process process) => this.process = process;

    public static WorkerProcess Start(string notebookPath)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(notebookPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(RunnerDirectory(), "Notebooks.Runner.dll"));
        start.ArgumentList.Add(NotebookWorker.Flag);
        start.ArgumentList.Add(notebookPath);

        var worker = new WorkerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        worker.process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                worker.lines.Writer.TryComplete();
            }
            else
            {
                worker.lines.Writer.TryWrite(e.Data);
            }
        };
        worker.process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (worker.stderr)
            {
                worker.stderr.Append(e.Data).Append('\n');
                if (worker.stderr.Length > 2 * StderrKept)
                {
                    worker.stderr.Remove(0, worker.stderr.Length - StderrKept);
                }
            }
        };
        worker.process.Start();
        worker.process.BeginOutputReadLine();
        worker.process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>The next protocol message, or null once the worker closed its output (it ended).</summary>
    /// <exception cref="TimeoutException">No message within <paramref name="timeout"/>.</exception>
    public async Task<WorkerMessage?> ReadAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } t)
        {
            limit.CancelAfter(t < TimeSpan.Zero ? TimeSpan.Zero : t);
        }
        try
        {
            while (await lines.Reader.WaitToReadAsync(limit.Token).ConfigureAwait(false))
            {
                while (lines.Reader.TryRead(out var line))
                {
                    if (WorkerMessage.TryParse(line) is { } message)
                    {
                        return message;
                    }
                    AppendStderr(line);
                }
            }
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
    }

    /// <summary>Ends the worker and every process it started (a cell's code cannot be interrupted any other way).</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>The exit code and the end of standard error, once the worker has ended.</summary>
    public string DescribeExit()
    {
        process.WaitForExit(10_000);
        string tail;
        lock (stderr)
        {
            tail = stderr.ToString().Trim();
        }
        var code = process.HasExited ? $"exit code {process.ExitCode}" : "still running";
        return tail.Length == 0 ? code : $"{code}: {tail}";
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }
        process.Dispose();
    }

    private void AppendStderr(string line)
    {
        lock (stderr)
        {
            stderr.Append(line).Append('\n');
        }
    }

    // The folder holding Notebooks.Runner.dll with its deps.json and runtimeconfig.json: this process's own
    // when it is the runner, else the runner's build output recorded at build time (a test host that
    // references the runner has a different package set, e.g. a newer Roslyn that the kernel cannot use).
    private static string RunnerDirectory()
    {
        var assembly = typeof(WorkerProcess).Assembly;
        if (Assembly.GetEntryAssembly() == assembly)
        {
            return AppContext.BaseDirectory;
        }
        return assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == OutputDirectoryKey)?.Value
               ?? throw new InvalidOperationException($"{assembly.GetName().Name} was built without its {OutputDirectoryKey} metadata.");
    }

    private static string DotnetHost()
    {
        var fromRuntime = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..",
            OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(fromRuntime) ? fromRuntime : "dotnet";
    }
}
