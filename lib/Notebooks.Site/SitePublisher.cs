using Notebooks.Model;

namespace Notebooks.Site;

/// <summary>Publishes executed notebooks as a static, offline HTML site.</summary>
public static class SitePublisher
{
    /// <summary>
    /// Writes <c>index.html</c>, one page <c>&lt;name&gt;.html</c> per notebook and the assets they need
    /// (<c>assets/</c>: plotly.js, KaTeX, the stylesheet) into <paramref name="outputDirectory"/>, with the
    /// default <see cref="SiteOptions"/>. Every file appears complete or not at all; files the publisher does
    /// not write (such as <c>notebooks/&lt;name&gt;.ipynb</c>, which the pages link to) are left alone.
    /// </summary>
    /// <inheritdoc cref="Publish(IReadOnlyList{Notebook}, string, SiteOptions)" path="/exception"/>
    public static void Publish(IReadOnlyList<Notebook> executedNotebooks, string outputDirectory) =>
        Publish(executedNotebooks, outputDirectory, new SiteOptions());

    /// <summary>
    /// Writes <c>index.html</c>, one page <c>&lt;name&gt;.html</c> per notebook (in the given order, linked
    /// previous/next) and the assets they need into <paramref name="outputDirectory"/>. The whole site is
    /// rendered into a staging folder inside <paramref name="outputDirectory"/> first and then moved into
    /// place file by file (assets, pages, index last), so a failure leaves no partial file behind.
    /// </summary>
    /// <param name="executedNotebooks">The notebooks in reading order, with their outputs.</param>
    /// <param name="outputDirectory">The site's root folder; created if missing.</param>
    /// <param name="options">The collection's title and introduction.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A notebook is null, two notebooks share a name (ignoring case), a notebook is named <c>index</c>, or
    /// <paramref name="outputDirectory"/> is empty or an existing file.
    /// </exception>
    /// <exception cref="FormatException">A notebook's metadata, cells or outputs are malformed (the message names notebook and cell).</exception>
    /// <exception cref="IOException">Writing or moving a file failed; nothing partial was left.</exception>
    public static void Publish(IReadOnlyList<Notebook> executedNotebooks, string outputDirectory, SiteOptions options) =>
        Publish(executedNotebooks, outputDirectory, options, afterFileStaged: null);

    /// <param name="afterFileStaged">Called after each file is complete in staging; tests inject failures here.</param>
    internal static void Publish(IReadOnlyList<Notebook> executedNotebooks, string outputDirectory, SiteOptions options,
        Action<string>? afterFileStaged)
    {
        ArgumentNullException.ThrowIfNull(executedNotebooks);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        if (File.Exists(outputDirectory))
            throw new ArgumentException($"'{outputDirectory}' is a file; the site needs a directory.", nameof(outputDirectory));
        ValidateNames(executedNotebooks);

        // Every page is rendered before a single file is written, so bad input fails with nothing on disk.
        var overviews = executedNotebooks.Select(NotebookOverview.Of).ToList();
        var pages = overviews.Select((overview, i) => (
                Path: overview.PageFileName,
                Html: NotebookPage.Render(overview, i > 0 ? overviews[i - 1] : null,
                    i + 1 < overviews.Count ? overviews[i + 1] : null, i + 1, overviews.Count, options)))
            .ToList();
        var index = IndexPage.Render(overviews, options);

        using var staging = new StagingDirectory(outputDirectory, afterFileStaged);
        foreach (var asset in SiteAssets.All()) staging.WriteFrom(asset.RelativePath, asset.Open);
        foreach (var page in pages) staging.WriteText(page.Path, page.Html);
        // Last, so that the index never links to a page that is not there yet.
        staging.WriteText("index.html", index);
        staging.Commit();
    }

    private static void ValidateNames(IReadOnlyList<Notebook> notebooks)
    {
        var pathsByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < notebooks.Count; i++)
        {
            var notebook = notebooks[i]
                ?? throw new ArgumentException($"Notebook {i + 1} of {notebooks.Count} is null.", nameof(notebooks));
            var name = notebook.Name;
            if (string.IsNullOrWhiteSpace(name) || name.StartsWith('.'))
                throw new ArgumentException($"Notebook '{notebook.Path}' has no usable file name for its page.", nameof(notebooks));
            if (string.Equals(name, "index", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"Notebook '{notebook.Path}' would be published as index.html, which is the collection's index: rename it.", nameof(notebooks));
            if (!pathsByName.TryAdd(name, notebook.Path))
                throw new ArgumentException(
                    $"Notebooks '{pathsByName[name]}' and '{notebook.Path}' would both be published as '{name}.html': rename one.", nameof(notebooks));
        }
    }
}
