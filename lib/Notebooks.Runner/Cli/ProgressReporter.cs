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

    public void Started(int notebookCount, string outputDirectory) =>
        console.MarkupLine($"Running [bold]{notebookCount}[/] notebook{Plural(notebookCount)}, output in {Escape(outputDirectory)}");

    public void NotebookStarting(int index, int count, string path) =>
        console.MarkupLine($"[bold][[{index}/{count}]] {Escape(Path.GetFileName(path))}[/]");

    public void CellCompleted(CellRun run) =>
        console.MarkupLine(run.Succeeded
            ? $"  cell {run.CellNumber,3}  [green]ok[/]      {Seconds(run.Duration)}"
            : $"  cell {run.CellNumber,3}  [red]FAILED[/]  {Seconds(run.Duration)}");

    public void NotebookCompleted(NotebookRunResult result) =>
        console.MarkupLine(result.Failure is { } failure
            ? $"  [red]failed[/] in {Seconds(result.Duration)}: {Escape(failure.Message)}"
            : $"  [green]passed[/] in {Seconds(result.Duration)}");

    public void Problem(string message) => console.MarkupLine($"  [red]error[/]: {Escape(message)}");

    public void Wrote(string path) => console.MarkupLine($"  wrote {Escape(path)}");

    public void SitePublished(string outputDirectory) =>
        console.MarkupLine($"Site published: {Escape(Path.Combine(outputDirectory, "index.html"))}");

    public void Finished(IReadOnlyList<string> failures, TimeSpan elapsed)
    {
        if (failures.Count == 0)
        {
            console.MarkupLine($"[green]All notebooks passed[/] in {Seconds(elapsed)}.");
            return;
        }
        console.MarkupLine($"[red]{failures.Count} failure{Plural(failures.Count)}[/] in {Seconds(elapsed)}:");
        foreach (var failure in failures)
        {
            console.MarkupLine($"  - {Escape(failure)}");
        }
    }

    private static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Plural(int count) => count == 1 ? "" : "s";

    private static string Escape(string text) => Markup.Escape(text);
}
