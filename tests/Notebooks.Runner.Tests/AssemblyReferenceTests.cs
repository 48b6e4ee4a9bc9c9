using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class AssemblyReferenceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_dll_referenced_relative_to_the_notebook_folder_is_compiled_against_and_loaded()
    {
        var dll = Path.Combine(folder.Folder("lib"), "TinyActivations.dll");
        EmitLibrary(dll, "TinyActivations", "namespace Tiny; public static class Relu { public static double Apply(double x) => x > 0 ? x : 0; }");
        var notebook = folder.Write(Path.Combine("notebooks", "relu.ipynb"),
            Ipynb.CSharp("#r \"../lib/TinyActivations.dll\"\nusing Tiny;", "Relu.Apply(-2.0) + Relu.Apply(3.5)"));

        var result = (await Run.File(notebook)).ShouldSucceed();

        Assert.Equal("3.5", Assert.Single(result.Outputs(2)).PlainText());
    }

    [Fact]
    public async Task A_referenced_dll_already_loaded_by_the_host_is_the_same_assembly_not_a_second_copy()
    {
        // The notebook references its own copy of Notebooks.Model.dll, as the tutorial notebooks reference
        // lib/Activations/bin/…/Activations.dll while the test host has loaded Activations already.
        var hostAssembly = typeof(Notebook).Assembly;
        File.Copy(hostAssembly.Location, Path.Combine(folder.Folder("lib"), "Notebooks.Model.dll"));
        var notebook = folder.Write(Path.Combine("notebooks", "identity.ipynb"), Ipynb.CSharp(
            "#r \"../lib/Notebooks.Model.dll\"",
            "var cell = new Notebooks.Model.NotebookCell(Notebooks.Model.CellKind.Code, \"x\", \"csharp\", []);\n" +
            "System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(cell.GetType().Assembly)!.Name + \"|\" + cell.GetType().Assembly.Location"));

        var result = (await Run.File(notebook)).ShouldSucceed();

        Assert.Equal($"Default|{hostAssembly.Location}", Assert.Single(result.Outputs(2)).PlainText());
        Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "Notebooks.Model");
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(hostAssembly));
    }

    [Fact]
    public async Task A_relative_load_script_can_use_shipped_packages()
    {
        folder.Write(Path.Combine("notebooks", "helpers", "charts.csx"), """
            using Plotly.NET.CSharp;

            Plotly.NET.GenericChart Curve(Func<double, double> f, string name)
            {
                var xs = Enumerable.Range(-2, 5).Select(i => (double)i).ToArray();
                return Chart.Line<double, double, string>(x: xs, y: xs.Select(f).ToArray(), Name: name);
            }

            double Twice(double x) => 2 * x;
            """);
        var notebook = folder.Write(Path.Combine("notebooks", "load.ipynb"), Ipynb.CSharp(
            "#r \"nuget: Plotly.NET.Interactive, 5.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.13.0\"\n#load \"helpers/charts.csx\"",
            "Curve(Twice, \"2x\")"));

        var result = (await Run.File(notebook)).ShouldSucceed();

        var html = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs(2))).Data["text/html"];
        Assert.Contains("notebook-plotly-chart", html);
        Assert.Contains("\"y\":[-4.0,-2.0,0.0,2.0,4.0]", html);
    }

    [Fact]
    public async Task Errors_inside_a_loaded_script_name_the_script_and_its_line()
    {
        folder.Write("broken.csx", "var a = 1;\nvar b = missing;");
        var notebook = folder.Write("load-error.ipynb", Ipynb.CSharp("#load \"broken.csx\""));

        var result = await Run.File(notebook);

        Assert.Equal("load-error.ipynb, cell 1: error CS0103: The name 'missing' does not exist in the current context (in broken.csx, line 2)",
            result.Failure!.Message);
    }

    [Fact]
    public async Task A_missing_dll_is_a_compile_error_on_its_line()
    {
        var notebook = folder.Write("missing.ipynb", Ipynb.CSharp("\n#r \"../nowhere/Missing.dll\""));

        var result = await Run.File(notebook);

        Assert.StartsWith("missing.ipynb, cell 1, line 2: error CS0006:", result.Failure!.Message);
    }

    private static void EmitLibrary(string path, string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
