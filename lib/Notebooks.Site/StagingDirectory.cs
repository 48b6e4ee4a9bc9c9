using System.Text;

namespace Notebooks.Site;

/// <summary>
/// Builds a set of files in a hidden folder inside the target directory (so on the same file system),
/// then moves each one into place with a rename, which replaces an existing file atomically. A failure
/// before <see cref="Commit"/> leaves the target untouched; disposing removes the staging folder.
/// </summary>
internal sealed class StagingDirectory : IDisposable
{
    private const string FolderPrefix = ".site-staging-";
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _targetDirectory;
    private readonly string _stagingRoot;
    private readonly Action<string>? _afterFileStaged;
    private readonly List<string> _stagedFiles = [];
    private readonly HashSet<string> _stagedSet = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="targetDirectory">Where the files end up; created if missing.</param>
    /// <param name="afterFileStaged">Called with each relative path once its file is complete in staging (a test hook).</param>
    public StagingDirectory(string targetDirectory, Action<string>? afterFileStaged = null)
    {
        _targetDirectory = Path.GetFullPath(targetDirectory);
        _afterFileStaged = afterFileStaged;
        Directory.CreateDirectory(_targetDirectory);
        _stagingRoot = Path.Combine(_targetDirectory, FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_stagingRoot);
    }

    /// <summary>Stages a UTF-8 text file (no byte order mark).</summary>
    public void WriteText(string relativePath, string text) =>
        Write(relativePath, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8WithoutBom, bufferSize: 1 << 16, leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>Stages a file copied from <paramref name="open"/>'s stream.</summary>
    public void WriteFrom(string relativePath, Func<Stream> open) =>
        Write(relativePath, stream =>
        {
            using var source = open();
            source.CopyTo(stream);
        });

    /// <summary>
    /// Moves every staged file into the target directory, in the order they were staged, each replacing
    /// any file of the same name. Checks first that no target path is a directory, so that the common
    /// failure happens before anything moved.
    /// </summary>
    /// <exception cref="IOException">A target path is an existing directory, or a move failed.</exception>
    public void Commit()
    {
        foreach (var relativePath in _stagedFiles)
        {
            var target = TargetPath(relativePath);
            if (Directory.Exists(target))
                throw new IOException($"Cannot publish '{target}': a directory of that name is in the way.");
            for (var parent = Path.GetDirectoryName(target); parent is not null && parent.Length > _targetDirectory.Length;
                 parent = Path.GetDirectoryName(parent))
            {
                if (File.Exists(parent))
                    throw new IOException($"Cannot publish '{target}': '{parent}' is a file, not a directory.");
            }
        }

        foreach (var relativePath in _stagedFiles)
        {
            var target = TargetPath(relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(StagedPath(relativePath), target, overwrite: true);
        }
    }

    /// <summary>Deletes the staging folder and whatever is left in it.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_stagingRoot)) Directory.Delete(_stagingRoot, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: never hide the exception that is unwinding the publish.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Write(string relativePath, Action<Stream> writeContent)
    {
        ValidateRelativePath(relativePath);
        if (!_stagedSet.Add(relativePath))
            throw new InvalidOperationException($"'{relativePath}' is staged twice (two notebooks or assets map to the same file).");

        var staged = StagedPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        using (var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            writeContent(stream);
        }
        _stagedFiles.Add(relativePath);
        _afterFileStaged?.Invoke(relativePath);
    }

    private static void ValidateRelativePath(string relativePath)
    {
        var segments = relativePath.Split('/');
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains('\\')
            || segments.Any(segment => segment is "" or "." or ".."))
            throw new ArgumentException($"'{relativePath}' is not a plain relative path inside the site.", nameof(relativePath));
    }

    private string StagedPath(string relativePath) => Path.Combine(_stagingRoot, relativePath);

    private string TargetPath(string relativePath) => Path.Combine(_targetDirectory, relativePath);
}
