using System.Text.RegularExpressions;

namespace Notebooks.Runner;

/// <summary>
/// Handles the lines of a C# cell that the kernel, not the C# compiler, interprets:
/// <list type="bullet">
/// <item><c>#r "nuget: Name[, Version]"</c> (any number, at the start of any line) is collected and blanked;</item>
/// <item><c>#!csharp</c>/<c>#!c#</c>/<c>#!C#</c> (the kernel selector) is blanked;</item>
/// <item>any other <c>#!</c> line (<c>#!time</c>, <c>#!set</c>, <c>#!fsharp</c>, …) and <c>#i</c> are errors.</item>
/// </list>
/// Blanking keeps every other line where it was, so compiler and runtime line numbers match the cell.
/// <c>#r "path.dll"</c> and <c>#load "file.csx"</c> are left to Roslyn.
/// </summary>
internal static partial class CellDirectives
{
    public static PreparedCell Prepare(string source)
    {
        var lines = source.Split('\n');
        var packages = new List<PackageRequest>();
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var text = lines[i].Trim();
            if (text.StartsWith("#!", StringComparison.Ordinal))
            {
                var kernel = KernelNames.KernelSelectedBy(text, KernelNames.BuiltInAliases);
                if (kernel == KernelNames.CSharp)
                {
                    lines[i] = "";
                    continue;
                }
                if (kernel is not null)
                {
                    throw new CellDirectiveException(lineNumber, "UnsupportedKernelError",
                        $"'{text}' switches to the {kernel} kernel; the runner executes C# only");
                }
                throw new CellDirectiveException(lineNumber, "UnsupportedMagicCommandError",
                    $"magic command '{FirstWord(text)}' is not supported by the runner");
            }
            if (IncludeSource().IsMatch(text))
            {
                throw new CellDirectiveException(lineNumber, "UnsupportedMagicCommandError",
                    $"'#i' (package source) is not supported by the runner: packages come from its substitution table");
            }
            if (NugetStart().IsMatch(text))
            {
                packages.Add(ParseNuget(text, lineNumber));
                lines[i] = "";
            }
        }
        return new PreparedCell(string.Join('\n', lines), packages);
    }

    private static PackageRequest ParseNuget(string text, int lineNumber)
    {
        var match = NugetReference().Match(text);
        if (!match.Success)
        {
            throw new CellDirectiveException(lineNumber, "PackageNotAvailableError",
                $"malformed package reference '{text}' (expected #r \"nuget: Name\" or #r \"nuget: Name, Version\")");
        }
        var version = match.Groups["version"].Success ? match.Groups["version"].Value.Trim() : null;
        return new PackageRequest(match.Groups["name"].Value, string.IsNullOrEmpty(version) ? null : version, lineNumber);
    }

    private static string FirstWord(string text)
    {
        var end = text.IndexOfAny([' ', '\t']);
        return end < 0 ? text : text[..end];
    }

    [GeneratedRegex(@"^#r\s+""\s*nuget\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex NugetStart();

    [GeneratedRegex(@"^#r\s+""\s*nuget\s*:\s*(?<name>[A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*(,\s*(?<version>[^""]*))?""\s*(//.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NugetReference();

    [GeneratedRegex(@"^#i(\s|"")")]
    private static partial Regex IncludeSource();
}
