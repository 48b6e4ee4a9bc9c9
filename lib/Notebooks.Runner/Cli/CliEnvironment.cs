using Notebooks.Model;
using Notebooks.Site;

namespace Notebooks.Runner;

/// <summary>What the CLI depends on, injectable so that tests run it in-process without the real console or site.</summary>
/// <param name="CurrentDirectory">Resolves relative paths and the default notebooks/ and artifacts/ folders.</param>
/// <param name="Out">Progress and the final summary.</param>
/// <param name="Error">Usage errors.</param>
/// <param name="UseAnsi">Colours and styles; off when output is redirected (CI logs get plain text).</param>
/// <param name="Publish">Publishes the site from the executed notebooks into the output folder.</param>
internal sealed record CliEnvironment(
    string CurrentDirectory,
    TextWriter Out,
    TextWriter Error,
    bool UseAnsi,
    Action<IReadOnlyList<Notebook>, string> Publish)
{
    public static CliEnvironment ForProcess() => new(
        Environment.CurrentDirectory,
        Console.Out,
        Console.Error,
        UseAnsi: !Console.IsOutputRedirected
                 && Environment.GetEnvironmentVariable("NO_COLOR") is null
                 && Environment.GetEnvironmentVariable("TERM") != "dumb",
        SitePublisher.Publish);
}
