using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Notebooks.Runner;

/// <summary>
/// The kernel a notebook runs in: a <see cref="CompositeKernel"/> holding .NET Interactive's C# kernel, set
/// up as the dotnet-interactive app sets it up for VS Code: <c>#r "nuget: …"</c> restores packages and
/// loads the kernel extensions they carry, the kernel helpers (<c>display</c>, <c>HTML</c>, …) and value
/// sharing are on.
/// </summary>
internal static class NotebookKernel
{
    public static CompositeKernel Create()
    {
        var extensions = new PackageKernelExtensions();
        var csharp = new CSharpKernel()
            .UseNugetDirective(async (kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(package => package.AssemblyPaths));
                await extensions.LoadAsync(kernel.RootKernel, packages).ConfigureAwait(false);
            })
            .UseKernelHelpers()
            .UseValueSharing();
        return new CompositeKernel { csharp };
    }

    /// <summary>
    /// Compiles a first, empty-handed submission, so that the compiler's start-up (seconds on a busy
    /// machine) is not charged to the notebook's first cell and its time limit.
    /// </summary>
    public static async Task WarmUpAsync(Kernel kernel)
    {
        var result = await kernel.SendAsync(new SubmitCode("using System;", KernelNames.CSharp)).ConfigureAwait(false);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new InvalidOperationException($"the C# kernel could not compile its first submission: {failed.Message}");
        }
    }
}
