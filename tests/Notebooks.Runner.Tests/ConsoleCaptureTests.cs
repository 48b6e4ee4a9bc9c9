using Notebooks.Model;

namespace Notebooks.Runner.Tests;

public sealed class ConsoleCaptureTests
{
    [Fact]
    public async Task Stdout_and_stderr_become_stream_outputs_merged_in_order()
    {
        var result = (await Run.CSharp("""
            Console.Write("a");
            Console.WriteLine("b");
            Console.Out.WriteLine(3.5);
            display("shown");
            Console.Error.WriteLine("warning");
            Console.WriteLine("after");
            """)).ShouldSucceed();

        Assert.Collection(result.Outputs(1),
            o => Assert.Equal(new StreamOutput("stdout", "ab\n3.5\n"), o),
            o => Assert.Equal("shown", o.PlainText()),
            o => Assert.Equal(new StreamOutput("stderr", "warning\n"), o),
            o => Assert.Equal(new StreamOutput("stdout", "after\n"), o));
    }

    [Fact]
    public async Task Output_from_tasks_started_by_a_cell_reaches_that_cell()
    {
        var result = (await Run.CSharp("await Task.Run(() => Console.WriteLine(\"from the pool\"));")).ShouldSucceed();

        Assert.Equal(new StreamOutput("stdout", "from the pool\n"), Assert.Single(result.Outputs(1)));
    }

    [Fact]
    public async Task Notebooks_running_in_parallel_keep_their_own_output()
    {
        static string Writer(string tag) => $$"""
            for (var i = 0; i < 40; i++)
            {
                Console.WriteLine("{{tag}}" + i);
                await Task.Yield();
            }
            """;

        var runs = await Task.WhenAll(Run.CSharp(Writer("left")), Run.CSharp(Writer("right")));

        foreach (var (result, tag) in runs.Zip(["left", "right"]))
        {
            result.ShouldSucceed();
            var text = Assert.IsType<StreamOutput>(Assert.Single(result.Outputs(1))).Text;
            Assert.Equal(string.Concat(Enumerable.Range(0, 40).Select(i => $"{tag}{i}\n")), text);
        }
    }
}
