using System.Collections.Concurrent;
using Notebooks.Model;
using Notebooks.Runner;

namespace Notebooks.Tests;

/// <summary>
/// Each notebook is executed once per test run and shared by every test that inspects it
/// (executing a notebook compiles every cell, which takes seconds).
/// </summary>
internal static class ExecutedNotebooks
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Notebook>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The notebook notebooks/<paramref name="fileName"/>, read from disk and executed end to end.</summary>
    public static Task<Notebook> Get(string fileName) =>
        Cache.GetOrAdd(fileName, name => new Lazy<Task<Notebook>>(() => Execute(RepositoryPaths.Notebook(name)))).Value;

    private static async Task<Notebook> Execute(string path)
    {
        Assert.True(File.Exists(RepositoryPaths.ActivationsDebugDll),
            $"The notebooks reference '{RepositoryPaths.ActivationsDebugDll}', which does not exist: build it with 'dotnet build lib/Activations'.");
        // In the real kernel, in a worker process whose current directory is the notebook's folder (as in VS Code).
        return (await NotebookExecutor.RunAsync(NotebookReader.Read(path))).Notebook;
    }

    /// <summary>Every error output of the notebook, as "cell N: Name: Message" lines.</summary>
    public static IReadOnlyList<string> Errors(Notebook notebook) =>
        notebook.Cells
            .SelectMany((cell, index) => cell.Outputs.OfType<ErrorOutput>()
                .Select(error => $"cell {index + 1}: {error.Name}: {error.Message}" +
                                 (error.Traceback.Count > 0 ? Environment.NewLine + string.Join(Environment.NewLine, error.Traceback) : "")))
            .ToList();

    /// <summary>All text a notebook printed to stdout, cells in order.</summary>
    public static string Stdout(Notebook notebook) =>
        string.Concat(notebook.Cells.SelectMany(cell => cell.Outputs.OfType<StreamOutput>()).Where(s => s.Name == "stdout").Select(s => s.Text));

    /// <summary>The stdout text of the first code cell whose source contains <paramref name="sourceFragment"/>.</summary>
    public static string StdoutOfCell(Notebook notebook, string sourceFragment) =>
        string.Concat(CodeCell(notebook, sourceFragment).Outputs.OfType<StreamOutput>().Where(s => s.Name == "stdout").Select(s => s.Text));

    /// <summary>The first code cell whose source contains <paramref name="sourceFragment"/>; fails the test if there is none.</summary>
    public static NotebookCell CodeCell(Notebook notebook, string sourceFragment)
    {
        var cell = notebook.Cells.FirstOrDefault(c => c.Kind == CellKind.Code && c.Source.Contains(sourceFragment, StringComparison.Ordinal));
        Assert.True(cell is not null, $"{notebook.Name}: no code cell contains '{sourceFragment}'.");
        return cell!;
    }

    /// <summary>The charts of the notebook, parsed, in cell order.</summary>
    public static IReadOnlyList<ChartOutput> ParsedCharts(Notebook notebook) =>
        Charts(notebook).Select(chart => ChartOutput.Parse(chart.Html)).ToList();

    /// <summary>The number printed after <paramref name="label"/> (up to the next space, colon or comma) in the notebook's stdout.</summary>
    public static double NumberAfter(Notebook notebook, string label)
    {
        var text = Stdout(notebook);
        int at = text.IndexOf(label, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{notebook.Name} never printed '{label}'.");
        var rest = text[(at + label.Length)..].TrimStart();
        var token = new string(rest.TakeWhile(c => !char.IsWhiteSpace(c) && c != ',' && c != ':' && c != ')').ToArray());
        Assert.True(double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value),
            $"{notebook.Name}: '{label}' is followed by '{token}', not a number.");
        return value;
    }

    /// <summary>The text/html of every rich output whose HTML draws a Plotly chart, with the cell it came from.</summary>
    public static IReadOnlyList<(NotebookCell Cell, string Html)> Charts(Notebook notebook) =>
        notebook.Cells
            .SelectMany(cell => cell.Outputs.OfType<DisplayOutput>()
                .Where(output => output.Data.TryGetValue("text/html", out var html) && html.Contains("newPlot", StringComparison.Ordinal))
                .Select(output => (cell, output.Data["text/html"])))
            .ToList();
}
