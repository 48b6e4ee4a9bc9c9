namespace Notebooks.Runner;

/// <summary>A command line the runner cannot act on (exit code 2); the message names the offending option or path.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
