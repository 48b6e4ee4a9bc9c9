using System.Text.Json.Nodes;
using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class IpynbReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_cells_in_order_joining_source_arrays_and_keeping_metadata()
    {
        var path = folder.Write("intro.ipynb", Ipynb.Notebook(
            Ipynb.Markdown("# Sigmoid\nThe logistic function."),
            Ipynb.Code("var x = 1;\nx + 1")));

        var notebook = NotebookReader.Read(path);

        Assert.Equal(path, notebook.Path);
        Assert.Equal("intro", notebook.Name);
        Assert.Collection(notebook.Cells,
            markdown =>
            {
                Assert.Equal(CellKind.Markdown, markdown.Kind);
                Assert.Equal("markdown", markdown.Language);
                Assert.Equal("# Sigmoid\nThe logistic function.", markdown.Source);
            },
            code =>
            {
                Assert.Equal(CellKind.Code, code.Kind);
                Assert.Equal("csharp", code.Language);
                Assert.Equal("var x = 1;\nx + 1", code.Source);
                Assert.Empty(code.Outputs);
                Assert.Null(code.ExecutionCount);
                Assert.Contains("\"kernelName\":\"csharp\"", code.Metadata);
            });
        var metadata = JsonNode.Parse(notebook.Metadata!)!;
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
    }

    [Fact]
    public void Accepts_source_as_one_string_and_normalises_line_endings()
    {
        var cell = Ipynb.Code("");
        cell["source"] = "var a = 1;\r\nvar b = 2;\rvar c = 3;";
        var path = folder.Write("crlf.ipynb", Ipynb.Notebook(cell));

        Assert.Equal("var a = 1;\nvar b = 2;\nvar c = 3;", NotebookReader.Read(path).Cells[0].Source);
    }

    [Fact]
    public void Code_cell_kernel_falls_back_from_polyglot_metadata_to_dotnet_interactive_to_notebook_default()
    {
        var dotnetInteractive = Ipynb.Code("let x = 1", kernelName: null);
        dotnetInteractive["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "fsharp" } };
        var alias = Ipynb.Code("Get-Date", kernelName: "powershell");
        var noMetadata = Ipynb.Code("x", kernelName: null);
        noMetadata.Remove("metadata");
        var path = folder.Write("kernels.ipynb", Ipynb.NotebookWithMetadata(Ipynb.PolyglotMetadata(defaultKernel: "fsharp"),
            Ipynb.Code("1", kernelName: "csharp"), dotnetInteractive, alias, noMetadata));

        var languages = NotebookReader.Read(path).Cells.Select(c => c.Language);

        Assert.Equal(["csharp", "fsharp", "pwsh", "fsharp"], languages);
    }

    [Theory]
    [InlineData(".net-fsharp", "F#", "fsharp")]
    [InlineData(".net-csharp", "C#", "csharp")]
    [InlineData(".net-pwsh", null, "pwsh")]
    [InlineData("python3", "python", "python")]
    public void Without_polyglot_metadata_the_kernelspec_gives_the_default_kernel(string name, string? language, string expected)
    {
        var kernelspec = new JsonObject { ["name"] = name };
        if (language is not null)
        {
            kernelspec["language"] = language;
        }
        var path = folder.Write("spec.ipynb", Ipynb.NotebookWithMetadata(new JsonObject { ["kernelspec"] = kernelspec }, Ipynb.Code("x", kernelName: null)));

        Assert.Equal(expected, NotebookReader.Read(path).Cells[0].Language);
    }

    [Fact]
    public void Without_any_kernel_information_code_cells_are_csharp_as_in_polyglot()
    {
        var path = folder.Write("bare.ipynb", Ipynb.NotebookWithMetadata(new JsonObject(), Ipynb.Code("x", kernelName: null)));

        Assert.Equal("csharp", NotebookReader.Read(path).Cells[0].Language);
    }

    [Fact]
    public void A_leading_kernel_line_selects_the_kernel_over_metadata()
    {
        var items = new JsonArray(
            new JsonObject { ["name"] = "csharp", ["aliases"] = new JsonArray() },
            new JsonObject { ["name"] = "sql-adventureworks", ["aliases"] = new JsonArray("aw") });
        var metadata = Ipynb.PolyglotMetadata();
        metadata["polyglot_notebook"]!["kernelInfo"]!["items"] = items;
        var path = folder.Write("selectors.ipynb", Ipynb.NotebookWithMetadata(metadata,
            Ipynb.Code("#!fsharp\nlet x = 1"),
            Ipynb.Code("\n#!c#\nvar x = 1;", kernelName: "fsharp"),
            Ipynb.Code("#!aw\nSELECT 1"),
            Ipynb.Code("#!time\nvar y = 2;")));

        var languages = NotebookReader.Read(path).Cells.Select(c => c.Language);

        Assert.Equal(["fsharp", "csharp", "sql-adventureworks", "csharp"], languages);
    }

    [Fact]
    public void Raw_cells_are_kept_as_raw()
    {
        var raw = new JsonObject { ["cell_type"] = "raw", ["metadata"] = new JsonObject(), ["source"] = "raw text" };
        var path = folder.Write("raw.ipynb", Ipynb.Notebook(raw));

        var cell = Assert.Single(NotebookReader.Read(path).Cells);

        Assert.Equal(CellKind.Raw, cell.Kind);
        Assert.Equal("raw text", cell.Source);
    }

    [Fact]
    public void Invalid_json_is_reported_with_file_and_line()
    {
        var path = folder.Write("broken.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"code\",,}\n ]\n}");

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{path}, line 3: invalid JSON", error.Message);
    }

    [Theory]
    [InlineData("""{"cells": [], "nbformat": 3}""", "nbformat 3 is not supported")]
    [InlineData("""{"cells": []}""", "missing 'nbformat'")]
    [InlineData("""{"cells": {}, "nbformat": 4}""", "'cells' must be an array")]
    [InlineData("""[1, 2]""", "must be an object")]
    [InlineData("""{"cells": [], "metadata": 1, "nbformat": 4}""", "'metadata' must be an object")]
    public void Structural_problems_name_the_file(string json, string expected)
    {
        var path = folder.Write("bad.ipynb", json);

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.StartsWith(path, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("""{"cell_type": "code", "metadata": {}, "source": [1]}""", "'source' must be a string or an array of strings")]
    [InlineData("""{"cell_type": "heading", "metadata": {}, "source": "x"}""", "unknown cell_type 'heading'")]
    [InlineData("""{"metadata": {}, "source": "x"}""", "missing 'cell_type'")]
    [InlineData("""{"cell_type": "code", "metadata": {}}""", "missing 'source'")]
    [InlineData("""{"cell_type": "code", "metadata": [], "source": "x"}""", "cell 'metadata' must be an object")]
    public void Cell_problems_name_the_cell(string badCell, string expected)
    {
        var json = $$"""{"cells": [{"cell_type": "markdown", "metadata": {}, "source": "ok"}, {{badCell}}], "nbformat": 4}""";
        var path = folder.Write("cells.ipynb", json);

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.Equal(2, error.CellNumber);
        Assert.StartsWith($"{path}, cell 2: {expected}", error.Message);
    }

    [Fact]
    public void Rejects_unknown_extensions_missing_files_and_invalid_utf8()
    {
        var text = folder.Write("notes.txt", "{}");
        Assert.Contains("unsupported file type '.txt'", Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(text)).Message);

        var missing = Path.Combine(folder.Root, "missing.ipynb");
        Assert.Equal(missing, Assert.Throws<FileNotFoundException>(() => NotebookReader.Read(missing)).FileName);

        var latin1 = Path.Combine(folder.Root, "latin1.ipynb");
        File.WriteAllBytes(latin1, [(byte)'{', 0xE9, (byte)'}']);
        Assert.Contains("not valid UTF-8", Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(latin1)).Message);

        Assert.Throws<ArgumentException>(() => NotebookReader.Read(" "));
    }
}
