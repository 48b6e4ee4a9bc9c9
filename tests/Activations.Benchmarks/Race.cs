using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;

namespace Activations.Benchmarks;

/// <summary>
/// The side-by-side run for decisions (not the committed BenchmarkDotNet results): every float span function
/// at N elements on one thread, ours against TensorPrimitives and a copy of the same bytes, the candidates of a
/// function timed in alternation (so a load spike hits them alike) and reported as medians; then
/// benchmarks/numpy_torch.py on the same N right after, and one table of ratios to the best peer.
/// Run: <c>dotnet run -c Release --project tests/Activations.Benchmarks -- race [--n 1048576] [--rounds 15]
/// [--derivatives] [--no-python] [Function ...]</c>.
/// </summary>
internal static class Race
{
    private sealed record Candidate(string Peer, Action Run);

    public static int Run(string[] args)
    {
        // Without dynamic PGO the JIT goes straight to optimized code: with it, the instrumented tier can
        // outlast any warm-up on a loaded machine (Sigmoid timed at 12 ms instead of 1). So re-run once without.
        if (Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is null && Environment.ProcessPath is { } self)
        {
            var again = new ProcessStartInfo(self) { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                again.ArgumentList.Add(typeof(Race).Assembly.Location);
            }

            again.ArgumentList.Add("race");
            foreach (string a in args)
            {
                again.ArgumentList.Add(a);
            }

            again.Environment["DOTNET_TieredPGO"] = "0";
            using Process child = Process.Start(again)!;
            child.WaitForExit();
            return child.ExitCode;
        }

        int n = 1 << 20, rounds = 15;
        bool derivatives = false, python = true;
        var only = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--n": n = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--derivatives": derivatives = true; break;
                case "--no-python": python = false; break;
                default: only.Add(args[i]); break;
            }
        }

        var random = new Random(12345);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = (float)(random.NextDouble() * 16 - 8);
        }

        var functions = Functions(x, y, derivatives)
            .Where(f => only.Count == 0 || only.Any(o => f.Name.Equals(o, StringComparison.OrdinalIgnoreCase)
                                                         || f.Name.Equals(o + "'", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Console.WriteLine($"race: float32, N = {n}, one thread, median of {rounds} alternating calls (DOTNET_TieredPGO=0), " +
                          $"{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, .NET {Environment.Version}");

        var races = functions.Select(f =>
        {
            var candidates = new List<Candidate> { new("ours", f.Library), new("copy", () => x.AsSpan().CopyTo(y)) };
            if (f.TensorPrimitives is not null)
            {
                candidates.Add(new("TensorPrimitives", f.TensorPrimitives));
            }

            return (f.Name, Candidates: candidates);
        }).ToList();
        foreach (var (_, candidates) in races) // every method to optimized code before any timing starts
        {
            WarmUp(candidates);
        }

        var ours = new Dictionary<string, (double Ours, double? Tensor, double Copy)>();
        foreach (var (name, candidates) in races)
        {
            WarmUp(candidates);
            double[] medians = Medians(candidates, rounds);
            ours[name] = (medians[0], candidates.Count > 2 ? medians[2] : null, medians[1]);
        }

        var peers = python ? NumpyTorch(n, rounds, ours.Keys) : [];
        PrintTable(ours, peers);
        return 0;
    }

    private static IEnumerable<(string Name, Action Library, Action? TensorPrimitives)> Functions(
        float[] x, float[] y, bool derivatives)
    {
        foreach (ActivationInfo info in ActivationCatalog.All.Where(a => a.IsElementwise))
        {
            BoundActivation f = info.Default;
            yield return (info.Name, () => f.Value(x, y), TensorPrimitivesForm(info.Name, x, y));
            if (derivatives)
            {
                yield return (info.Name + "'", () => f.Derivative(x, y), null);
            }
        }

        yield return ("Softmax", () => Activation.Softmax(x, y), () => TensorPrimitives.SoftMax(x, y));
        yield return ("LogSoftmax", () => Activation.LogSoftmax(x, y), null);
        yield return ("Softmin", () => Activation.Softmin(x, y), null);
    }

    private static Action? TensorPrimitivesForm(string name, float[] x, float[] y) => name switch
    {
        "Sigmoid" => () => TensorPrimitives.Sigmoid(x, y),
        "Tanh" => () => TensorPrimitives.Tanh(x, y),
        "ReLU" => () => TensorPrimitives.Max(x, 0f, y),
        "ReLU6" => () => TensorPrimitives.Clamp(x, 0f, 6f, y),
        "HardTanh" => () => TensorPrimitives.Clamp(x, -1f, 1f, y),
        _ => null,
    };

    private static void WarmUp(List<Candidate> candidates)
    {
        foreach (Candidate c in candidates)
        {
            var warm = Stopwatch.StartNew();
            for (int i = 0; i < 40 || warm.ElapsedMilliseconds < 100; i++)
            {
                c.Run();
            }
        }
    }

    /// <summary>Times one call of each candidate in turn, rounds times; the median of each.</summary>
    private static double[] Medians(List<Candidate> candidates, int rounds)
    {

        var times = candidates.Select(_ => new double[rounds]).ToArray();
        for (int r = 0; r < rounds; r++)
        {
            for (int c = 0; c < candidates.Count; c++)
            {
                long start = Stopwatch.GetTimestamp();
                candidates[c].Run();
                times[c][r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        return times.Select(Median).ToArray();
    }

    private static double Median(double[] values)
    {
        double[] sorted = values.Order().ToArray();
        int m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /// <summary>numpy's and PyTorch's medians (ms) per function, from benchmarks/numpy_torch.py run right after.</summary>
    private static Dictionary<(string Library, string Function), double> NumpyTorch(int n, int rounds, IEnumerable<string> names)
    {
        var result = new Dictionary<(string, string), double>();
        string? script = FindScript();
        if (script is null)
        {
            Console.WriteLine("(benchmarks/numpy_torch.py not found: no numpy/PyTorch columns)");
            return result;
        }

        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string a in new[] { script, n.ToString(CultureInfo.InvariantCulture), "--dtype", "float32",
                     "--median", rounds.ToString(CultureInfo.InvariantCulture),
                     "--functions", string.Join(",", names.Select(s => s.TrimEnd('\'')).Distinct().Append("copy")) })
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        foreach (string line in output.Split('\n'))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 5 && (f[0] == "numpy" || f[0] == "torch")
                && double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double ms))
            {
                result[(f[0], f[2])] = ms;
            }
        }

        Console.WriteLine(output.Split('\n').FirstOrDefault());
        return result;
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "benchmarks", "numpy_torch.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void PrintTable(Dictionary<string, (double Ours, double? Tensor, double Copy)> ours,
        Dictionary<(string Library, string Function), double> peers)
    {
        static string Ms(double? v) => v is null ? "" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine("| function | ours ms | TensorPrimitives | numpy | PyTorch | best peer | ours ÷ best | ours ÷ copy |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var (name, (mine, tensor, copy)) in ours.OrderBy(kv => kv.Value.Ours / kv.Value.Copy))
        {
            bool derivative = name.EndsWith('\'');
            double? numpy = derivative || !peers.TryGetValue(("numpy", name), out double a) ? null : a;
            double? torch = derivative || !peers.TryGetValue(("torch", name), out double b) ? null : b;
            var present = new (string Peer, double? Ms)[] { ("TensorPrimitives", tensor), ("numpy", numpy), ("PyTorch", torch) }
                .Where(p => p.Ms is not null).ToList();
            var best = present.Count == 0 ? ((string Peer, double? Ms)?)null : present.MinBy(p => p.Ms!.Value);
            string ratio = best is null ? "" : (mine / best.Value.Ms!.Value).ToString("0.00", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {name} | {Ms(mine)} | {Ms(tensor)} | {Ms(numpy)} | {Ms(torch)} | {best?.Peer} | {ratio} | " +
                              $"{(mine / copy).ToString("0.00", CultureInfo.InvariantCulture)} |");
        }
    }
}
