using Notebooks.Runner;

// dotnet run --project lib/Notebooks.Runner -- [notebook-or-folder ...] [--out DIR]   (see --help)
return args is [NotebookWorker.Flag, var notebook]
    ? await NotebookWorker.RunAsync(notebook)
    : await RunnerCli.RunAsync(args, CliEnvironment.ForProcess());
