namespace Notebooks.Site;

/// <summary>Whether a notebook ran clean, as shown on the index and on its page.</summary>
internal static class RunStatus
{
    /// <summary>
    /// <c>✓ Ran clean</c>, or <c>✗ Ran with N errors</c> linking to the first cell that failed.
    /// </summary>
    /// <param name="overview">The notebook.</param>
    /// <param name="pageUrl">The notebook page's URL, already escaped for an attribute ("" on the page itself).</param>
    public static string ToHtml(NotebookOverview overview, string pageUrl)
    {
        if (overview.ErrorCount == 0) return "<span class=\"status status-clean\">✓ Ran clean</span>";
        var errors = overview.ErrorCount == 1 ? "1 error" : $"{overview.ErrorCount} errors";
        return $"<a class=\"status status-errors\" href=\"{pageUrl}#cell-{overview.FirstErrorCell}\">✗ Ran with {errors}</a>";
    }
}
