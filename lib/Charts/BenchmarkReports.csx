// BenchmarkReports.csx: reads the committed benchmark results and accuracy reports for notebooks 04 and 06, so
// that the notebook shows the numbers and none of the parsing.
//
//   benchmarks/results/<yyyy-MM-dd>-<commit>/report.csv      BenchmarkDotNet's joined CSV report
//   benchmarks/results/<yyyy-MM-dd>-<commit>/numpy_torch.txt benchmarks/numpy_torch.py's table
//   accuracy/float-exhaustive-<commit>.md, accuracy/double-mpfr-<commit>.md   tools/AccuracySweep's reports
//
// When a run or a report is regenerated, an older one may stay beside it: the loaders take the NEWEST,
// by the date in the folder's name or in the report's "- Date: yyyy-MM-dd" header line; between two of
// the same date, the one committed last (git log) wins, and an uncommitted one (just generated) counts
// as newer than any committed one.
//
// Load it after ActivationCharts.csx:
//     #load "../lib/Charts/BenchmarkReports.csx"

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// One timing: Method is Library, Scalar, TensorPrimitives, Copy, ScalarLoop (BenchmarkDotNet), numpy or
/// PyTorch; Type is float or double; N the number of elements; Ms the time per call in milliseconds.
/// Derivatives carry a ′ in Function (Sigmoid′).
/// </summary>
record Timing(string Function, string Method, string Type, int N, double Ms);

/// <summary>
/// The timings of one committed run, read from its folder; RunsFound counts the run folders there, and
/// PythonVersions is the first line of numpy_torch.txt (the numpy and PyTorch versions), or "".
/// </summary>
record BenchmarkRun(string Folder, int RunsFound, IReadOnlyList<Timing> Timings, string PythonVersions)
{
    public string Name => Path.GetFileName(Folder);

    /// <summary>Milliseconds per call, or NaN when the run has no such timing.</summary>
    public double Ms(string function, string method, string type, int n) =>
        Timings.SingleOrDefault(t => t.Function == function && t.Method == method && t.Type == type && t.N == n)?.Ms
        ?? double.NaN;

    /// <summary>The functions (derivatives excluded) of one element type at N, ordered by the library's time.</summary>
    public string[] FunctionsByLibraryTime(string type, int n) => Timings
        .Where(t => t.Method == "Library" && t.Type == type && t.N == n && !t.Function.EndsWith("′"))
        .OrderBy(t => t.Ms).Select(t => t.Function).ToArray();

    /// <summary>The derivatives of one element type at N, ordered by the library's time.</summary>
    public string[] DerivativesByLibraryTime(string type, int n) => Timings
        .Where(t => t.Method == "Library" && t.Type == type && t.N == n && t.Function.EndsWith("′"))
        .OrderBy(t => t.Ms).Select(t => t.Function).ToArray();
}

/// <summary>One row of an accuracy report: the largest error of a function on one path, and where.</summary>
record ErrorRow(string Function, string Path, double MaxUlp, string AtX);

/// <summary>An accuracy report: its file, how many reports of its kind were found, its status line, its table.</summary>
record AccuracyReport(string File, int ReportsFound, string Status, string[] TableLines, IReadOnlyList<ErrorRow> Rows)
{
    public string Name => Path.GetFileName(File);
}

/// <summary>
/// The newest run in <paramref name="resultsFolder"/> (benchmarks/results): the folder named
/// yyyy-MM-dd-&lt;commit&gt; with the latest date that holds a report.csv.
/// </summary>
/// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
/// <exception cref="FileNotFoundException">It holds no run folder with a report.csv.</exception>
BenchmarkRun LoadNewestBenchmarkRun(string resultsFolder)
{
    if (!Directory.Exists(resultsFolder))
        throw new DirectoryNotFoundException($"resultsFolder: no folder '{resultsFolder}'.");
    var runs = new List<(string Path, DateTime Date)>();
    foreach (var folder in Directory.GetDirectories(resultsFolder))
    {
        var match = Regex.Match(Path.GetFileName(folder), @"^(\d{4}-\d{2}-\d{2})-[0-9a-f]{7,40}$");
        if (match.Success && File.Exists(Path.Combine(folder, "report.csv")))
            runs.Add((folder, ParseDate(match.Groups[1].Value, folder)));
    }
    if (runs.Count == 0)
        throw new FileNotFoundException(
            $"No run in '{resultsFolder}' (a folder yyyy-MM-dd-<commit> with a report.csv): see benchmarks/README.md.");
    string newest = Newest(runs);
    var timings = ReadBenchmarkCsv(Path.Combine(newest, "report.csv")).ToList();
    string python = Path.Combine(newest, "numpy_torch.txt");
    if (File.Exists(python)) timings.AddRange(ReadNumpyTorch(python));
    string versions = File.Exists(python) ? File.ReadLines(python).FirstOrDefault() ?? "" : "";
    return new BenchmarkRun(newest, runs.Count, timings, versions);
}

/// <summary>
/// The newest report accuracy/&lt;kind&gt;-*.md in <paramref name="accuracyFolder"/> (by its "- Date:" line),
/// with the rows of its first table whose header starts with "| Function |".
/// </summary>
/// <exception cref="FileNotFoundException">No report of that kind.</exception>
/// <exception cref="FormatException">The newest report has no date line or no such table.</exception>
AccuracyReport LoadNewestAccuracyReport(string accuracyFolder, string kind)
{
    var files = Directory.Exists(accuracyFolder) ? Directory.GetFiles(accuracyFolder, kind + "-*.md") : Array.Empty<string>();
    if (files.Length == 0)
        throw new FileNotFoundException($"No {kind}-*.md in '{accuracyFolder}': see the README's Accuracy section.");
    string newest = Newest(files.Select(file => (file, ReportDate(file))).ToList());
    var lines = File.ReadAllLines(newest);
    var table = lines.SkipWhile(line => !line.StartsWith("| Function |")).TakeWhile(line => line.StartsWith("|")).ToArray();
    if (table.Length < 3) throw new FormatException($"{newest}: no '| Function | …' table with rows.");
    var header = Cells(table[0]);
    int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
        : throw new FormatException($"{newest}: the table has no column '{name}'.");
    int function = Column("Function"), path = Column("Path"), maxUlp = Column("Max error (ulp)"), atX = Column("at x");
    var rows = table.Skip(2).Select(Cells)
        .Select(c => new ErrorRow(c[function], c[path], double.Parse(c[maxUlp], CultureInfo.InvariantCulture), c[atX]))
        .ToList();
    string status = lines.FirstOrDefault(line => line.StartsWith("- Status:"))?[2..] ?? "Status: not stated";
    return new AccuracyReport(newest, files.Length, status, table, rows);
}

// ---- Parsing ----

// The cells of a Markdown table line "| a | b |" (without the empty ends).
string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();

DateTime ParseDate(string text, string source) =>
    DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        ? date : throw new FormatException($"{source}: '{text}' is not a date yyyy-MM-dd.");

// The date of a report's "- Date: yyyy-MM-dd; …" header line.
DateTime ReportDate(string file)
{
    var line = File.ReadLines(file).Take(20).FirstOrDefault(l => l.StartsWith("- Date: "));
    if (line is null || line.Length < 18) throw new FormatException($"{file}: no '- Date: yyyy-MM-dd' line in its header.");
    return ParseDate(line.Substring(8, 10), file);
}

// The path with the latest date; ties go to the one committed last, an uncommitted one first.
string Newest(IReadOnlyList<(string Path, DateTime Date)> candidates)
{
    var latest = candidates.Max(c => c.Date);
    var tied = candidates.Where(c => c.Date == latest).Select(c => c.Path).ToList();
    return tied.Count == 1 ? tied[0]
        : tied.OrderByDescending(GitCommitTime).ThenByDescending(p => p, StringComparer.Ordinal).First();
}

// Seconds since 1970 of the last commit that touched the path; long.MaxValue if it is not committed yet;
// 0 if git cannot tell (not installed, not a repository), so that the name decides.
long GitCommitTime(string path)
{
    try
    {
        var start = new ProcessStartInfo("git", new[] { "log", "-1", "--format=%ct", "--", Path.GetFileName(path) })
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(path)),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start)!;
        string output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        if (git.ExitCode != 0) return 0;
        return output.Length == 0 ? long.MaxValue : long.Parse(output, CultureInfo.InvariantCulture);
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return 0;
    }
}

// The fields of one CSV line; a quoted field may contain commas ("3,283.11 μs").
string[] CsvFields(string line)
{
    var fields = new List<string>();
    var field = new StringBuilder();
    bool quoted = false;
    foreach (char c in line)
    {
        if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
        else field.Append(c);
    }
    fields.Add(field.ToString());
    return fields.ToArray();
}

// BenchmarkDotNet's Mean, e.g. "3,283.11 μs", in milliseconds.
double Milliseconds(string mean, string file)
{
    var parts = mean.Trim().Split(' ', 2);
    if (parts.Length != 2) throw new FormatException($"{file}: Mean '{mean}' is not '<number> <unit>'.");
    double value = double.Parse(parts[0], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    return parts[1] switch
    {
        "ns" => value / 1e6,
        "μs" or "us" => value / 1e3,
        "ms" => value,
        "s" => value * 1e3,
        var unit => throw new FormatException($"{file}: unknown time unit '{unit}' in Mean '{mean}'."),
    };
}

// report.csv: Type is the benchmark class (the function, or Derivatives with the function in the Function
// column); Method ends in the element type (LibraryFloat, CopyDouble).
IEnumerable<Timing> ReadBenchmarkCsv(string file)
{
    var lines = File.ReadAllLines(file);
    var header = CsvFields(lines[0]);
    int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
        : throw new FormatException($"{file}: no column '{name}'.");
    int type = Column("Type"), method = Column("Method"), n = Column("N"), mean = Column("Mean"), function = Column("Function");
    foreach (var fields in lines.Skip(1).Where(line => line.Length > 0).Select(CsvFields))
    {
        string name = fields[method];
        string element = name.EndsWith("Float") ? "float" : name.EndsWith("Double") ? "double"
            : throw new FormatException($"{file}: method '{name}' ends in neither Float nor Double.");
        string what = fields[type] == "Derivatives" ? fields[function] + "′" : fields[type];
        yield return new Timing(what, name[..^(element == "float" ? 5 : 6)], element,
            int.Parse(fields[n], CultureInfo.InvariantCulture), Milliseconds(fields[mean], file));
    }
}

// numpy_torch.txt: "library dtype function N ms ns/elem ×copy" rows after a header (copy rows skipped).
IEnumerable<Timing> ReadNumpyTorch(string file) => File.ReadLines(file)
    .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    .Where(f => f.Length == 7 && f[0] is "numpy" or "torch" && f[2] != "copy")
    .Select(f => new Timing(f[2], f[0] == "numpy" ? "numpy" : "PyTorch", f[1] == "float32" ? "float" : "double",
        int.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)));
