using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Notebooks.Tests;

/// <summary>
/// The helper scripts the notebooks #load besides the chart script (lib/Charts/NaiveFormulas.csx,
/// NumericChecks.csx, BenchmarkReports.csx), each compiled on its own with Roslyn scripting and called
/// directly: the naive formulas fail the way the notebooks say, the ULP helpers measure what they claim,
/// and the report loaders pick the newest of several reports instead of throwing.
/// </summary>
public sealed class NotebookHelperScriptTests : IDisposable
{
    private static readonly Dictionary<string, Lazy<Task<ScriptState<object>>>> Scripts = new[]
    {
        "NaiveFormulas.csx", "NumericChecks.csx", "BenchmarkReports.csx",
    }.ToDictionary(name => name, name => new Lazy<Task<ScriptState<object>>>(() => Load(name)));

    private readonly string _temporary = Directory.CreateTempSubdirectory("notebook-helpers-").FullName;

    public void Dispose() => Directory.Delete(_temporary, recursive: true);

    private static Task<ScriptState<object>> Load(string name)
    {
        string path = Path.Combine(RepositoryPaths.Root, "lib", "Charts", name);
        var options = ScriptOptions.Default
            .WithReferences(typeof(Process).Assembly, typeof(Regex).Assembly, typeof(Enumerable).Assembly,
                typeof(System.ComponentModel.Win32Exception).Assembly, typeof(Console).Assembly)
            .WithFilePath(path);
        return CSharpScript.RunAsync(File.ReadAllText(path), options);
    }

    private static async Task<T> Evaluate<T>(string script, string code) =>
        (await (await Scripts[script].Value).ContinueWithAsync<T>(code)).ReturnValue;

    private static string Literal(string path) => "@\"" + path.Replace("\"", "\"\"") + "\"";

    // ---- NaiveFormulas.csx: each formula fails where the notebooks show it failing ----

    [Fact]
    public async Task The_naive_formulas_fail_where_the_notebooks_say()
    {
        Assert.True(await Evaluate<bool>("NaiveFormulas.csx", "double.IsNaN(NaiveTanh(710))"));
        Assert.Equal(1.0, await Evaluate<double>("NaiveFormulas.csx", "NaiveTanh(709)"));
        Assert.Equal(0.0, await Evaluate<double>("NaiveFormulas.csx", "NaiveSigmoidDerivative(40)"));
        Assert.Equal(0.0, await Evaluate<double>("NaiveFormulas.csx", "NaiveTanhDerivative(20)"));
        Assert.Equal(0.0, await Evaluate<double>("NaiveFormulas.csx", "NaiveTanhShrink(1e-8)"));
        Assert.Equal(0.0, await Evaluate<double>("NaiveFormulas.csx", "NaiveSigmoid(-740)"));
        Assert.True(await Evaluate<bool>("NaiveFormulas.csx", "double.IsPositiveInfinity(NaiveSoftplus(710))"));
        Assert.Equal(6.0, await Evaluate<double>("NaiveFormulas.csx", "NaiveLeakyReLU(3, 2)"));
        Assert.Equal(0.0, await Evaluate<double>("NaiveFormulas.csx", "NaiveReLU(double.NaN)"));
        Assert.True(await Evaluate<float>("NaiveFormulas.csx", "NaiveTanhShrinkFloat(1e-4f)") < 0);
    }

    // ---- NumericChecks.csx ----

    [Fact]
    public async Task Ulps_are_the_gaps_to_the_next_number()
    {
        Assert.Equal(Math.Pow(2, -52), await Evaluate<double>("NumericChecks.csx", "Ulp(1.0)"));
        Assert.Equal(double.Epsilon, await Evaluate<double>("NumericChecks.csx", "Ulp(0.0)"));
        Assert.Equal(MathF.Pow(2, -23), await Evaluate<float>("NumericChecks.csx", "FloatUlp(1f)"));
        Assert.Equal(Math.Pow(2, -23), await Evaluate<double>("NumericChecks.csx", "FloatUlpAt(1.5)"));
        Assert.Equal(Math.Pow(2, -149), await Evaluate<double>("NumericChecks.csx", "FloatUlpAt(1e-45)"));
        // hi + lo with lo a quarter ULP: the exact hi is a quarter ULP away.
        Assert.Equal(0.25, await Evaluate<double>("NumericChecks.csx", "UlpError(1.0, 1.0, Ulp(1.0) / 4)"));
        Assert.Equal("∞", await Evaluate<string>("NumericChecks.csx", "FormatUlps(double.PositiveInfinity)"));
    }

    [Fact]
    public async Task CentralDifference_estimates_a_derivative_and_names_a_bad_step()
    {
        Assert.Equal(6.0, await Evaluate<double>("NumericChecks.csx", "CentralDifference(x => x * x, 3)"), 1e-8);
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Evaluate<double>("NumericChecks.csx", "CentralDifference(x => x, 0, 0)"));
        Assert.Equal("h", error.ParamName);
    }

    // ---- BenchmarkReports.csx: the newest of several reports and runs ----

    private string WriteReport(string name, string? date, string maxUlp)
    {
        string path = Path.Combine(_temporary, name);
        var header = date is null ? "" : $"- Date: {date}; machine: test\n";
        File.WriteAllText(path,
            $"# Report\n\n{header}- Status: complete.\n\n" +
            "| Function | Path | Max error (ulp) | at x |\n|---|---|---:|---:|\n" +
            $"| Sigmoid | scalar | {maxUlp} | 1.5 |\n| Sigmoid′ | scalar | 0.25 | -2 |\n");
        return path;
    }

    [Fact]
    public async Task The_newest_accuracy_report_is_the_one_with_the_latest_date_in_its_header()
    {
        WriteReport("float-exhaustive-aaaaaaa.md", "2026-11-24", "0.5");
        WriteReport("float-exhaustive-bbbbbbb.md", "2026-12-02", "0.375");
        WriteReport("float-exhaustive-ccccccc.md", "2026-11-30", "0.125");
        WriteReport("double-mpfr-ddddddd.md", "2027-01-01", "3");

        var report = $"LoadNewestAccuracyReport({Literal(_temporary)}, \"float-exhaustive\")";
        Assert.Equal("float-exhaustive-bbbbbbb.md", await Evaluate<string>("BenchmarkReports.csx", report + ".Name"));
        Assert.Equal(3, await Evaluate<int>("BenchmarkReports.csx", report + ".ReportsFound"));
        Assert.Equal(0.375, await Evaluate<double>("BenchmarkReports.csx", report + ".Rows[0].MaxUlp"));
        Assert.Equal("Sigmoid′", await Evaluate<string>("BenchmarkReports.csx", report + ".Rows[1].Function"));
        Assert.Equal("Status: complete.", await Evaluate<string>("BenchmarkReports.csx", report + ".Status"));
    }

    [Fact]
    public async Task Two_reports_of_the_same_date_do_not_throw()
    {
        // Outside a git repository the commit time cannot decide; the file name does, and nothing throws.
        WriteReport("float-exhaustive-aaaaaaa.md", "2026-12-02", "0.5");
        WriteReport("float-exhaustive-bbbbbbb.md", "2026-12-02", "0.375");
        var name = await Evaluate<string>("BenchmarkReports.csx",
            $"LoadNewestAccuracyReport({Literal(_temporary)}, \"float-exhaustive\").Name");
        Assert.Equal("float-exhaustive-bbbbbbb.md", name);
    }

    [Fact]
    public async Task A_report_without_a_date_or_no_report_at_all_is_a_clear_error()
    {
        var none = await Assert.ThrowsAsync<FileNotFoundException>(() => Evaluate<string>("BenchmarkReports.csx",
            $"LoadNewestAccuracyReport({Literal(_temporary)}, \"float-exhaustive\").Name"));
        Assert.Contains("float-exhaustive-*.md", none.Message);

        WriteReport("double-mpfr-aaaaaaa.md", date: null, "1");
        var undated = await Assert.ThrowsAsync<FormatException>(() => Evaluate<string>("BenchmarkReports.csx",
            $"LoadNewestAccuracyReport({Literal(_temporary)}, \"double-mpfr\").Name"));
        Assert.Contains("double-mpfr-aaaaaaa.md", undated.Message);
    }

    private void WriteRun(string folder, string libraryMean)
    {
        var path = Directory.CreateDirectory(Path.Combine(_temporary, folder)).FullName;
        File.WriteAllText(Path.Combine(path, "report.csv"),
            "Type,Method,Job,N,Function,Mean,Error\n" +
            $"Sigmoid,LibraryFloat,Short,1048576,,\"{libraryMean}\",1\n" +
            "Sigmoid,CopyFloat,Short,1048576,,\"95.2 μs\",1\n" +
            "Derivatives,LibraryDouble,Short,1024,Tanh,\"812.5 ns\",1\n");
        File.WriteAllText(Path.Combine(path, "numpy_torch.txt"),
            "numpy 1.24.2, torch 1.13.0a0 (1 thread)\nlibrary dtype function N ms ns/elem x copy\n" +
            "numpy  float32  copy     1048576  0.0900  0.086  1.00\n" +
            "torch  float32  Sigmoid  1048576  0.4990  0.476  5.54\n");
    }

    [Fact]
    public async Task The_newest_benchmark_run_is_the_folder_with_the_latest_date_and_its_timings_are_parsed()
    {
        WriteRun("2026-11-24-aaaaaaa", "1,822.30 μs");
        WriteRun("2026-12-02-bbbbbbb", "3,283.11 μs");
        Directory.CreateDirectory(Path.Combine(_temporary, "2026-12-09-ccccccc"));   // no report.csv: not a run
        Directory.CreateDirectory(Path.Combine(_temporary, "notes"));

        var run = $"LoadNewestBenchmarkRun({Literal(_temporary)})";
        Assert.Equal("2026-12-02-bbbbbbb", await Evaluate<string>("BenchmarkReports.csx", run + ".Name"));
        Assert.Equal(2, await Evaluate<int>("BenchmarkReports.csx", run + ".RunsFound"));
        Assert.Equal(3.28311, await Evaluate<double>("BenchmarkReports.csx",
            run + ".Ms(\"Sigmoid\", \"Library\", \"float\", 1048576)"), 1e-12);
        Assert.Equal(0.0008125, await Evaluate<double>("BenchmarkReports.csx",
            run + ".Ms(\"Tanh′\", \"Library\", \"double\", 1024)"), 1e-15);
        Assert.Equal(0.499, await Evaluate<double>("BenchmarkReports.csx",
            run + ".Ms(\"Sigmoid\", \"PyTorch\", \"float\", 1048576)"));
        Assert.True(double.IsNaN(await Evaluate<double>("BenchmarkReports.csx",
            run + ".Ms(\"Sigmoid\", \"TensorPrimitives\", \"float\", 1048576)")));
        Assert.Equal("numpy 1.24.2, torch 1.13.0a0 (1 thread)",
            await Evaluate<string>("BenchmarkReports.csx", run + ".PythonVersions"));
    }
}
