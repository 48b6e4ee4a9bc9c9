using System.Text;
using Notebooks.Model;

namespace Notebooks.Site;

/// <summary>The page of one executed notebook: prose, highlighted code, outputs, and links around it.</summary>
internal static class NotebookPage
{
    /// <summary>Renders <c>&lt;name&gt;.html</c>.</summary>
    /// <param name="overview">The notebook and what was read from it.</param>
    /// <param name="previous">The notebook before it in the collection, or null.</param>
    /// <param name="next">The notebook after it, or null.</param>
    /// <param name="position">1-based position in the collection.</param>
    /// <param name="count">Number of notebooks in the collection.</param>
    /// <param name="options">The collection's title.</param>
    /// <exception cref="FormatException">A cell or output is malformed; the message names notebook and cell.</exception>
    public static string Render(NotebookOverview overview, NotebookOverview? previous, NotebookOverview? next,
        int position, int count, SiteOptions options)
    {
        var notebook = overview.Notebook;
        var body = new StringBuilder();
        body.Append("<header class=\"site-header\"><nav class=\"site-nav\">")
            .Append("<a class=\"home\" href=\"index.html\">").Append(Html.Escape(options.Title)).Append("</a>")
            .Append("<span class=\"position\">Notebook ").Append(position).Append(" of ").Append(count).Append("</span>")
            .Append("</nav></header>\n")
            .Append("<main class=\"notebook\">\n");

        var info = InfoBox(overview);
        if (!overview.TitleIsInProse)
            body.Append("<h1 class=\"notebook-title\">").Append(overview.TitleHtml).Append("</h1>\n").Append(info);

        var headingIds = new HashSet<string>(StringComparer.Ordinal);
        var infoShown = !overview.TitleIsInProse;
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index] ?? throw new FormatException($"Notebook '{notebook.Path}': cell {index + 1} is null.");
            body.Append(Cell(cell, index + 1, notebook.Path, headingIds));
            // The title is the first markdown cell's heading: the credits follow the cell that shows it.
            if (!infoShown && cell.Kind == CellKind.Markdown)
            {
                body.Append(info);
                infoShown = true;
            }
        }
        if (!infoShown) body.Append(info);

        body.Append("</main>\n")
            .Append(Pager(previous, next))
            .Append(SiteFooter.Html);
        return PageLayout.Document($"{overview.TitleText} — {options.Title}", "page-notebook", body.ToString(), loadsPlotly: true);
    }

    private static string InfoBox(NotebookOverview overview) =>
        "<aside class=\"notebook-info\"><p>" + SourceCredit.ToHtml(overview.Source) + "</p><p>"
        + RunStatus.ToHtml(overview, "") + " · <a class=\"download\" download href=\""
        + Html.RelativeUrl(overview.ExecutedNotebookPath) + "\">Download the executed notebook (.ipynb)</a></p></aside>\n";

    private static string Cell(NotebookCell cell, int number, string notebookPath, ISet<string> headingIds)
    {
        var where = $"Notebook '{notebookPath}', cell {number}";
        switch (cell.Kind)
        {
            case CellKind.Markdown:
                var document = NotebookMarkdown.Parse(cell.Source);
                NotebookMarkdown.MakeHeadingIdsUnique(document, headingIds);
                return $"<section class=\"cell cell-markdown\" id=\"cell-{number}\">\n{NotebookMarkdown.ToHtml(document)}</section>\n";

            case CellKind.Code:
                var count = cell.ExecutionCount?.ToString() ?? " ";
                return $"<section class=\"cell cell-code\" id=\"cell-{number}\">\n"
                    + $"<div class=\"cell-input\"><div class=\"prompt\">In [{count}]:</div>{CodeHighlighter.ToHtml(cell.Source, cell.Language)}</div>\n"
                    + (cell.Outputs.Count == 0 ? "" : $"<div class=\"cell-outputs\">\n{OutputRenderer.ToHtml(cell.Outputs, cell.ExecutionCount, where)}</div>\n")
                    + "</section>\n";

            case CellKind.Raw:
                return $"<section class=\"cell cell-raw\" id=\"cell-{number}\"><pre>{Html.Escape(cell.Source)}</pre></section>\n";

            default:
                throw new FormatException($"{where}: unknown cell kind {cell.Kind}.");
        }
    }

    private static string Pager(NotebookOverview? previous, NotebookOverview? next)
    {
        var html = new StringBuilder("<nav class=\"pager\" aria-label=\"Other notebooks\">");
        html.Append(previous is null
            ? "<span class=\"pager-previous\"></span>"
            : $"<a class=\"pager-previous\" rel=\"prev\" href=\"{Html.RelativeUrl(previous.PageFileName)}\"><span class=\"pager-label\">← Previous</span>{previous.TitleHtml}</a>");
        html.Append("<a class=\"pager-index\" href=\"index.html\">All notebooks</a>");
        html.Append(next is null
            ? "<span class=\"pager-next\"></span>"
            : $"<a class=\"pager-next\" rel=\"next\" href=\"{Html.RelativeUrl(next.PageFileName)}\"><span class=\"pager-label\">Next →</span>{next.TitleHtml}</a>");
        html.Append("</nav>\n");
        return html.ToString();
    }
}
