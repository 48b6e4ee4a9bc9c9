namespace Notebooks.Runner.Tests;

/// <summary>A fresh folder under the system temp directory, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Root = Directory.CreateTempSubdirectory("notebooks-runner-tests-").FullName;

    public string Root { get; }

    /// <summary>Writes <paramref name="content"/> to a file under the root (creating folders) and returns its path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Folder(string relativePath) => Directory.CreateDirectory(Path.Combine(Root, relativePath)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file may still be held by a loaded assembly; the temp folder is cleaned up by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
