using Notebooks.Model;
using Notebooks.Runner.Scripting;

namespace Notebooks.Runner;

/// <summary>
/// The notebook being executed on the current async flow. The executor sets <see cref="Current"/>
/// before running cells; it flows into the script and into tasks the script starts, so that
/// <c>display</c>, <c>Console</c> output and chart formatting reach the right notebook and cell even
/// when several notebooks run in parallel in one process.
/// </summary>
internal sealed class NotebookSession(string notebookPath)
{
    private static readonly AsyncLocal<NotebookSession?> CurrentSession = new();

    private CellOutputCollector? currentCell;
    private int chartCount;
    private volatile bool chartsEnabled;

    public static NotebookSession? Current
    {
        get => CurrentSession.Value;
        set => CurrentSession.Value = value;
    }

    public string NotebookPath { get; } = notebookPath;

    /// <summary>True once the notebook referenced Plotly.NET.Interactive: charts then display as interactive HTML.</summary>
    public bool ChartsEnabled
    {
        get => chartsEnabled;
        set => chartsEnabled = value;
    }

    /// <summary>The cell that is executing, or null between cells.</summary>
    public CellOutputCollector? CurrentCell => Volatile.Read(ref currentCell);

    public CellOutputCollector BeginCell()
    {
        var collector = new CellOutputCollector();
        Volatile.Write(ref currentCell, collector);
        return collector;
    }

    public void EndCell() => Volatile.Write(ref currentCell, null);

    /// <summary>An element id unique within the notebook and stable from run to run (no random ids in artifacts).</summary>
    public string NextChartElementId()
    {
        var name = new string(Path.GetFileNameWithoutExtension(NotebookPath)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')
            .ToArray());
        return $"plotly-{name}-{Interlocked.Increment(ref chartCount)}";
    }

    /// <summary>Formats <paramref name="value"/> as the kernel's <c>display</c> does and adds it to the current cell.</summary>
    public DisplayedValue Display(object? value, IReadOnlyList<string> mimeTypes)
    {
        var cell = CurrentCell
                   ?? throw new InvalidOperationException("display() was called after its cell finished executing.");
        var index = cell.Add(DisplayFormatter.Format(value, mimeTypes, isExecuteResult: false));
        return new DisplayedValue(cell, index, mimeTypes);
    }

    /// <summary>Adds raw content under one mime type, as the kernel's <c>DisplayAs</c> does.</summary>
    public DisplayedValue DisplayAs(string content, string mimeType)
    {
        var cell = CurrentCell
                   ?? throw new InvalidOperationException("DisplayAs() was called after its cell finished executing.");
        var index = cell.Add(new DisplayOutput(new Dictionary<string, string> { [mimeType] = content }));
        return new DisplayedValue(cell, index, [mimeType]);
    }

    /// <summary>
    /// Detaches the current flow from any notebook until disposed, so that code running on behalf of
    /// the host (progress callbacks) writes to the real console instead of into a cell.
    /// </summary>
    public static Detached Detach() => new(Current);

    public readonly struct Detached : IDisposable
    {
        private readonly NotebookSession? saved;

        public Detached(NotebookSession? saved)
        {
            this.saved = saved;
            Current = null;
        }

        public void Dispose() => Current = saved;
    }
}
