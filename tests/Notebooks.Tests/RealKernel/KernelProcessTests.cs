namespace Notebooks.Tests.RealKernel;

/// <summary>
/// The client that drives the final kernel reports what VS Code would show, and never blocks: these checks are what
/// make a green notebook run in <see cref="RealKernelNotebookTests"/> mean something.
/// </summary>
public class KernelProcessTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task State_stdout_and_return_values_come_back_per_cell()
    {
        await using var kernel = await RealKernelRuns.StartKernelAsync(RepositoryPaths.NotebooksDirectory, RealKernelRuns.English);

        var first = await kernel.SubmitAsync("var answer = 6 * 7;\nConsole.WriteLine($\"answer {answer}\");", "csharp", Quick);
        var second = await kernel.SubmitAsync("answer + 1", "csharp", Quick);

        Assert.True(first.Succeeded, first.FailureMessage);
        Assert.Equal("answer 42\n", first.Stdout.ToString().Replace("\r\n", "\n"));
        Assert.True(second.Succeeded, second.FailureMessage);
        // The kernel formats a return value as HTML, as VS Code shows it.
        Assert.Contains(second.Values, v => v.TryGetValue("text/html", out var html) && html.Contains("<pre>43</pre>"));
    }

    [Fact]
    public async Task A_compile_error_and_a_runtime_error_fail_their_cell_with_the_kernels_message()
    {
        await using var kernel = await RealKernelRuns.StartKernelAsync(RepositoryPaths.NotebooksDirectory, RealKernelRuns.English);

        var compile = await kernel.SubmitAsync("int x = \"not a number\";", "csharp", Quick);
        var runtime = await kernel.SubmitAsync("throw new InvalidOperationException(\"boom from a cell\");", "csharp", Quick);
        var after = await kernel.SubmitAsync("1 + 1", "csharp", Quick);

        Assert.False(compile.Succeeded);
        Assert.Contains("CS0029", compile.FailureMessage);
        Assert.False(runtime.Succeeded);
        Assert.Contains("boom from a cell", runtime.FailureMessage);
        Assert.True(after.Succeeded, "the kernel keeps running after a failed cell");
    }

    [Fact]
    public async Task A_hung_cell_fails_within_its_time_limit_and_the_kernel_is_stopped()
    {
        await using var kernel = await RealKernelRuns.StartKernelAsync(RepositoryPaths.NotebooksDirectory, RealKernelRuns.English);
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAsync<KernelProcessException>(
            () => kernel.SubmitAsync("while (true) { }", "csharp", TimeSpan.FromSeconds(10)));

        Assert.Contains("did not run the cell", error.Message);
        Assert.Contains("within 10 s", error.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromMinutes(2), "the time limit ends the wait");
        await Assert.ThrowsAsync<KernelProcessException>(() => kernel.SubmitAsync("1", "csharp", Quick));
    }

    [Fact]
    public async Task A_kernel_that_exits_fails_the_cell_with_its_exit_code()
    {
        await using var kernel = await RealKernelRuns.StartKernelAsync(RepositoryPaths.NotebooksDirectory, RealKernelRuns.English);

        var error = await Assert.ThrowsAsync<KernelProcessException>(
            () => kernel.SubmitAsync("Environment.Exit(3);", "csharp", Quick));

        Assert.Contains("exit code 3", error.Message);
    }

    /// <summary>Without this, the decimal-comma run of the notebooks would prove nothing.</summary>
    [Fact]
    public async Task The_readers_culture_reaches_the_kernel()
    {
        await using var kernel = await RealKernelRuns.StartKernelAsync(RepositoryPaths.NotebooksDirectory, RealKernelRuns.German);

        var culture = await kernel.SubmitAsync(
            "Console.Write($\"{System.Globalization.CultureInfo.CurrentCulture.Name} {1.5}\");", "csharp", Quick);

        Assert.True(culture.Succeeded, culture.FailureMessage);
        Assert.Equal("de-DE 1,5", culture.Stdout.ToString());
    }

    [Fact]
    public async Task Relative_paths_start_at_the_notebooks_folder_as_in_VS_Code()
    {
        await using var kernel = await RealKernelRuns.StartKernelAsync(RepositoryPaths.NotebooksDirectory, RealKernelRuns.English);

        var cwd = await kernel.SubmitAsync("Console.Write(System.IO.Directory.GetCurrentDirectory());", "csharp", Quick);

        Assert.Equal(Path.GetFullPath(RepositoryPaths.NotebooksDirectory).TrimEnd('/'), cwd.Stdout.ToString().TrimEnd('/'));
    }
}
