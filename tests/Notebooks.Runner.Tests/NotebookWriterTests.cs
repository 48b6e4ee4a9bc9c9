using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class NotebookWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_valid_nbformat_4_with_every_output_type_and_the_source_metadata()
    {
        var source = folder.Write("all-outputs.ipynb", Ipynb.Notebook(
            Ipynb.Markdown("# All outputs"),
            Ipynb.Code("Console.WriteLine(\"out\");\ndisplay(HTML(\"<p>html</p>\"));\n6 * 7"),
            Ipynb.Code("throw new InvalidOperationException(\"boom\");")));
        var executed = (await Run.File(source)).Notebook;
        var target = Path.Combine(folder.Root, "out", "all-outputs.ipynb");

        NotebookWriter.WriteIpynb(executed, target);

        using var document = JsonDocument.Parse(File.ReadAllText(target));
        var root = document.RootElement;
        Assert.Equal(["cells", "metadata", "nbformat", "nbformat_minor"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(2, root.GetProperty("nbformat_minor").GetInt32());
        Assert.Equal(".net-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", root.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());

        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(["cell_type", "metadata", "source"], cells[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["cell_type", "execution_count", "metadata", "outputs", "source"], cells[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("csharp", cells[1].GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        Assert.Equal(["Console.WriteLine(\"out\");\n", "display(HTML(\"<p>html</p>\"));\n", "6 * 7"], Strings(cells[1].GetProperty("source")));

        var outputs = cells[1].GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(["stream", "display_data", "execute_result"], outputs.Select(o => o.GetProperty("output_type").GetString()));
        Assert.Equal("stdout", outputs[0].GetProperty("name").GetString());
        Assert.Equal(["out\n"], Strings(outputs[0].GetProperty("text")));
        Assert.Equal(["<p>html</p>"], Strings(outputs[1].GetProperty("data").GetProperty("text/html")));
        Assert.False(outputs[1].TryGetProperty("execution_count", out _));
        Assert.Equal(JsonValueKind.Object, outputs[1].GetProperty("metadata").ValueKind);
        Assert.Equal(1, outputs[2].GetProperty("execution_count").GetInt32());
        Assert.Equal(1, cells[1].GetProperty("execution_count").GetInt32());
        Assert.Equal(["42"], Strings(outputs[2].GetProperty("data").GetProperty("text/plain")));

        var error = Assert.Single(cells[2].GetProperty("outputs").EnumerateArray());
        Assert.Equal("error", error.GetProperty("output_type").GetString());
        Assert.Equal("System.InvalidOperationException", error.GetProperty("ename").GetString());
        var evalue = error.GetProperty("evalue").GetString();
        Assert.Equal("all-outputs.ipynb, cell 3, line 1: System.InvalidOperationException: boom", evalue);
        var traceback = Strings(error.GetProperty("traceback"));
        Assert.Equal(evalue, traceback[0]);
        Assert.Contains(traceback, line => line.Contains("#cell-3:line 1"));
    }

    [Fact]
    public async Task The_written_file_reads_back_to_the_same_cells()
    {
        var source = folder.Write("roundtrip.ipynb", Ipynb.Notebook(
            Ipynb.Markdown("Some *markdown*\n\n- item"),
            Ipynb.Code("var x = \"quote \\\" and </script>\";\nx"),
            Ipynb.Code("let y = 1", kernelName: "fsharp")));
        var executed = (await Run.File(source)).Notebook;
        var target = Path.Combine(folder.Root, "written.ipynb");

        NotebookWriter.WriteIpynb(executed, target);
        var reread = NotebookReader.Read(target);

        Assert.Equal(
            executed.Cells.Select(c => (c.Kind, c.Language, c.Source)),
            reread.Cells.Select(c => (c.Kind, c.Language, c.Source)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(NotebookReader.Read(source).Metadata!), JsonNode.Parse(reread.Metadata!)));
    }

    [Fact]
    public async Task A_dib_notebook_gets_polyglot_csharp_metadata()
    {
        var source = folder.Write("from-dib.dib", "#!markdown\n# Title\n#!csharp\n1 + 1");
        var executed = (await Run.File(source)).ShouldSucceed().Notebook;
        var target = Path.Combine(folder.Root, "from-dib.ipynb");

        NotebookWriter.WriteIpynb(executed, target);

        using var document = JsonDocument.Parse(File.ReadAllText(target));
        var metadata = document.RootElement.GetProperty("metadata");
        Assert.Equal(".net-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("C#", metadata.GetProperty("kernelspec").GetProperty("language").GetString());
        Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        var code = document.RootElement.GetProperty("cells")[1];
        Assert.Equal("csharp", code.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        Assert.Equal("csharp", NotebookReader.Read(target).Cells[1].Language);
    }

    [Fact]
    public void Any_cell_source_survives_writing_and_reading()
    {
        var sourceText = Gen.Frequency(
            (4, Gen.String[Gen.Char.AlphaNumeric, 0, 20]),
            (1, Gen.Const("\n")),
            (1, Gen.Const("\"\\</script>&<>")),
            (1, Gen.String[Gen.Char['\u0001', '\uD7FF'], 0, 5]))
            .Array[0, 8]
            .Select(parts => string.Concat(parts).Replace("\r", ""));
        var cellGen = Gen.Select(sourceText, Gen.Bool, (text, isCode) => isCode
            ? new NotebookCell(CellKind.Code, text, "csharp", [new StreamOutput("stdout", text)], 1)
            : new NotebookCell(CellKind.Markdown, text, "markdown", []));

        cellGen.Array[0, 5].Sample(cells =>
        {
            var path = Path.Combine(folder.Root, $"property-{Guid.NewGuid():N}.ipynb");
            NotebookWriter.WriteIpynb(new Notebook(path, cells), path);
            var reread = NotebookReader.Read(path);
            return reread.Cells.Select(c => (c.Kind, c.Source)).SequenceEqual(cells.Select(c => (c.Kind, c.Source)));
        }, iter: 200);
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_previous_file_and_no_temporary_file()
    {
        var target = folder.Write(Path.Combine("out", "kept.ipynb"), "previous content");
        var before = File.ReadAllBytes(target);
        var notebook = new Notebook(target, [
            new NotebookCell(CellKind.Code, "1", "csharp", [new StreamOutput("stdout", "fine")], 1),
            new NotebookCell(CellKind.Code, "2", "csharp", [new UnknownOutput()], 2),
        ]);

        var error = Assert.Throws<NotSupportedException>(() => NotebookWriter.WriteIpynb(notebook, target));

        Assert.Contains("UnknownOutput", error.Message);
        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Atomic_write_creates_nothing_when_the_content_writer_throws()
    {
        var target = Path.Combine(folder.Root, "never", "half.ipynb");

        Assert.Throws<IOException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("{\"cells\": ["u8);
            throw new IOException("disk full");
        }));

        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private sealed record UnknownOutput : CellOutput;
}
