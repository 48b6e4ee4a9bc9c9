using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Activations.Benchmarks;

// `race`: the one-process side-by-side ratio table (Race.cs), for decisions; everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "race")
{
    return Race.Run(args[1..]);
}

// Default job: short (1 launch, 3 warm-ups, 5 iterations of ~250 ms), affordable on 2 shared cores; pass
// BenchmarkDotNet options after `--` (`--filter *Sigmoid*`, `--job medium`, `--list flat`).
// ACTIVATIONS_BENCH_SIZES (e.g. "1048576") restricts the element counts, default 1024,65536,1048576.
var shortJob = Job.Default
    .WithLaunchCount(1)
    .WithWarmupCount(3)
    .WithIterationCount(5)
    .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
    .WithId("Short");
IConfig config = DefaultConfig.Instance
    .AddJob(shortJob.AsDefault())
    .AddExporter(MarkdownExporter.GitHub, JsonExporter.Full)
    .AddColumn(new NanosecondsPerElementColumn())
    .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
BenchmarkSwitcher.FromAssembly(typeof(Activations.Benchmarks.ElementwiseBenchmark).Assembly).Run(args, config);
return 0;
