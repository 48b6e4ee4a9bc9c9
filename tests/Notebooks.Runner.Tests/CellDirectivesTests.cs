namespace Notebooks.Runner.Tests;

public sealed class CellDirectivesTests
{
    [Fact]
    public void Nuget_references_are_collected_and_blanked_keeping_line_numbers()
    {
        const string source = """
            #r "nuget: Plotly.NET, 5.1.0"
              #r "nuget:Plotly.NET.CSharp,0.13.0"
            #r "NuGet: MathNet.Numerics"
            var x = 1;
            #r "nuget: Plotly.NET.Interactive, 5.0.0" // charts
            x
            """;

        var prepared = CellDirectives.Prepare(source);

        Assert.Equal("\n\n\nvar x = 1;\n\nx", prepared.Code);
        Assert.Equal(
            [
                new PackageRequest("Plotly.NET", "5.1.0", 1),
                new PackageRequest("Plotly.NET.CSharp", "0.13.0", 2),
                new PackageRequest("MathNet.Numerics", null, 3),
                new PackageRequest("Plotly.NET.Interactive", "5.0.0", 5),
            ],
            prepared.Packages);
    }

    [Fact]
    public void The_csharp_kernel_selector_is_blanked_and_path_references_and_loads_are_left_to_roslyn()
    {
        const string source = "#!csharp\n#r \"../lib/x.dll\"\n#load \"helpers.csx\"\n#!c#\nvar y = 2;";

        var prepared = CellDirectives.Prepare(source);

        Assert.Equal("\n#r \"../lib/x.dll\"\n#load \"helpers.csx\"\n\nvar y = 2;", prepared.Code);
        Assert.Empty(prepared.Packages);
    }

    [Theory]
    [InlineData("var a = 1;\n#!time\nvar b = 2;", 2, "UnsupportedMagicCommandError", "magic command '#!time' is not supported")]
    [InlineData("#!set --value 1 --name x", 1, "UnsupportedMagicCommandError", "magic command '#!set' is not supported")]
    [InlineData("#!about", 1, "UnsupportedMagicCommandError", "magic command '#!about'")]
    [InlineData("#!fsharp\nlet x = 1", 1, "UnsupportedKernelError", "'#!fsharp' switches to the fsharp kernel")]
    [InlineData("\n\n#i \"nuget: https://example.org/feed\"", 3, "UnsupportedMagicCommandError", "'#i' (package source) is not supported")]
    [InlineData("#r \"nuget: \"", 1, "PackageNotAvailableError", "malformed package reference")]
    [InlineData("#r \"nuget: Plotly.NET, 5.1.0", 1, "PackageNotAvailableError", "malformed package reference")]
    public void Unsupported_directives_are_errors_naming_line_and_directive(string source, int line, string errorName, string message)
    {
        var error = Assert.Throws<CellDirectiveException>(() => CellDirectives.Prepare(source));

        Assert.Equal(line, error.Line);
        Assert.Equal(errorName, error.ErrorName);
        Assert.Contains(message, error.Message);
    }
}
