using Notebooks.Model;

namespace Notebooks.Runner.Scripting;

/// <summary>
/// What <c>display(…)</c> returns, as in .NET Interactive: a handle that replaces the displayed output
/// in place (<c>var d = display(progress); … d.Update(newProgress);</c>).
/// </summary>
public sealed class DisplayedValue
{
    private readonly CellOutputCollector cell;
    private readonly int index;

    internal DisplayedValue(CellOutputCollector cell, int index, IReadOnlyList<string> mimeTypes)
    {
        this.cell = cell;
        this.index = index;
        MimeTypes = mimeTypes;
    }

    /// <summary>The mime types requested when the value was displayed (empty: the formatter's preferred ones).</summary>
    public IReadOnlyList<string> MimeTypes { get; }

    /// <summary>Replaces the displayed output with <paramref name="updatedValue"/>, formatted the same way.</summary>
    public void Update(object? updatedValue) =>
        cell.Replace(index, DisplayFormatter.Format(updatedValue, MimeTypes, isExecuteResult: false));
}
