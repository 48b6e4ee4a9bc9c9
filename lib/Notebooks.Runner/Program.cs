using Notebooks.Runner;

// dotnet run --project lib/Notebooks.Runner -- [notebook-or-folder ...] [--out DIR]   (see --help)
return await RunnerCli.RunAsync(args, CliEnvironment.ForProcess());
