namespace Notebooks.Site.Tests;

public sealed class OfflineTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    public static TheoryData<string> Pages() => ["index.html", "01-sigmoid-tanh.html", "02-relu.html", "03-softmax.html"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Pages_load_nothing_from_the_web(string page)
    {
        var html = site.Read(page);
        Assert.NotEmpty(PageReferences.Loaded(html));
        Assert.Empty(PageReferences.External(html));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Everything_a_page_loads_or_links_to_locally_exists(string page)
    {
        var html = site.Read(page);
        var local = PageReferences.Loaded(html).Select(reference => reference.Url)
            .Concat(PageReferences.Links(html))
            .Where(url => !PageReferences.IsExternal(url) && !url.StartsWith('#'))
            .Select(url => Uri.UnescapeDataString(url.Split('#')[0]))
            .Distinct()
            .ToList();
        Assert.NotEmpty(local);
        foreach (var url in local)
            Assert.True(File.Exists(site.Site.File(url)), $"{page} refers to {url}, which is not in the site");
    }

    [Fact]
    public void Stylesheets_fetch_nothing_from_the_web()
    {
        foreach (var css in new[] { "assets/site.css", "assets/katex/katex.min.css" })
            Assert.DoesNotContain(PageReferences.CssUrls(site.Read(css)), PageReferences.IsExternal);
    }

    [Fact]
    public void Only_the_pages_and_assets_are_added_and_the_runner_files_are_kept()
    {
        var files = site.Site.AllFiles();
        Assert.All(files, file => Assert.True(
            file.StartsWith("assets/", StringComparison.Ordinal) || file.StartsWith("notebooks/", StringComparison.Ordinal) || !file.Contains('/'),
            $"unexpected file {file}"));
        Assert.Equal(["01-sigmoid-tanh.html", "02-relu.html", "03-softmax.html", "index.html"], files.Where(file => !file.Contains('/')));
        Assert.Equal("{\"cells\": []}", site.Read("notebooks/02-relu.ipynb"));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Site.Path), directory => Path.GetFileName(directory).StartsWith('.'));
    }
}
