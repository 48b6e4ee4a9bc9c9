using Notebooks.Model;

namespace Notebooks.Site;

/// <summary>Publishes executed notebooks as a static, offline HTML site.</summary>
public static class SitePublisher
{
    /// <summary>
    /// Writes <c>index.html</c>, one page per notebook and the assets they need into
    /// <paramref name="outputDirectory"/>. Every file appears complete or not at all.
    /// </summary>
    public static void Publish(IReadOnlyList<Notebook> executedNotebooks, string outputDirectory) =>
        throw new NotImplementedException("The site publisher is being written.");
}
