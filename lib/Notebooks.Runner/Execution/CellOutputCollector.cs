using System.Text;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// Collects one cell's outputs in the order they happen. Consecutive writes to the same stream merge
/// into one <see cref="StreamOutput"/>, as Jupyter does. Thread-safe: cell code may write from any thread.
/// </summary>
internal sealed class CellOutputCollector
{
    private readonly object gate = new();
    private readonly List<object> entries = [];

    public void AppendStream(string name, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        lock (gate)
        {
            if (entries.Count > 0 && entries[^1] is StreamEntry last && last.Name == name)
            {
                last.Text.Append(text);
            }
            else
            {
                entries.Add(new StreamEntry(name, new StringBuilder(text)));
            }
        }
    }

    /// <summary>Adds an output and returns its position, which <see cref="Replace"/> takes.</summary>
    public int Add(CellOutput output)
    {
        lock (gate)
        {
            entries.Add(output);
            return entries.Count - 1;
        }
    }

    public void Replace(int index, CellOutput output)
    {
        lock (gate)
        {
            entries[index] = output;
        }
    }

    public IReadOnlyList<CellOutput> ToOutputs()
    {
        lock (gate)
        {
            return entries
                .Select(entry => entry is StreamEntry stream
                    ? new StreamOutput(stream.Name, SourceLines.Normalize(stream.Text.ToString()))
                    : (CellOutput)entry)
                .ToList();
        }
    }

    private sealed record StreamEntry(string Name, StringBuilder Text);
}
