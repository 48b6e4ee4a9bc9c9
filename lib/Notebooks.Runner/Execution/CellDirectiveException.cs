namespace Notebooks.Runner;

/// <summary>A kernel directive in a cell that the runner cannot honour (unsupported magic, kernel or package).</summary>
/// <param name="line">The 1-based line within the cell.</param>
/// <param name="errorName">The error kind recorded as <see cref="Notebooks.Model.ErrorOutput.Name"/>.</param>
/// <param name="message">What is wrong, naming the directive.</param>
internal sealed class CellDirectiveException(int line, string errorName, string message) : Exception(message)
{
    public int Line { get; } = line;

    public string ErrorName { get; } = errorName;
}
