using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class ErrorReportingTests
{
    [Fact]
    public async Task A_compile_error_names_notebook_cell_and_line_and_stops_the_run()
    {
        var result = await Run.Notebook(Ipynb.Notebook(
            Ipynb.Markdown("# Errors"),
            Ipynb.Code("var ok = 1;"),
            Ipynb.Code("var fine = ok;\nint wrong = \"text\";\nundefinedName();"),
            Ipynb.Code("ok")), name: "compile.ipynb");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(3)));
        Assert.Equal("CompilationErrorException", error.Name);
        Assert.Equal("compile.ipynb, cell 3, line 2: error CS0029: Cannot implicitly convert type 'string' to 'int' (and 1 more error)", error.Message);
        Assert.Equal(
            ["line 2, column 13: error CS0029: Cannot implicitly convert type 'string' to 'int'",
             "line 3, column 1: error CS0103: The name 'undefinedName' does not exist in the current context"],
            error.Traceback);

        Assert.Equal(new NotebookFailure(result.Notebook.Path, 3, 2, error.Message), result.Failure);
        Assert.Equal([new CellError(3, error)], result.Notebook.Errors());
        var unexecuted = result.Notebook.Cells[3];
        Assert.Null(unexecuted.ExecutionCount);
        Assert.Empty(unexecuted.Outputs);
    }

    [Fact]
    public async Task A_runtime_exception_names_notebook_cell_and_line_from_the_stack_trace()
    {
        var result = await Run.CSharp(
            "var values = new[] { 1.0, 2.0 };",
            "Console.WriteLine(\"before\");\n\nthrow new InvalidOperationException(\"weights must be positive\");");

        var outputs = result.Outputs(2);
        Assert.Equal(new StreamOutput("stdout", "before\n"), outputs[0]);
        var error = Assert.IsType<ErrorOutput>(outputs[1]);
        Assert.Equal("System.InvalidOperationException", error.Name);
        Assert.Equal("fixture.ipynb, cell 2, line 3: System.InvalidOperationException: weights must be positive", error.Message);
        Assert.Contains(error.Traceback, line => line.Contains("#cell-2:line 3"));
        Assert.DoesNotContain(error.Traceback, line => line.Contains("Microsoft.CodeAnalysis.Scripting"));
        Assert.Equal(3, result.Failure!.Line);
    }

    [Fact]
    public async Task An_exception_from_code_defined_in_an_earlier_cell_is_located_at_the_call_and_its_origin()
    {
        var result = await Run.CSharp(
            "double Ratio(int n, int d)\n{\n    return n / d;\n}",
            "var a = 1;\nRatio(a, 0)");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(2)));
        Assert.Equal("fixture.ipynb, cell 2, line 2: System.DivideByZeroException: Attempted to divide by zero. (thrown in cell 1, line 3)", error.Message);
    }

    [Fact]
    public async Task An_exception_after_an_await_still_has_its_line()
    {
        var result = await Run.CSharp("await Task.Delay(1);\nvar list = new List<int>();\nvar first = list[0];");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(1)));
        Assert.StartsWith("fixture.ipynb, cell 1, line 3: System.ArgumentOutOfRangeException:", error.Message);
    }

    [Fact]
    public async Task A_failing_ToString_of_the_result_is_the_cells_error()
    {
        var result = await Run.CSharp("class Bad { public override string ToString() => throw new FormatException(\"no text\"); }\nnew Bad()");

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs(1)));
        Assert.Contains("System.FormatException: no text", error.Message);
        Assert.StartsWith("fixture.ipynb, cell 1, line 1:", error.Message);
    }
}
