using System.Text;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>Reads Polyglot notebooks (.ipynb, nbformat 4; .dib) into the <see cref="Notebook"/> model, without outputs.</summary>
public static class NotebookReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads the notebook at <paramref name="path"/>. Cell sources are joined into one string with
    /// <c>\n</c> line endings; each code cell's <see cref="NotebookCell.Language"/> is its kernel name
    /// (<c>csharp</c>, <c>fsharp</c>, …) resolved from a leading <c>#!kernel</c> line, the cell metadata
    /// (<c>polyglot_notebook.kernelName</c>, then <c>dotnet_interactive.language</c>) or the notebook's
    /// default kernel. Notebook and cell metadata are kept verbatim for the writer.
    /// </summary>
    /// <param name="path">A <c>.ipynb</c> or <c>.dib</c> file; made absolute in <see cref="Notebook.Path"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookFormatException">
    /// The extension is neither .ipynb nor .dib, the file is not UTF-8, or its content is malformed; the
    /// message names the file and, where possible, the line or cell.
    /// </exception>
    public static Notebook Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        if (extension is not (".ipynb" or ".dib"))
        {
            throw new NotebookFormatException(fullPath, $"unsupported file type '{extension}' (expected .ipynb or .dib)");
        }
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Notebook not found: {fullPath}", fullPath);
        }

        string text;
        try
        {
            text = File.ReadAllText(fullPath, StrictUtf8);
        }
        catch (DecoderFallbackException e)
        {
            throw new NotebookFormatException(fullPath, "the file is not valid UTF-8", inner: e);
        }

        return extension == ".ipynb" ? IpynbParser.Parse(fullPath, text) : DibParser.Parse(fullPath, text);
    }
}
