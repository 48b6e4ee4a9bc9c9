using Microsoft.DotNet.Interactive.Documents;

namespace Notebooks.Runner;

/// <summary>
/// The kernels Polyglot Notebooks knows, passed to the .Documents parsers: a <c>.dib</c> splits into cells
/// only at <c>#!name</c> lines of known kernels (without them every cell silently becomes markdown).
/// </summary>
internal static class KernelNames
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    public static KernelInfoCollection Known()
    {
        var kernels = new KernelInfoCollection
        {
            new(CSharp, "C#", ["c#", "C#"]),
            new("fsharp", "F#", ["f#", "F#"]),
            new("pwsh", "PowerShell", ["powershell"]),
            new("javascript", "JavaScript", ["js"]),
            new("html", "HTML", []),
            new("sql", "SQL", []),
            new("kql", "KQL", []),
            new("mermaid", "Mermaid", []),
            new("value", "value", []),
            new("http", "HTTP", []),
            new(Markdown, "Markdown", ["md"]),
        };
        kernels.DefaultKernelName = CSharp;
        return kernels;
    }
}
