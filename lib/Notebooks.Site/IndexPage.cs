using System.Text;

namespace Notebooks.Site;

/// <summary><c>index.html</c>: the collection's title, introduction and its notebooks in order.</summary>
internal static class IndexPage
{
    public static string Render(IReadOnlyList<NotebookOverview> notebooks, SiteOptions options)
    {
        var body = new StringBuilder();
        body.Append("<main class=\"index\">\n")
            .Append("<h1>").Append(Html.Escape(options.Title)).Append("</h1>\n")
            .Append("<div class=\"intro\">\n").Append(NotebookMarkdown.ToHtml(options.Introduction)).Append("</div>\n");

        if (notebooks.Count == 0)
        {
            body.Append("<p class=\"empty\">No notebooks have been published yet.</p>\n");
        }
        else
        {
            body.Append("<ol class=\"notebook-list\">\n");
            foreach (var notebook in notebooks) body.Append(Entry(notebook));
            body.Append("</ol>\n");
        }

        body.Append("</main>\n").Append(SiteFooter.Html);
        return PageLayout.Document(options.Title, "page-index", body.ToString(), loadsPlotly: false);
    }

    private static string Entry(NotebookOverview notebook)
    {
        var pageUrl = Html.RelativeUrl(notebook.PageFileName);
        var entry = new StringBuilder("<li class=\"notebook-entry\">\n");
        entry.Append("<h2><a href=\"").Append(pageUrl).Append("\">").Append(notebook.TitleHtml).Append("</a></h2>\n");
        if (notebook.SummaryHtml is not null)
            entry.Append("<p class=\"summary\">").Append(notebook.SummaryHtml).Append("</p>\n");
        entry.Append("<p class=\"notebook-meta\">").Append(SourceCredit.ToHtml(notebook.Source))
            .Append(" · ").Append(RunStatus.ToHtml(notebook, pageUrl))
            .Append(" · <a class=\"download\" download href=\"").Append(Html.RelativeUrl(notebook.ExecutedNotebookPath))
            .Append("\">.ipynb</a></p>\n")
            .Append("</li>\n");
        return entry.ToString();
    }
}
