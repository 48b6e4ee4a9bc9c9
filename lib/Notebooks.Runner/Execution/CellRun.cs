using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>How long one executed code cell took and whether it succeeded.</summary>
/// <param name="CellNumber">1-based, counting every cell (markdown included) as the editor shows them.</param>
/// <param name="Duration">Wall time: directives, compilation, execution and output formatting.</param>
/// <param name="Succeeded">False if the cell recorded an <see cref="ErrorOutput"/>.</param>
public sealed record CellRun(int CellNumber, TimeSpan Duration, bool Succeeded);
