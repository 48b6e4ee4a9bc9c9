using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Notebooks.Model;

namespace Notebooks.Site;

/// <summary>What the index and the neighbouring pages need to know about one notebook.</summary>
/// <param name="Notebook">The executed notebook.</param>
/// <param name="TitleText">Plain-text title (for <c>&lt;title&gt;</c> and link text), not escaped.</param>
/// <param name="TitleHtml">The title as inline HTML (math kept for KaTeX); never contains links.</param>
/// <param name="TitleIsInProse">True when the title came from the first cell's <c># </c> heading, which the page shows anyway.</param>
/// <param name="SummaryHtml">The notebook's first paragraph of prose as inline HTML, or null.</param>
/// <param name="Source">The source article credited in metadata, null for an original notebook.</param>
/// <param name="ErrorCount">How many error outputs the run produced.</param>
/// <param name="FirstErrorCell">The 1-based number of the first cell with an error, or null.</param>
internal sealed record NotebookOverview(
    Notebook Notebook,
    string TitleText,
    string TitleHtml,
    bool TitleIsInProse,
    string? SummaryHtml,
    SourceArticle? Source,
    int ErrorCount,
    int? FirstErrorCell)
{
    /// <summary>The page's file name in the site, <c>&lt;name&gt;.html</c>.</summary>
    public string PageFileName => Notebook.Name + ".html";

    /// <summary>Where the runner writes the executed notebook, relative to the site root.</summary>
    public string ExecutedNotebookPath => $"notebooks/{Notebook.Name}.ipynb";

    /// <summary>Reads title, summary, source article and error count from an executed notebook.</summary>
    /// <exception cref="FormatException">The notebook's metadata is malformed (see <see cref="SourceArticle.FromNotebookMetadata"/>).</exception>
    public static NotebookOverview Of(Notebook notebook)
    {
        var firstMarkdown = notebook.Cells.FirstOrDefault(cell => cell.Kind == CellKind.Markdown);
        var document = firstMarkdown is null ? null : NotebookMarkdown.Parse(firstMarkdown.Source);

        var heading = document?.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var titleText = heading is null ? "" : NotebookMarkdown.PlainText(heading);
        var titleFromHeading = titleText.Length > 0;
        if (!titleFromHeading) titleText = notebook.Name;
        // The title becomes link text on the index and in the pager, so a heading with links is shown as plain text.
        var titleHtml = heading is not null && titleFromHeading && !heading.Descendants<LinkInline>().Any()
            ? NotebookMarkdown.InlineHtml(heading)
            : Html.Escape(titleText);

        // The first paragraph of prose, usually right under the title in the same cell.
        var paragraph = notebook.Cells
            .Where(cell => cell.Kind == CellKind.Markdown)
            .Select(cell => ReferenceEquals(cell, firstMarkdown) ? document! : NotebookMarkdown.Parse(cell.Source))
            .Select(markdown => markdown.OfType<ParagraphBlock>().FirstOrDefault())
            .FirstOrDefault(found => found is not null);
        var summary = paragraph is null ? null : NotebookMarkdown.InlineHtml(paragraph).Trim();

        var errorCells = notebook.Cells
            .Select((cell, index) => (Number: index + 1, Errors: cell.Outputs.Count(output => output is ErrorOutput)))
            .Where(cell => cell.Errors > 0)
            .ToList();

        return new NotebookOverview(
            notebook,
            titleText,
            titleHtml,
            titleFromHeading,
            string.IsNullOrEmpty(summary) ? null : summary,
            SourceArticle.FromNotebookMetadata(notebook.Metadata, notebook.Path),
            errorCells.Sum(cell => cell.Errors),
            errorCells.Count > 0 ? errorCells[0].Number : null);
    }
}
