using System.Diagnostics;
using System.Text.Json;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// The command line: runs every selected notebook (even after one fails), writes
/// <c>OUT/notebooks/&lt;name&gt;.ipynb</c> for each, publishes the site, lists all failures at the end.
/// Exit codes: 0 all passed, 1 any failure, 2 usage error.
/// </summary>
internal static class RunnerCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        NotebookSelection selection;
        TimeSpan? cellTimeout;
        try
        {
            var arguments = CliArguments.Parse(args);
            if (arguments.ShowHelp)
            {
                await environment.Out.WriteLineAsync(CliArguments.Usage).ConfigureAwait(false);
                return Success;
            }
            selection = NotebookSelection.Resolve(arguments, environment.CurrentDirectory);
            cellTimeout = arguments.CellTimeout;
        }
        catch (CliUsageException e)
        {
            await environment.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            await environment.Error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var total = Stopwatch.StartNew();
        var progress = new ProgressReporter(environment.Out, environment.UseAnsi);
        var failures = new List<string>();
        var executed = new List<Notebook>();
        progress.Started(selection.Notebooks.Count, selection.OutputDirectory);

        for (var i = 0; i < selection.Notebooks.Count; i++)
        {
            var path = selection.Notebooks[i];
            progress.NotebookStarting(i + 1, selection.Notebooks.Count, path);
            var outcome = await RunOneAsync(path, selection, cellTimeout, progress, cancellationToken).ConfigureAwait(false);
            if (outcome.Executed is { } notebook)
            {
                executed.Add(notebook);
            }
            failures.AddRange(outcome.Failures);
        }

        if (executed.Count > 0)
        {
            try
            {
                environment.Publish(executed, selection.OutputDirectory);
                progress.SitePublished(selection.OutputDirectory);
            }
            catch (Exception e)
            {
                var message = $"site: publishing to '{selection.OutputDirectory}' failed: {e.GetType().Name}: {e.Message}";
                progress.Problem(message);
                failures.Add(message);
            }
        }

        progress.Finished(failures, total.Elapsed);
        return failures.Count == 0 ? Success : Failure;
    }

    /// <summary>What running one notebook gave: its executed copy (null if it could not run) and its failures.</summary>
    private sealed record Outcome(Notebook? Executed, IReadOnlyList<string> Failures);

    private static async Task<Outcome> RunOneAsync(
        string path, NotebookSelection selection, TimeSpan? cellTimeout, ProgressReporter progress, CancellationToken cancellationToken)
    {
        Notebook notebook;
        try
        {
            notebook = NotebookReader.Read(path);
        }
        catch (Exception e) when (e is NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            progress.Problem(e.Message);
            return new Outcome(null, [e.Message]);
        }

        NotebookRunResult result;
        try
        {
            result = await NotebookExecutor.RunAsync(notebook, new NotebookRunOptions
            {
                CellCompleted = progress.CellCompleted,
                UseNotebookFolderAsWorkingDirectory = true,
                CellTimeout = cellTimeout,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var message = $"{Path.GetFileName(path)}: the runner failed: {e}";
            progress.Problem(message);
            return new Outcome(null, [message]);
        }
        progress.NotebookCompleted(result);

        var failures = new List<string>();
        if (result.Failure is { } failure)
        {
            failures.Add(failure.Message);
        }

        var target = selection.ExecutedNotebookPath(path);
        try
        {
            NotebookWriter.WriteIpynb(result.Notebook, target);
            progress.Wrote(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or JsonException)
        {
            var message = $"{Path.GetFileName(path)}: cannot write '{target}': {e.Message}";
            progress.Problem(message);
            failures.Add(message);
        }
        return new Outcome(result.Notebook, failures);
    }
}
