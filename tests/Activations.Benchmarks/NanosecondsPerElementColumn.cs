using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Activations.Benchmarks;

/// <summary>Mean time divided by the element count N: the figure to compare across sizes and with numpy.</summary>
public sealed class NanosecondsPerElementColumn : IColumn
{
    public string Id => nameof(NanosecondsPerElementColumn);
    public string ColumnName => "ns/elem";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mean time per element in nanoseconds";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        object? n = benchmarkCase.Parameters["N"];
        if (report?.ResultStatistics is null || n is not int count)
        {
            return "-";
        }

        return (report.ResultStatistics.Mean / count).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
    }
}
