using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();
    private readonly List<(IReadOnlyList<Notebook> Notebooks, string Directory)> published = [];

    public void Dispose() => folder.Dispose();

    private CliEnvironment Environment(string? currentDirectory = null, Action<IReadOnlyList<Notebook>, string>? publish = null) => new(
        currentDirectory ?? folder.Root, output, errors, UseAnsi: false,
        publish ?? ((notebooks, directory) => published.Add((notebooks, directory))));

    private Task<int> Cli(params string[] args) => RunnerCli.RunAsync(args, Environment());

    private string GoodIpynb(string name = "good.ipynb") =>
        folder.Write(Path.Combine("notebooks", name), Ipynb.Notebook(Ipynb.Markdown("# Good"), Ipynb.Code("var x = 2;"), Ipynb.Code("x * 21")));

    [Fact]
    public async Task Help_prints_usage_and_succeeds()
    {
        Assert.Equal(0, await Cli("--help"));
        Assert.Contains("Usage: dotnet run --project lib/Notebooks.Runner -- [notebook-or-folder ...] [--out DIR]", output.ToString());
        Assert.Contains("Exit codes", output.ToString());
    }

    [Theory]
    [InlineData(new[] { "--fast" }, "unknown option '--fast'")]
    [InlineData(new[] { "nowhere.ipynb" }, "notebook or folder not found: 'nowhere.ipynb'")]
    [InlineData(new[] { "notebooks", "--out" }, "option '--out' needs a directory")]
    [InlineData(new[] { "notebooks", "--out=" }, "option '--out' needs a directory")]
    [InlineData(new[] { "notebooks", "-o", "a", "--out", "b" }, "option '--out' is given more than once")]
    [InlineData(new[] { "empty" }, "no notebooks (*.ipynb, *.dib) in folder 'empty'")]
    [InlineData(new[] { "notes.txt" }, "'notes.txt' is not a notebook (expected .ipynb or .dib)")]
    [InlineData(new[] { "notebooks", "--cell-timeout" }, "option '--cell-timeout' needs a number of seconds")]
    [InlineData(new[] { "notebooks", "--cell-timeout", "soon" }, "option '--cell-timeout' needs a number of seconds >= 0, got 'soon'")]
    [InlineData(new[] { "notebooks", "--cell-timeout", "-1" }, "option '--cell-timeout' needs a number of seconds >= 0, got '-1'")]
    [InlineData(new[] { "notebooks", "--cell-timeout", "NaN" }, "option '--cell-timeout' needs a number of seconds >= 0, got 'NaN'")]
    [InlineData(new[] { "notebooks", "--notebook-timeout", "-5" }, "option '--notebook-timeout' needs a number of seconds >= 0, got '-5'")]
    [InlineData(new[] { "notebooks", "--jobs", "0" }, "option '--jobs' needs a whole number >= 1, got '0'")]
    [InlineData(new[] { "notebooks", "-j" }, "option '-j' needs a number of notebooks")]
    public async Task Usage_errors_exit_2_and_name_the_problem(string[] args, string expected)
    {
        GoodIpynb();
        folder.Folder("empty");
        folder.Write("notes.txt", "text");

        Assert.Equal(2, await Cli(args));

        Assert.Contains($"error: {expected}", errors.ToString());
        Assert.Empty(published);
    }

    [Fact]
    public async Task Passing_notebooks_exit_0_write_executed_copies_publish_and_leave_sources_untouched()
    {
        var ipynb = GoodIpynb("a-first.ipynb");
        var dib = folder.Write(Path.Combine("notebooks", "b-second.dib"), "#!markdown\n# Dib\n#!csharp\nConsole.WriteLine(\"hi\");");
        folder.Write(Path.Combine("notebooks", ".hidden.ipynb"), "not even json");
        var sourceBytes = new[] { ipynb, dib }.ToDictionary(p => p, File.ReadAllBytes);
        var workingDirectory = System.Environment.CurrentDirectory;

        var exit = await Cli("notebooks", "--out", "site");

        Assert.Equal(0, exit);
        var outDirectory = Path.Combine(folder.Root, "site");
        var (notebooks, directory) = Assert.Single(published);
        Assert.Equal(outDirectory, directory);
        Assert.Equal(["a-first", "b-second"], notebooks.Select(n => n.Name));
        Assert.All(notebooks, n => Assert.Empty(n.Errors()));
        Assert.Equal("42", notebooks[0].Cells[2].Outputs.Single().PlainText());
        Assert.Equal(3, NotebookReader.Read(Path.Combine(outDirectory, "notebooks", "a-first.ipynb")).Cells.Count);
        Assert.True(File.Exists(Path.Combine(outDirectory, "notebooks", "b-second.ipynb")));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(outDirectory, "notebooks")).Length);
        foreach (var (path, bytes) in sourceBytes)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
        Assert.Equal(workingDirectory, System.Environment.CurrentDirectory);

        var log = output.ToString();
        Assert.DoesNotContain('\u001b', log);
        Assert.Contains("[1/2] a-first.ipynb", log);
        Assert.Matches(@"cell +3  ok +\d+\.\d\d s", log);
        Assert.Contains("All notebooks passed", log);
    }

    [Fact]
    public async Task Every_notebook_runs_and_all_failures_are_listed_with_exit_1()
    {
        folder.Write(Path.Combine("notebooks", "1-compile.ipynb"), Ipynb.CSharp("var a = 1;", "int b = \"no\";"));
        folder.Write(Path.Combine("notebooks", "2-broken.ipynb"), "{ not json");
        GoodIpynb("3-good.ipynb");
        folder.Write(Path.Combine("notebooks", "4-throws.dib"), "#!csharp\nvar ok = 1;\nthrow new Exception(\"late\");");

        var exit = await Cli();

        Assert.Equal(1, exit);
        var (notebooks, directory) = Assert.Single(published);
        Assert.Equal(Path.Combine(folder.Root, "artifacts"), directory);
        Assert.Equal(["1-compile", "3-good", "4-throws"], notebooks.Select(n => n.Name));
        var log = output.ToString();
        var summary = log[log.IndexOf("3 failures", StringComparison.Ordinal)..];
        Assert.Contains("- 1-compile.ipynb, cell 2, line 1: error CS0029:", summary);
        Assert.Contains("- 2-broken.ipynb: ", summary);
        Assert.Contains("- 4-throws.dib, cell 1: System.Exception: late", summary);
        Assert.Matches(@"cell +2  FAILED", log);
        Assert.True(File.Exists(Path.Combine(directory, "notebooks", "1-compile.ipynb")));
        Assert.False(File.Exists(Path.Combine(directory, "notebooks", "2-broken.ipynb")));
    }

    [Fact]
    public async Task A_failing_site_publisher_is_a_failure()
    {
        GoodIpynb();

        var exit = await RunnerCli.RunAsync(["notebooks"], Environment(publish: (_, _) => throw new InvalidOperationException("no template")));

        Assert.Equal(1, exit);
        Assert.Contains("site: publishing to", output.ToString());
        Assert.Contains("InvalidOperationException: no template", output.ToString());
    }

    [Fact]
    public async Task A_failed_write_leaves_no_partial_artifact_and_fails_the_run()
    {
        GoodIpynb("blocked.ipynb");
        GoodIpynb("fine.ipynb");
        var artifacts = Path.Combine(folder.Root, "artifacts", "notebooks");
        Directory.CreateDirectory(Path.Combine(artifacts, "blocked.ipynb"));

        var exit = await Cli("notebooks");

        Assert.Equal(1, exit);
        Assert.Contains("blocked.ipynb: cannot write", output.ToString());
        Assert.Equal([Path.Combine(artifacts, "fine.ipynb")], Directory.GetFiles(artifacts));
        Assert.Equal(2, Assert.Single(published).Notebooks.Count);
    }

    [Fact]
    public async Task Without_arguments_the_notebooks_folder_of_the_repository_root_is_used()
    {
        folder.Write("Notebooks.sln", "");
        GoodIpynb("root.ipynb");
        var nested = folder.Folder(Path.Combine("lib", "Notebooks.Runner"));

        var exit = await RunnerCli.RunAsync([], Environment(currentDirectory: nested));

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(folder.Root, "artifacts", "notebooks", "root.ipynb")));
        Assert.Equal(Path.Combine(folder.Root, "artifacts"), Assert.Single(published).Directory);
    }

    [Fact]
    public async Task Without_a_notebooks_folder_or_repository_the_default_is_a_usage_error()
    {
        var exit = await Cli();

        Assert.Equal(2, exit);
        Assert.Contains("no notebooks/ folder in", errors.ToString());
    }

    [Fact]
    public async Task Outputs_that_would_overwrite_sources_or_collide_are_refused()
    {
        var source = folder.Write(Path.Combine("site", "notebooks", "same.ipynb"), Ipynb.CSharp("1"));
        Assert.Equal(2, await Cli(source, "--out", "site"));
        Assert.Contains("would overwrite a source notebook", errors.ToString());

        folder.Write(Path.Combine("twins", "twin.ipynb"), Ipynb.CSharp("1"));
        folder.Write(Path.Combine("twins", "twin.dib"), "1");
        Assert.Equal(2, await Cli("twins"));
        Assert.Contains("would both be written to", errors.ToString());
    }

    [Fact]
    public async Task A_hung_notebook_is_stopped_and_named_while_the_others_run()
    {
        folder.Write(Path.Combine("notebooks", "1-hangs.ipynb"), Ipynb.CSharp("var a = 1;", "while (true) {}"));
        GoodIpynb("2-good.ipynb");

        var exit = await Cli("notebooks", "--cell-timeout", "10", "--jobs", "2");

        Assert.Equal(1, exit);
        var log = output.ToString();
        Assert.Contains("- 1-hangs.ipynb, cell 2: the cell did not finish within the 10 s limit per cell (--cell-timeout)", log);
        Assert.Contains("2-good.ipynb passed", log);
        Assert.Equal(["1-hangs", "2-good"], Assert.Single(published).Notebooks.Select(n => n.Name));
    }

    [Fact]
    public async Task Running_one_notebook_keeps_the_others_already_in_the_site()
    {
        var earlier = new Notebook(Path.Combine(folder.Root, "elsewhere", "0-earlier.ipynb"),
            [new NotebookCell(CellKind.Code, "1", "csharp", [new StreamOutput("stdout", "kept\n")], 1)],
            """{"kernelspec":{"name":".net-csharp"}}""");
        NotebookWriter.WriteIpynb(earlier, Path.Combine(folder.Root, "artifacts", "notebooks", "0-earlier.ipynb"));
        var good = GoodIpynb("1-now.ipynb");

        Assert.Equal(0, await Cli(good));

        var notebooks = Assert.Single(published).Notebooks;
        Assert.Equal(["0-earlier", "1-now"], notebooks.Select(n => n.Name));
        Assert.Equal("kept\n", Assert.IsType<StreamOutput>(Assert.Single(notebooks[0].Cells[0].Outputs)).Text);
    }
}
