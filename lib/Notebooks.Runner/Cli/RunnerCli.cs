using System.Diagnostics;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// The command line: runs every selected notebook (even after one fails; up to --jobs at once, each in its
/// own worker process), writes <c>OUT/notebooks/&lt;name&gt;.ipynb</c> for each, publishes the site over every
/// executed notebook in <c>OUT/notebooks/</c>, lists all failures at the end.
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
        CliArguments arguments;
        try
        {
            arguments = CliArguments.Parse(args);
            if (arguments.ShowHelp)
            {
                await environment.Out.WriteLineAsync(CliArguments.Usage).ConfigureAwait(false);
                return Success;
            }
            selection = NotebookSelection.Resolve(arguments, environment.CurrentDirectory);
        }
        catch (CliUsageException e)
        {
            await environment.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            await environment.Error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var total = Stopwatch.StartNew();
        var progress = new ProgressReporter(environment.Out, environment.UseAnsi);
        var jobs = Math.Min(arguments.Jobs, selection.Notebooks.Count);
        progress.Started(selection.Notebooks.Count, jobs, selection.OutputDirectory);

        using var slots = new SemaphoreSlim(jobs);
        var outcomes = await Task.WhenAll(selection.Notebooks.Select(async (path, i) =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                progress.NotebookStarting(i + 1, selection.Notebooks.Count, path);
                return await RunOneAsync(path, selection, arguments, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);
        var failures = outcomes.SelectMany(outcome => outcome.Failures).ToList();

        var executed = outcomes.Where(o => o.Executed is not null).Select(o => o.Executed!).ToList();
        if (executed.Count > 0)
        {
            try
            {
                var collection = Collection(executed, selection, progress);
                environment.Publish(collection, selection.OutputDirectory);
                progress.SitePublished(selection.OutputDirectory, collection.Count);
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
        string path, NotebookSelection selection, CliArguments arguments, ProgressReporter progress, CancellationToken cancellationToken)
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
                CellCompleted = run => progress.CellCompleted(path, run),
                CellTimeout = arguments.CellTimeout,
                NotebookTimeout = arguments.NotebookTimeout,
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var message = $"{Path.GetFileName(path)}: cannot write '{target}': {e.Message}";
            progress.Problem(message);
            failures.Add(message);
        }
        return new Outcome(result.Notebook, failures);
    }

    // The site lists the whole collection: the notebooks just run, and every executed copy that an earlier
    // run left in OUT/notebooks/ (so running one notebook does not shrink the index to one entry), by name.
    private static IReadOnlyList<Notebook> Collection(IReadOnlyList<Notebook> executed, NotebookSelection selection, ProgressReporter progress)
    {
        var byName = executed.ToDictionary(n => n.Name, StringComparer.Ordinal);
        var folder = Path.Combine(selection.OutputDirectory, "notebooks");
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.ipynb") : [])
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.StartsWith('.') || byName.ContainsKey(name))
            {
                continue;
            }
            try
            {
                byName[name] = ExecutedNotebookReader.Read(file);
            }
            catch (Exception e) when (e is NotebookFormatException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                progress.Problem($"{file} is left out of the site: {e.Message}");
            }
        }
        return byName.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();
    }
}
