using System.Globalization;
using Spectre.Console;

namespace Notebooks.Runner;

/// <summary>
/// Progress of a CLI run, one line per event (no live widgets), so that it reads the same in a terminal
/// and in a CI log. Without ANSI support the output is plain text, never escape sequences.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly IAnsiConsole console;
    private readonly Lock gate = new();

    public ProgressReporter(TextWriter output, bool useAnsi)
    {
        console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = useAnsi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = useAnsi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!useAnsi)
        {
            // Redirected output has no width: keep long error lines whole rather than wrapped at 80.
            console.Profile.Width = 4096;
        }
    }

    public void Started(int notebookCount, int jobs, string outputDirectory) =>
        Line($"Running [bold]{notebookCount}[/] notebook{Plural(notebookCount)} ({jobs} at a time), output in {Escape(outputDirectory)}");

    public void NotebookStarting(int index, int count, string path) =>
        Line($"[bold][[{index}/{count}]] {Escape(Path.GetFileName(path))}[/] started");

    // Notebooks may run in parallel: every cell line names its notebook.
    public void CellCompleted(string path, CellRun run) =>
        Line(run.Succeeded
            ? $"  {Escape(Path.GetFileName(path))}  cell {run.CellNumber,3}  [green]ok[/]      {Seconds(run.Duration)}"
            : $"  {Escape(Path.GetFileName(path))}  cell {run.CellNumber,3}  [red]FAILED[/]  {Seconds(run.Duration)}");

    public void NotebookCompleted(NotebookRunResult result) =>
        Line(result.Failure is { } failure
            ? $"  {Escape(Path.GetFileName(result.Notebook.Path))} [red]failed[/] in {Seconds(result.Duration)}: {Escape(failure.Message)}"
            : $"  {Escape(Path.GetFileName(result.Notebook.Path))} [green]passed[/] in {Seconds(result.Duration)}");

    public void Problem(string message) => Line($"  [red]error[/]: {Escape(message)}");

    public void Wrote(string path) => Line($"  wrote {Escape(path)}");

    public void SitePublished(string outputDirectory, int notebookCount) =>
        Line($"Site published ({notebookCount} notebook{Plural(notebookCount)}): {Escape(Path.Combine(outputDirectory, "index.html"))}");

    private void Line(string markup)
    {
        lock (gate)
        {
            console.MarkupLine(markup);
        }
    }

    public void Finished(IReadOnlyList<string> failures, TimeSpan elapsed)
    {
        if (failures.Count == 0)
        {
            Line($"[green]All notebooks passed[/] in {Seconds(elapsed)}.");
            return;
        }
        Line($"[red]{failures.Count} failure{Plural(failures.Count)}[/] in {Seconds(elapsed)}:");
        foreach (var failure in failures)
        {
            Line($"  - {Escape(failure)}");
        }
    }

    private static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Plural(int count) => count == 1 ? "" : "s";

    private static string Escape(string text) => Markup.Escape(text);
}
