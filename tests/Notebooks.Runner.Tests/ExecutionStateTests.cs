using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class ExecutionStateTests
{
    [Fact]
    public async Task Variables_types_and_usings_carry_over_between_cells()
    {
        var result = (await Run.CSharp(
            "using System.Numerics;\nvar count = 3;\nrecord Point(double X, double Y);",
            "var p = new Point(count, 4);\nComplex z = new(p.X, p.Y);",
            "z.Magnitude")).ShouldSucceed();

        Assert.Equal("5", Assert.Single(result.Outputs(3)).PlainText());
    }

    [Fact]
    public async Task Execution_counts_number_the_code_cells_and_markdown_is_not_executed()
    {
        var result = (await Run.Notebook(Ipynb.Notebook(
            Ipynb.Markdown("# Title"),
            Ipynb.Code("var a = 1;"),
            Ipynb.Markdown("Text with `code`"),
            Ipynb.Code("a + 1")))).ShouldSucceed();

        var cells = result.Notebook.Cells;
        Assert.Equal([null, 1, null, 2], cells.Select(c => c.ExecutionCount));
        Assert.Equal("Text with `code`", cells[2].Source);
        Assert.Empty(cells[2].Outputs);
        Assert.Equal([2, 4], result.CellRuns.Select(r => r.CellNumber));
        Assert.All(result.CellRuns, run => Assert.True(run.Succeeded));
        Assert.All(result.CellRuns, run => Assert.True(run.Duration > TimeSpan.Zero));
    }

    [Fact]
    public async Task The_last_expression_is_an_execute_result_formatted_like_the_kernel()
    {
        var result = (await Run.CSharp(
            "21 * 2",
            "var unused = 1;",
            "\"plain <text>\"",
            "object nothing = null;\nnothing",
            "Console.Write(\"\")")).ShouldSucceed();

        var number = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs(1)));
        Assert.True(number.IsExecuteResult);
        Assert.Equal("42", number.Data["text/plain"]);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>42</pre></div>", number.Data["text/html"]);

        Assert.Empty(result.Outputs(2));

        var text = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs(3)));
        Assert.Equal(["text/plain"], text.Data.Keys);
        Assert.Equal("plain <text>", text.Data["text/plain"]);

        Assert.Equal("<null>", Assert.Single(result.Outputs(4)).PlainText());
        Assert.Empty(result.Outputs(5));
    }

    [Fact]
    public async Task Display_HTML_and_their_variants_produce_display_data_in_order()
    {
        var result = (await Run.CSharp("""
            display(1.5);
            display("<i>raw</i>", "text/html");
            display(HTML("<b>bold</b>"));
            "as extension".Display();
            "# Heading".DisplayAs("text/markdown");
            class Reporter { public static void Report() => display("from a class"); }
            Reporter.Report();
            var handle = display("first");
            handle.Update("second");
            display(7)
            """)).ShouldSucceed();

        var outputs = result.Outputs(1).Cast<DisplayOutput>().ToList();
        Assert.All(outputs, o => Assert.False(o.IsExecuteResult));
        Assert.Equal(8, outputs.Count);
        Assert.Equal("1.5", outputs[0].Data["text/plain"]);
        // As in the kernel, a requested mime type formats the value; a string is not markup (HTML(…) is).
        Assert.Equal(["text/html"], outputs[1].Data.Keys);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>&lt;i&gt;raw&lt;/i&gt;</pre></div>", outputs[1].Data["text/html"]);
        Assert.Equal("<b>bold</b>", outputs[2].Data["text/html"]);
        Assert.Equal("as extension", outputs[3].Data["text/plain"]);
        Assert.Equal(new Dictionary<string, string> { ["text/markdown"] = "# Heading" }, outputs[4].Data);
        Assert.Equal("from a class", outputs[5].Data["text/plain"]);
        Assert.Equal("second", outputs[6].Data["text/plain"]);
        Assert.Equal("7", outputs[7].Data["text/plain"]);
    }

    [Fact]
    public async Task Kernel_default_usings_and_top_level_await_are_available()
    {
        var result = (await Run.CSharp("""
            var text = new StringBuilder("ab").Append('c').ToString();
            IList list = new ArrayList { 1 };
            await Task.Delay(1);
            new List<int> { 3, 1, 2 }.OrderBy(x => x).Select(x => x * 10).Sum() + text.Length + list.Count
            """)).ShouldSucceed();

        Assert.Equal("64", Assert.Single(result.Outputs(1)).PlainText());
    }

    [Fact]
    public async Task A_non_csharp_cell_is_an_error_and_stops_the_run()
    {
        var result = await Run.Notebook(Ipynb.Notebook(
            Ipynb.Code("var a = 1;"),
            Ipynb.Code("let b = 2", kernelName: "fsharp"),
            Ipynb.Code("a")));

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(2)));
        Assert.Equal("UnsupportedKernelError", error.Name);
        Assert.Equal("fixture.ipynb, cell 2: the cell runs in the 'fsharp' kernel; the runner executes C# cells only", error.Message);
        Assert.Null(result.Notebook.Cells[2].ExecutionCount);
        Assert.Equal(new NotebookFailure(result.Notebook.Path, 2, null, error.Message), result.Failure);
    }

    [Fact]
    public async Task A_magic_command_is_an_error_naming_notebook_cell_line_and_magic()
    {
        var result = await Run.CSharp("var a = 1;", "var b = 2;\n#!time\nb");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(2)));
        Assert.Equal("UnsupportedMagicCommandError", error.Name);
        Assert.Equal("fixture.ipynb, cell 2, line 2: magic command '#!time' is not supported by the runner", error.Message);
        Assert.Equal(2, result.Failure!.Line);
    }

    [Fact]
    public async Task Execute_rejects_relative_paths_and_honours_cancellation()
    {
        var relative = new Notebook("relative.ipynb", []);
        await Assert.ThrowsAsync<ArgumentException>(() => NotebookExecutor.ExecuteAsync(relative));

        using var folder = new TempFolder();
        var notebook = NotebookReader.Read(folder.Write("c.ipynb", Ipynb.CSharp("1")));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NotebookExecutor.ExecuteAsync(notebook, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Progress_callbacks_see_every_code_cell_and_their_output_is_not_captured()
    {
        using var folder = new TempFolder();
        var notebook = NotebookReader.Read(folder.Write("p.ipynb", Ipynb.Notebook(
            Ipynb.Code("1"), Ipynb.Markdown("m"), Ipynb.Code("Console.WriteLine(\"cell\");"))));
        var started = new List<int>();
        var completed = new List<CellRun>();

        var result = await NotebookExecutor.RunAsync(notebook, new NotebookRunOptions
        {
            CellStarting = n => { started.Add(n); Console.WriteLine("progress"); },
            CellCompleted = completed.Add,
        });

        Assert.Equal([1, 3], started);
        Assert.Equal(result.CellRuns, completed);
        Assert.Equal("cell\n", Assert.IsType<StreamOutput>(Assert.Single(result.Outputs(3))).Text);
        Assert.DoesNotContain(result.Notebook.Cells.SelectMany(c => c.Outputs).OfType<StreamOutput>(), s => s.Text.Contains("progress"));
    }
}
