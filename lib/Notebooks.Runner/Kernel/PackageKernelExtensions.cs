using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;

namespace Notebooks.Runner;

/// <summary>
/// Loads the kernel extensions NuGet packages carry in <c>interactive-extensions/dotnet/*.dll</c> (e.g.
/// Plotly.NET.Interactive's chart formatter), once per extension type, as the dotnet-interactive app does
/// after a <c>#r "nuget: …"</c>: every public type implementing <see cref="IKernelExtension"/> is created
/// and given the root kernel.
/// </summary>
internal sealed class PackageKernelExtensions
{
    private readonly HashSet<string> loaded = new(StringComparer.Ordinal);

    public async Task LoadAsync(Kernel rootKernel, IEnumerable<ResolvedPackageReference> packages)
    {
        foreach (var package in packages)
        {
            var folder = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
            {
                foreach (var type in ExtensionTypes(LoadOnce(file)))
                {
                    if (loaded.Add(type.AssemblyQualifiedName!))
                    {
                        var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                        await extension.OnLoadAsync(rootKernel).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    // An assembly of the same name already in the process (the runner ships Plotly.NET.Interactive) is
    // used as is: loading the package's copy beside it would give two versions of the formatter's types.
    private static Assembly LoadOnce(string file)
    {
        var name = AssemblyName.GetAssemblyName(file);
        return AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName()) && a.GetName().Name == name.Name)
               ?? TryLoadByName(name)
               ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
    }

    private static Assembly? TryLoadByName(AssemblyName name)
    {
        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> ExtensionTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(type =>
            typeof(IKernelExtension).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false }
            && type.GetConstructor(Type.EmptyTypes) is not null);
}
