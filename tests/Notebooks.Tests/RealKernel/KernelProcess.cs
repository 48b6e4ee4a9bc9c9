using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Notebooks.Tests.RealKernel;

/// <summary>
/// The final .NET Interactive kernel (the <c>microsoft.dotnet-interactive</c> tool pinned in the repository's
/// <c>dotnet-tools.json</c>) started the way VS Code Polyglot Notebooks starts it:
/// <c>dotnet tool run dotnet-interactive -- [vscode] stdio --working-dir &lt;the notebook's folder&gt;</c>,
/// driven by the JSON envelopes of its stdio protocol, one per line.
/// </summary>
/// <remarks>
/// A cell is one <c>SubmitCode</c> command with the cell's kernel name. As in VS Code, the cell has failed when the
/// kernel answers <c>CommandFailed</c> for its token or produces an <c>ErrorProduced</c> event for it (or for a command
/// it spawned, whose token extends the cell's). A cell that does not finish in time, or a kernel that exits, ends the
/// process and raises <see cref="KernelProcessException"/>: nothing waits forever.
/// </remarks>
internal sealed class KernelProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _stderr = new();
    private readonly Task _stdoutPump;
    private int _submissions;

    private KernelProcess(Process process)
    {
        _process = process;
        _stdoutPump = Task.Run(PumpStdoutAsync);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
    }

    /// <summary>
    /// Starts the kernel with <paramref name="workingDirectory"/> as its working directory (VS Code passes the notebook's
    /// folder) and waits until it reports <c>KernelReady</c>.
    /// </summary>
    /// <param name="repositoryRoot">Where <c>dotnet tool run</c> finds the tool manifest.</param>
    /// <param name="culture">VS Code's display language, passed as DOTNET_CLI_CULTURE and DOTNET_CLI_UI_LANGUAGE.</param>
    public static async Task<KernelProcess> StartAsync(string repositoryRoot, string workingDirectory, string culture, TimeSpan startTimeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tool", "run", "dotnet-interactive", "--", "[vscode]", "stdio", "--working-dir", workingDirectory })
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_CULTURE"] = culture;
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = culture;
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var process = Process.Start(start) ?? throw new KernelProcessException("'dotnet tool run dotnet-interactive' did not start.");
        var kernel = new KernelProcess(process);
        try
        {
            await kernel.WaitForAsync(e => (string?)e["eventType"] == "KernelReady", startTimeout, "start");
            return kernel;
        }
        catch
        {
            await kernel.DisposeAsync();
            throw;
        }
    }

    /// <summary>Submits <paramref name="code"/> to the kernel <paramref name="kernelName"/> and collects what it produces until the command ends.</summary>
    public async Task<KernelSubmission> SubmitAsync(string code, string kernelName, TimeSpan timeout)
    {
        string token = $"cell-{Interlocked.Increment(ref _submissions)}-{Guid.NewGuid():N}";
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = kernelName },
        };
        await _process.StandardInput.WriteLineAsync(envelope.ToJsonString());
        await _process.StandardInput.FlushAsync();

        var submission = new KernelSubmission();
        var stopwatch = Stopwatch.StartNew();
        await WaitForAsync(e =>
        {
            string? eventToken = (string?)e["command"]?["token"];
            if (eventToken is null || !(eventToken == token || eventToken.StartsWith(token + ".", StringComparison.Ordinal))) return false;
            string type = (string?)e["eventType"] ?? "";
            var body = e["event"]?.AsObject();
            switch (type)
            {
                case "StandardOutputValueProduced":
                    submission.Stdout.Append(PlainText(body));
                    break;
                case "StandardErrorValueProduced":
                    submission.Stderr.Append(PlainText(body));
                    break;
                case "ReturnValueProduced":
                case "DisplayedValueProduced":
                    submission.Values.Add(FormattedValues(body));
                    break;
                case "ErrorProduced":
                    submission.Errors.Add((string?)body?["message"] ?? "(ErrorProduced without a message)");
                    break;
                case "CommandFailed" when eventToken == token:
                    submission.FailureMessage = (string?)body?["message"] ?? "(CommandFailed without a message)";
                    return true;
                case "CommandSucceeded" when eventToken == token:
                    return true;
            }
            return false;
        }, timeout, $"run the cell (token {token})");
        submission.Elapsed = stopwatch.Elapsed;
        return submission;
    }

    private static string PlainText(JsonObject? body) =>
        string.Concat(body?["formattedValues"]?.AsArray().Where(v => (string?)v?["mimeType"] == "text/plain").Select(v => (string?)v?["value"]) ?? []);

    private static IReadOnlyDictionary<string, string> FormattedValues(JsonObject? body) =>
        (body?["formattedValues"]?.AsArray() ?? [])
            .Where(v => v?["mimeType"] is not null)
            .GroupBy(v => (string)v!["mimeType"]!)
            .ToDictionary(g => g.Key, g => (string?)g.First()!["value"] ?? "");

    private async Task WaitForAsync(Func<JsonObject, bool> isLast, TimeSpan timeout, string what)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                JsonObject e;
                try
                {
                    e = await _events.Reader.ReadAsync(cancellation.Token);
                }
                catch (ChannelClosedException)
                {
                    await _stdoutPump;
                    _process.WaitForExit(5000);
                    throw new KernelProcessException(
                        $"The kernel exited (exit code {ExitCode()}) before it could {what}.{StderrTail()}");
                }
                if (isLast(e)) return;
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Kill();
            throw new KernelProcessException($"The kernel did not {what} within {timeout.TotalSeconds:0} s; it was stopped.{StderrTail()}");
        }
    }

    private async Task PumpStdoutAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                // Besides the envelopes the tool prints a banner (welcome, telemetry notice) as plain lines.
                if (!line.StartsWith('{')) continue;
                JsonNode? node;
                try { node = JsonNode.Parse(line); }
                catch (JsonException) { continue; }
                if (node is JsonObject envelope && envelope["eventType"] is not null) _events.Writer.TryWrite(envelope);
            }
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    private string ExitCode() => _process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown";

    private string StderrTail()
    {
        string text;
        lock (_stderr) text = _stderr.ToString().Trim();
        if (text.Length == 0) return "";
        var lines = text.Split('\n');
        return Environment.NewLine + "Its last stderr lines:" + Environment.NewLine + string.Join('\n', lines.TakeLast(15));
    }

    private void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(_ => { });
        _process.Dispose();
    }
}

/// <summary>What the kernel produced for one submitted cell.</summary>
internal sealed class KernelSubmission
{
    public StringBuilder Stdout { get; } = new();
    public StringBuilder Stderr { get; } = new();

    /// <summary>Return values and displayed values, each as its formatted values by MIME type.</summary>
    public List<IReadOnlyDictionary<string, string>> Values { get; } = [];

    /// <summary>The messages of the ErrorProduced events for the cell.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The message of CommandFailed, or null when the command succeeded.</summary>
    public string? FailureMessage { get; set; }

    public TimeSpan Elapsed { get; set; }

    public bool Succeeded => FailureMessage is null && Errors.Count == 0;
}

/// <summary>The kernel process did not start, exited, or did not answer in time.</summary>
internal sealed class KernelProcessException(string message) : Exception(message);
