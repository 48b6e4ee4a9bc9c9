namespace Notebooks.Runner;

/// <summary>A notebook file that cannot be parsed; the message names the file.</summary>
public sealed class NotebookFormatException(string path, string message, Exception? inner = null)
    : Exception($"{Path.GetFileName(path)}: {message}", inner)
{
    /// <summary>The notebook file.</summary>
    public string NotebookPath { get; } = path;
}
