using System.Text.Json;
using System.Text.Json.Serialization;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// One line of JSON a worker writes to its standard output: a code cell starts (<c>started</c>), a code
/// cell completed with its outputs (<c>completed</c>), the notebook is done (<c>finished</c>).
/// </summary>
/// <param name="Event"><c>started</c>, <c>completed</c> or <c>finished</c>.</param>
/// <param name="Cell">0-based index of the cell in the document.</param>
/// <param name="Seconds">How long the cell took (completed).</param>
/// <param name="Outputs">The cell's outputs (completed).</param>
/// <param name="FailureLine">The failing line within the cell, when known (completed, failed cells).</param>
/// <param name="Failed">Whether the cell failed (completed).</param>
internal sealed record WorkerMessage(
    string Event,
    int Cell = -1,
    double Seconds = 0,
    IReadOnlyList<WorkerOutput>? Outputs = null,
    int? FailureLine = null,
    bool Failed = false)
{
    /// <summary>Marks protocol lines: anything else on the worker's stdout is not the runner's.</summary>
    public const string Prefix = "@notebooks-runner ";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToLine() => Prefix + JsonSerializer.Serialize(this, Options);

    public static WorkerMessage? TryParse(string line) =>
        line.StartsWith(Prefix, StringComparison.Ordinal)
            ? JsonSerializer.Deserialize<WorkerMessage>(line.AsSpan(Prefix.Length), Options)
            : null;
}

/// <summary>A <see cref="CellOutput"/> as it crosses from the worker to the runner.</summary>
internal sealed record WorkerOutput(
    string Type,
    string? Name = null,
    string? Text = null,
    IReadOnlyDictionary<string, string>? Data = null,
    IReadOnlyList<string>? Traceback = null)
{
    public static WorkerOutput From(CellOutput output) => output switch
    {
        StreamOutput s => new WorkerOutput("stream", s.Name, s.Text),
        DisplayOutput d => new WorkerOutput(d.IsExecuteResult ? "execute_result" : "display_data", Data: d.Data),
        ErrorOutput e => new WorkerOutput("error", e.Name, e.Message, Traceback: e.Traceback),
        _ => throw new NotSupportedException($"output of type {output.GetType().Name}"),
    };

    public CellOutput ToOutput() => Type switch
    {
        "stream" => new StreamOutput(Name ?? "stdout", Text ?? ""),
        "execute_result" => new DisplayOutput(Data ?? new Dictionary<string, string>(), IsExecuteResult: true),
        "display_data" => new DisplayOutput(Data ?? new Dictionary<string, string>()),
        "error" => new ErrorOutput(Name ?? "Error", Text ?? "", Traceback ?? []),
        _ => throw new NotSupportedException($"worker output of type '{Type}'"),
    };
}
