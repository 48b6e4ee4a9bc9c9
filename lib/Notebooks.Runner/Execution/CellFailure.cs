using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>Why a cell failed: the error output it records and the line within the cell, when known.</summary>
internal sealed record CellFailure(ErrorOutput Output, int? Line);
