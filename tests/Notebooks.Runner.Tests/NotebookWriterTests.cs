using System.Text.Json;
using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class NotebookWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private const string Metadata = """
        {"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"},"language_info":{"name":"polyglot-notebook"},"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}},"source_article":{"title":"神经网络之Sigmoid","language":"zh"}}
        """;

    private Notebook Executed() => new(
        Path.Combine(folder.Root, "all-outputs.ipynb"),
        [
            new NotebookCell(CellKind.Markdown, "# All outputs\n\nText.", "markdown", []),
            new NotebookCell(CellKind.Code, "Console.WriteLine(\"out\");\n6 * 7", "csharp",
            [
                new StreamOutput("stdout", "out\nmore\n"),
                new DisplayOutput(new Dictionary<string, string> { ["text/html"] = "<p>html</p>" }),
                new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "42" }, IsExecuteResult: true),
            ], 1, """{"polyglot_notebook":{"kernelName":"csharp"}}"""),
            new NotebookCell(CellKind.Code, "throw new Exception(\"boom\");", "csharp",
                [new ErrorOutput("System.Exception", "all-outputs.ipynb, cell 3: System.Exception: boom", ["System.Exception: boom", "   at Submission#2"])],
                2, """{"polyglot_notebook":{"kernelName":"csharp"}}"""),
            new NotebookCell(CellKind.Code, "var never = 1;", "csharp", [], null, """{"polyglot_notebook":{"kernelName":"csharp"}}"""),
        ],
        Metadata);

    [Fact]
    public void Writes_nbformat_4_5_with_cell_ids_outputs_and_the_source_metadata_verbatim()
    {
        var target = Path.Combine(folder.Root, "out", "all-outputs.ipynb");

        NotebookWriter.WriteIpynb(Executed(), target);

        using var document = JsonDocument.Parse(File.ReadAllText(target));
        var root = document.RootElement;
        Assert.Equal((4, 5), (root.GetProperty("nbformat").GetInt32(), root.GetProperty("nbformat_minor").GetInt32()));
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(Metadata).RootElement), JsonSerializer.Serialize(root.GetProperty("metadata")));
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(["cell-1", "cell-2", "cell-3", "cell-4"], cells.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(["markdown", "code", "code", "code"], cells.Select(c => c.GetProperty("cell_type").GetString()));
        Assert.Equal(1, cells[1].GetProperty("execution_count").GetInt32());
        Assert.Equal(JsonValueKind.Null, cells[3].GetProperty("execution_count").ValueKind);
        var outputs = cells[1].GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(["stream", "display_data", "execute_result"], outputs.Select(o => o.GetProperty("output_type").GetString()));
        Assert.Equal(1, outputs[2].GetProperty("execution_count").GetInt32());
        var error = cells[2].GetProperty("outputs")[0];
        Assert.Equal("error", error.GetProperty("output_type").GetString());
        Assert.Equal("System.Exception", error.GetProperty("ename").GetString());
        Assert.Equal("all-outputs.ipynb, cell 3: System.Exception: boom", error.GetProperty("evalue").GetString());
        Assert.Equal("all-outputs.ipynb, cell 3: System.Exception: boom", error.GetProperty("traceback")[0].GetString());
        Assert.Contains("神经网络之Sigmoid", File.ReadAllText(target));
    }

    [Fact]
    public void The_same_notebook_gives_the_same_bytes_and_reads_back_with_its_outputs()
    {
        var first = Path.Combine(folder.Root, "a", "x.ipynb");
        var second = Path.Combine(folder.Root, "b", "x.ipynb");
        NotebookWriter.WriteIpynb(Executed(), first);
        NotebookWriter.WriteIpynb(Executed(), second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var read = ExecutedNotebookReader.Read(first);
        var original = Executed();
        Assert.Equal(original.Cells.Select(c => c.ExecutionCount), read.Cells.Select(c => c.ExecutionCount));
        Assert.Equal("out\nmore\n", Assert.IsType<StreamOutput>(read.Cells[1].Outputs[0]).Text);
        Assert.Equal("<p>html</p>", Assert.IsType<DisplayOutput>(read.Cells[1].Outputs[1]).Data["text/html"]);
        Assert.True(Assert.IsType<DisplayOutput>(read.Cells[1].Outputs[2]).IsExecuteResult);
        var error = Assert.IsType<ErrorOutput>(read.Cells[2].Outputs.Single());
        Assert.Equal(("System.Exception", "all-outputs.ipynb, cell 3: System.Exception: boom"), (error.Name, error.Message));
        Assert.Equal(["System.Exception: boom", "   at Submission#2"], error.Traceback);
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary_file()
    {
        var target = Path.Combine(folder.Root, "out", "x.ipynb");
        NotebookWriter.WriteIpynb(Executed(), target);
        var before = File.ReadAllBytes(target);
        var broken = Executed() with { Metadata = "[1, 2]" };

        Assert.ThrowsAny<JsonException>(() => NotebookWriter.WriteIpynb(broken, target));

        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }
}
