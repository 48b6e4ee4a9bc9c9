namespace Notebooks.Runner;

/// <summary>The parsed command line: <c>[notebook-or-folder…] [--out DIR] [--help]</c>.</summary>
internal sealed record CliArguments(
    IReadOnlyList<string> Paths, string? OutputDirectory, bool ShowHelp,
    TimeSpan? CellTimeout = null, TimeSpan? NotebookTimeout = null, int Jobs = 1)
{
    /// <summary>The per-cell limit when --cell-timeout is not given: generous, but a hung cell cannot block CI.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The per-notebook limit when --notebook-timeout is not given.</summary>
    public static readonly TimeSpan DefaultNotebookTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Notebooks run at once when --jobs is not given: one per core (each worker compiles on one core most of the time).</summary>
    public static int DefaultJobs => Math.Max(1, Environment.ProcessorCount);

    public const string Usage = """
        Runs Polyglot notebooks (.ipynb, .dib) headlessly in the .NET Interactive C# kernel, each in a
        worker process of its own, writes the executed notebooks and publishes the offline HTML site.

        Usage: dotnet run --project lib/Notebooks.Runner -- [notebook-or-folder ...] [--out DIR]

        Arguments:
          notebook-or-folder  .ipynb or .dib files, or folders whose *.ipynb and *.dib files run in name
                              order. Default: notebooks/ in the current directory, or else in the
                              repository root (the nearest folder above holding Notebooks.sln).

        Options:
          -o, --out DIR       Output folder. Default: artifacts/ beside the default notebooks/ folder,
                              or in the current directory when notebooks are given. Receives
                              DIR/notebooks/<name>.ipynb (executed copies; sources are never written)
                              and the site over every executed notebook in DIR/notebooks/:
                              DIR/index.html and DIR/<name>.html.
          --cell-timeout S    Fail a cell that runs longer than S seconds, ending its notebook's worker
                              process (default 600; 0 = no limit).
          --notebook-timeout S
                              Fail a notebook that runs longer than S seconds (default 1800; 0 = no limit).
          -j, --jobs N        Run up to N notebooks at once (default: the number of cores).
          -h, --help          Show this help.

        Exit codes: 0 every notebook ran cleanly; 1 a notebook failed (unreadable, a failing cell, an
        artifact or the site could not be written); 2 usage error (unknown option, missing path).
        """;

    /// <exception cref="CliUsageException">An unknown option, a missing option value or a repeated --out.</exception>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        string? output = null;
        var help = false;
        var onlyPaths = false;
        TimeSpan? cellTimeout = DefaultCellTimeout;
        TimeSpan? notebookTimeout = DefaultNotebookTimeout;
        var jobs = DefaultJobs;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPaths || arg == "-" || !arg.StartsWith('-'))
            {
                paths.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    onlyPaths = true;
                    break;
                case "-h" or "--help" or "-?":
                    help = true;
                    break;
                case "--cell-timeout":
                    if (i + 1 >= args.Count)
                    {
                        throw new CliUsageException("option '--cell-timeout' needs a number of seconds");
                    }
                    cellTimeout = ParseSeconds(arg, args[++i]);
                    break;
                case "--notebook-timeout":
                    if (i + 1 >= args.Count)
                    {
                        throw new CliUsageException("option '--notebook-timeout' needs a number of seconds");
                    }
                    notebookTimeout = ParseSeconds(arg, args[++i]);
                    break;
                case "-j" or "--jobs":
                    if (i + 1 >= args.Count)
                    {
                        throw new CliUsageException($"option '{arg}' needs a number of notebooks");
                    }
                    jobs = int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
                        ? n
                        : throw new CliUsageException($"option '{arg}' needs a whole number >= 1, got '{args[i]}'");
                    break;
                case "-o" or "--out":
                    if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
                    {
                        throw new CliUsageException($"option '{arg}' needs a directory");
                    }
                    output = SetOutput(output, args[++i]);
                    break;
                default:
                    if (arg.StartsWith("--out=", StringComparison.Ordinal))
                    {
                        var value = arg["--out=".Length..];
                        if (string.IsNullOrWhiteSpace(value))
                        {
                            throw new CliUsageException("option '--out' needs a directory");
                        }
                        output = SetOutput(output, value);
                        break;
                    }
                    throw new CliUsageException($"unknown option '{arg}'");
            }
        }
        return new CliArguments(paths, output, help, cellTimeout, notebookTimeout, jobs);
    }

    private static TimeSpan? ParseSeconds(string option, string value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && double.IsFinite(seconds) && seconds >= 0 && seconds <= TimeSpan.MaxValue.TotalSeconds
            ? seconds == 0 ? null : TimeSpan.FromSeconds(seconds)
            : throw new CliUsageException($"option '{option}' needs a number of seconds >= 0, got '{value}'");

    private static string SetOutput(string? previous, string value) =>
        previous is null ? value : throw new CliUsageException("option '--out' is given more than once");
}
