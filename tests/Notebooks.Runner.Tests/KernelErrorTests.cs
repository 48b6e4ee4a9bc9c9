using Notebooks.Model;

namespace Notebooks.Runner.Tests;

/// <summary>What the real kernel reports for broken cells, located in the notebook; execution stops there.</summary>
public sealed class KernelErrorTests
{
    [Fact]
    public async Task A_compile_error_names_notebook_cell_and_the_line_in_the_cell_below_a_directive()
    {
        var result = await Run.CSharp(
            "var a = 1;",
            "#r \"nuget: MathNet.Numerics, 5.0.0\"\nvar b = 2;\nint c = \"no\";",
            "var never = 3;");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal((2, 3), (failure.CellNumber, failure.Line));
        Assert.StartsWith("fixture.ipynb, cell 2, line 3: error CS0029:", failure.Message);
        var error = Assert.IsType<ErrorOutput>(result.Outputs(2).Last());
        Assert.Equal(failure.Message, error.Message);
        Assert.Empty(result.Outputs(3));
        Assert.Null(result.Notebook.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task A_runtime_error_names_notebook_cell_and_exception()
    {
        var result = await Run.CSharp("Console.WriteLine(\"before\");\nthrow new InvalidOperationException(\"boom\");");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.Equal("fixture.ipynb, cell 1: System.InvalidOperationException: boom", failure.Message);
        Assert.Collection(result.Outputs(1),
            o => Assert.Equal("before\n", Assert.IsType<StreamOutput>(o).Text),
            o => Assert.Contains("boom", string.Join('\n', Assert.IsType<ErrorOutput>(o).Traceback)));
    }

    [Fact]
    public async Task An_unknown_package_is_named()
    {
        var result = await Run.CSharp("#r \"nuget: Notebooks.Runner.NoSuchPackage, 1.0.0\"");

        var failure = Assert.IsType<NotebookFailure>(result.Failure);
        Assert.StartsWith("fixture.ipynb, cell 1", failure.Message);
        Assert.Contains("Notebooks.Runner.NoSuchPackage", failure.Message);
    }
}
