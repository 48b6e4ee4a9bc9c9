using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class DibReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Splits_on_kernel_lines_trims_blank_lines_and_keeps_magics_in_cells()
    {
        var path = folder.Write("tanh.dib", """
            #!meta

            {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}

            #!markdown

            # Tanh

            #!csharp

            var x = Math.Tanh(0.5);

            x

            #!c#
            #!time
            x * 2

            #!md
            Done.

            """);

        var notebook = NotebookReader.Read(path);

        Assert.Null(notebook.Metadata);
        Assert.Collection(notebook.Cells,
            c => Assert.Equal((CellKind.Markdown, "markdown", "# Tanh"), (c.Kind, c.Language, c.Source)),
            c => Assert.Equal((CellKind.Code, "csharp", "var x = Math.Tanh(0.5);\n\nx"), (c.Kind, c.Language, c.Source)),
            c => Assert.Equal((CellKind.Code, "csharp", "#!time\nx * 2"), (c.Kind, c.Language, c.Source)),
            c => Assert.Equal((CellKind.Markdown, "markdown", "Done."), (c.Kind, c.Language, c.Source)));
    }

    [Fact]
    public void Text_before_any_kernel_line_is_csharp_and_other_kernels_keep_their_names()
    {
        var path = folder.Write("mixed.dib", "var a = 1;\n#!fsharp\nlet b = 2\n#!pwsh\nGet-Date\n#!csharp\n\n\n#!csharp\na");

        var cells = NotebookReader.Read(path).Cells;

        Assert.Equal(["csharp", "fsharp", "pwsh", "csharp"], cells.Select(c => c.Language));
        Assert.Equal(["var a = 1;", "let b = 2", "Get-Date", "a"], cells.Select(c => c.Source));
    }

    [Fact]
    public void Kernels_declared_in_the_meta_block_split_cells()
    {
        var path = folder.Write("declared.dib", """
            #!meta
            {"kernelInfo":{"items":[{"name":"sql-db","aliases":["db"]}]}}
            #!db
            SELECT 1
            #!sql-db
            SELECT 2
            #!unknown
            SELECT 3
            """);

        var cells = NotebookReader.Read(path).Cells;

        Assert.Equal(["sql-db", "sql-db"], cells.Select(c => c.Language));
        Assert.Equal("SELECT 2\n#!unknown\nSELECT 3", cells[1].Source);
    }

    [Fact]
    public void Invalid_meta_json_names_file_and_line()
    {
        var path = folder.Write("badmeta.dib", "#!meta\n\n{\"kernelInfo\": \n  {oops}\n}\n#!csharp\n1");

        var error = Assert.Throws<NotebookFormatException>(() => NotebookReader.Read(path));

        Assert.Equal(4, error.Line);
        Assert.StartsWith($"{path}, line 4: invalid JSON in the #!meta block", error.Message);
    }
}
