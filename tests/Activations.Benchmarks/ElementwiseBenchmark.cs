using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Activations.Benchmarks;

/// <summary>
/// What every benchmark class shares: N inputs drawn once (uniform on [−8, 8], the working range of
/// activations, where every library kernel stays on its vector path), the destinations, and the
/// <c>Span.CopyTo</c> baselines that read and write the same bytes. Float and double are separate
/// categories, each with its own copy baseline.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public abstract class ElementwiseBenchmark
{
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>1024, 65536, 1048576, or the comma-separated list in ACTIVATIONS_BENCH_SIZES.</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("ACTIVATIONS_BENCH_SIZES") ?? "1024,65536,1048576")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(int.Parse);

    protected float[] Xf = [];
    protected float[] Yf = [];
    protected double[] Xd = [];
    protected double[] Yd = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12345);
        Xd = new double[N];
        for (int i = 0; i < N; i++)
        {
            Xd[i] = random.NextDouble() * 16 - 8;
        }

        Xf = Array.ConvertAll(Xd, v => (float)v);
        Yd = new double[N];
        Yf = new float[N];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("float")]
    public void CopyFloat() => Xf.AsSpan().CopyTo(Yf);

    [Benchmark(Baseline = true), BenchmarkCategory("double")]
    public void CopyDouble() => Xd.AsSpan().CopyTo(Yd);
}
