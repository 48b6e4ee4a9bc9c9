using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runner.Scripting;

namespace Notebooks.Runner;

/// <summary>
/// The compilation environment of a notebook, as the .NET Interactive C# kernel sets it up: the kernel's
/// default usings, the whole shared framework, the Formatting library, the kernel helpers
/// (<c>display</c>, <c>HTML</c>) as a static import, debug information so that exceptions carry line
/// numbers, and <c>#r</c>/<c>#load</c> paths resolved from the notebook's folder.
/// </summary>
internal static class ScriptEnvironment
{
    /// <summary>The usings every C# cell starts with in the kernel.</summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
    [
        "System",
        "System.Text",
        "System.Collections",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.Linq",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> BaseReferences = new(CreateBaseReferences);

    private static readonly ConcurrentDictionary<string, MetadataReference> ReferencesByPath = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<ShippedPackage, IReadOnlyList<MetadataReference>> PackageReferences = new();

    private static readonly string FrameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>
    /// The first submission of every notebook, run before its first cell: it brings the kernel helpers
    /// (<c>display</c>, <c>HTML</c>, …) into scope the way the kernel does. Carrying them as a submission's
    /// <c>using static</c> rather than as a script-options import matters: with the import, any reference
    /// added by a later cell (<c>#r</c>) made every helper call ambiguous (CS0121, the helper assembly bound
    /// twice).
    /// </summary>
    public static string Prelude { get; } = $"using static {typeof(NotebookKernel).FullName};";

    /// <summary>Script options for a notebook whose file is in <paramref name="notebookDirectory"/>.</summary>
    public static ScriptOptions CreateOptions(string notebookDirectory) =>
        ScriptOptions.Default
            .WithReferences(BaseReferences.Value)
            .WithImports(DefaultImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(notebookDirectory));

    /// <summary>References for a shipped package: its assembly and its non-framework dependencies.</summary>
    public static IReadOnlyList<MetadataReference> ReferencesFor(ShippedPackage package) =>
        PackageReferences.GetOrAdd(package, p => DependencyClosure(p.EntryAssembly).Select(Reference).ToList());

    private static IReadOnlyList<MetadataReference> CreateBaseReferences()
    {
        // The shared framework as trusted platform assemblies: notebooks can use any BCL namespace
        // (System.Numerics, System.Text.Json, …) without #r, as in the kernel.
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), FrameworkDirectory, StringComparison.Ordinal));

        var kernelAssemblies = new[]
        {
            typeof(Formatter).Assembly.Location,
            typeof(IHtmlContent).Assembly.Location,
            typeof(NotebookKernel).Assembly.Location,
        };

        return trusted.Concat(kernelAssemblies)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(Reference)
            .ToList();
    }

    private static IEnumerable<string> DependencyClosure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<Assembly>([root]);
        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location) || IsFramework(assembly) || !seen.Add(assembly.Location))
            {
                continue;
            }
            yield return assembly.Location;
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (TryLoad(name) is { } dependency)
                {
                    queue.Enqueue(dependency);
                }
            }
        }
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // An optional dependency the runner does not ship: if code needs it, the compiler names it (CS0012).
            return null;
        }
    }

    private static bool IsFramework(Assembly assembly) =>
        string.Equals(Path.GetDirectoryName(assembly.Location), FrameworkDirectory, StringComparison.Ordinal);

    private static MetadataReference Reference(string path) =>
        ReferencesByPath.GetOrAdd(path, p => MetadataReference.CreateFromFile(p));
}
