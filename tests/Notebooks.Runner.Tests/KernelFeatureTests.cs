using Notebooks.Model;

namespace Notebooks.Runner.Tests;

/// <summary>
/// One notebook that uses what the collection's notebooks use, run once in the real kernel: state across
/// cells, <c>#r "nuget: …"</c>, standard output, <c>#load</c>, a relative <c>#r</c>, relative file reads,
/// top-level <c>await</c>, <c>display</c>.
/// </summary>
public sealed class KernelFeatureTests : IClassFixture<KernelFeatureTests.Executed>
{
    private readonly NotebookRunResult result;

    public KernelFeatureTests(Executed executed) => result = executed.Result;

    public sealed class Executed : IDisposable
    {
        private readonly TempFolder folder = new();

        public Executed()
        {
            folder.Write(Path.Combine("nb", "helpers", "square.csx"), "double Square(double x) => x * x;\n");
            folder.Write(Path.Combine("nb", "data", "value.txt"), "41");
            Directory.CreateDirectory(Path.Combine(folder.Root, "nb", "lib"));
            Assert.True(File.Exists(RepositoryFiles.ActivationsDll), $"build lib/Activations first: {RepositoryFiles.ActivationsDll}");
            File.Copy(RepositoryFiles.ActivationsDll, Path.Combine(folder.Root, "nb", "lib", "Activations.dll"));
            var path = folder.Write(Path.Combine("nb", "features.ipynb"), Ipynb.Notebook(
                Ipynb.Markdown("# Features"),
                Ipynb.Code("#r \"nuget: MathNet.Numerics, 5.0.0\"\nvar n = MathNet.Numerics.SpecialFunctions.Factorial(4);"),
                Ipynb.Code("Console.WriteLine(\"a\");\nConsole.Write(\"b\\n\");\nConsole.WriteLine(n);"),
                Ipynb.Code("#load \"helpers/square.csx\"\nSquare(n)"),
                Ipynb.Code("#r \"lib/Activations.dll\"\nActivations.Activation.ReLU(-3.0) + Activations.Activation.ReLU(2.5)"),
                Ipynb.Code("var text = System.IO.File.ReadAllText(\"data/value.txt\");\nawait Task.Delay(10);\nint.Parse(text) + 1"),
                Ipynb.Code("display(\"shown\");\ndisplay(HTML(\"<b>bold</b>\"));")));
            Result = NotebookExecutor.RunAsync(NotebookReader.Read(path)).GetAwaiter().GetResult();
        }

        public NotebookRunResult Result { get; }

        public void Dispose() => folder.Dispose();
    }

    [Fact]
    public void Every_code_cell_runs_in_order()
    {
        result.ShouldSucceed();
        Assert.Equal([null, 1, 2, 3, 4, 5, 6], result.Notebook.Cells.Select(c => c.ExecutionCount));
        Assert.Equal([2, 3, 4, 5, 6, 7], result.CellRuns.Select(r => r.CellNumber));
    }

    [Fact]
    public void A_package_and_variables_carry_over_and_stdout_is_one_stream_per_cell()
    {
        var stdout = Assert.IsType<StreamOutput>(Assert.Single(result.Outputs(3)));
        Assert.Equal(("stdout", "a\nb\n24\n"), (stdout.Name, stdout.Text));
    }

    [Fact]
    public void A_loaded_script_resolves_from_the_notebook_folder()
    {
        var value = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs(4)));
        Assert.True(value.IsExecuteResult);
        Assert.Equal("576", value.PlainText());
    }

    [Fact]
    public void A_relative_assembly_reference_resolves_from_the_notebook_folder() =>
        Assert.Equal("2.5", Assert.Single(result.Outputs(5)).PlainText());

    [Fact]
    public void Relative_file_reads_start_at_the_notebook_folder_and_await_works() =>
        Assert.Equal("42", Assert.Single(result.Outputs(6)).PlainText());

    [Fact]
    public void Display_adds_outputs_in_order()
    {
        var outputs = result.Outputs(7).Cast<DisplayOutput>().ToList();
        Assert.Equal(2, outputs.Count);
        Assert.All(outputs, o => Assert.False(o.IsExecuteResult));
        Assert.Equal("shown", outputs[0].PlainText());
        Assert.Equal("<b>bold</b>", outputs[1].Data["text/html"]);
    }
}
