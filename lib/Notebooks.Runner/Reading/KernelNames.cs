namespace Notebooks.Runner;

/// <summary>
/// The kernel names Polyglot Notebooks knows and their aliases, as used in <c>#!name</c> cell
/// separators (.dib), leading kernel-selector lines, and cell/notebook metadata.
/// </summary>
internal static class KernelNames
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    // Name → aliases, as the VS Code extension registers them (aliases are case-sensitive there).
    private static readonly (string Name, string[] Aliases)[] Known =
    [
        (CSharp, ["c#", "C#"]),
        ("fsharp", ["f#", "F#"]),
        ("pwsh", ["powershell"]),
        ("javascript", ["js"]),
        ("html", []),
        ("sql", []),
        ("kql", []),
        ("mermaid", []),
        ("value", []),
        ("http", []),
        (Markdown, ["md"]),
    ];

    /// <summary>The built-in alias → kernel name map (names map to themselves).</summary>
    public static IReadOnlyDictionary<string, string> BuiltInAliases { get; } = BuildAliases();

    private static Dictionary<string, string> BuildAliases()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, aliases) in Known)
        {
            map[name] = name;
            foreach (var alias in aliases)
            {
                map[alias] = name;
            }
        }
        return map;
    }

    /// <summary>
    /// Maps a kernel name or alias from metadata to the canonical kernel name; unknown names are
    /// returned unchanged so that an error can name them.
    /// </summary>
    public static string Canonical(string nameOrAlias) =>
        BuiltInAliases.TryGetValue(nameOrAlias, out var name) ? name : nameOrAlias;

    /// <summary>Maps a Jupyter kernelspec (<c>.net-csharp</c>, language <c>C#</c>) to a kernel name.</summary>
    public static string? FromKernelspec(string? kernelspecName, string? kernelspecLanguage)
    {
        var byLanguage = kernelspecLanguage switch
        {
            "C#" or "c#" or "csharp" => CSharp,
            "F#" or "f#" or "fsharp" => "fsharp",
            "PowerShell" or "powershell" or "pwsh" => "pwsh",
            null or "" => null,
            _ => kernelspecLanguage.ToLowerInvariant(),
        };
        if (byLanguage is not null)
        {
            return byLanguage;
        }

        return kernelspecName switch
        {
            ".net-csharp" => CSharp,
            ".net-fsharp" => "fsharp",
            ".net-pwsh" or ".net-powershell" => "pwsh",
            null or "" => null,
            _ => kernelspecName,
        };
    }

    /// <summary>
    /// If <paramref name="line"/> is exactly <c>#!name</c> for a known kernel name or alias, returns the
    /// canonical kernel name; otherwise null (the line is a magic command or code).
    /// </summary>
    public static string? KernelSelectedBy(string line, IReadOnlyDictionary<string, string> aliases)
    {
        if (!line.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }
        var name = line[2..].TrimEnd();
        return aliases.TryGetValue(name, out var canonical) ? canonical : null;
    }
}
