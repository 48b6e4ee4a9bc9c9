namespace Notebooks.Site.Tests;

public sealed class AtomicPublishTests
{
    private const string OldIndex = "<html>the previous site</html>";
    private const string RunnerNotebook = "{\"cells\": [\"written by the runner\"]}";

    /// <summary>A site folder holding a previous index and the runner's executed notebook.</summary>
    private static TempDirectory PreviouslyPublishedSite()
    {
        var site = new TempDirectory();
        File.WriteAllText(site.File("index.html"), OldIndex);
        Directory.CreateDirectory(site.File("notebooks"));
        File.WriteAllText(site.File("notebooks/01-sigmoid-tanh.ipynb"), RunnerNotebook);
        return site;
    }

    private static void AssertUnchanged(TempDirectory site)
    {
        Assert.Equal(["index.html", "notebooks/01-sigmoid-tanh.ipynb"], site.AllFiles());
        Assert.Equal(OldIndex, site.Read("index.html"));
        Assert.Equal(RunnerNotebook, site.Read("notebooks/01-sigmoid-tanh.ipynb"));
        Assert.Equal([site.File("notebooks")], Directory.EnumerateDirectories(site.Path));
    }

    private static int FilesInACompletePublish()
    {
        using var site = new TempDirectory();
        var staged = 0;
        SitePublisher.Publish(SampleNotebooks.Collection(), site.Path, new SiteOptions(), _ => staged++);
        Assert.Equal(staged, site.AllFiles().Count);
        return staged;
    }

    [Fact]
    public void A_failure_after_any_number_of_staged_files_leaves_the_site_as_it_was()
    {
        var total = FilesInACompletePublish();
        Assert.True(total > 20, $"a complete publish wrote only {total} files");

        var notebooks = SampleNotebooks.Collection();
        for (var failAfter = 1; failAfter <= total; failAfter++)
        {
            using var site = PreviouslyPublishedSite();
            var staged = 0;
            var failure = Assert.Throws<IOException>(() => SitePublisher.Publish(
                notebooks, site.Path, new SiteOptions(),
                relativePath =>
                {
                    if (++staged == failAfter) throw new IOException($"injected failure after staging {relativePath}");
                }));
            Assert.StartsWith("injected failure", failure.Message);
            AssertUnchanged(site);
        }
    }

    [Fact]
    public void A_directory_in_the_way_of_a_page_fails_before_any_file_is_replaced()
    {
        using var site = PreviouslyPublishedSite();
        Directory.CreateDirectory(site.File("02-relu.html"));

        var failure = Assert.Throws<IOException>(() => SitePublisher.Publish(SampleNotebooks.Collection(), site.Path));

        Assert.Contains("02-relu.html", failure.Message);
        Assert.Equal(OldIndex, site.Read("index.html"));
        Assert.False(File.Exists(site.File("01-sigmoid-tanh.html")));
        Assert.False(Directory.Exists(site.File("assets")));
        Assert.Equal(["02-relu.html", "index.html", "notebooks"], Directory.EnumerateFileSystemEntries(site.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Publishing_again_replaces_the_pages_and_keeps_files_it_does_not_write()
    {
        using var site = PreviouslyPublishedSite();
        File.WriteAllText(site.File("notes.txt"), "mine");

        SitePublisher.Publish(SampleNotebooks.Collection(), site.Path);
        SitePublisher.Publish([SampleNotebooks.Relu()], site.Path, new SiteOptions { Title = "Second <edition>" });

        Assert.Contains("<h1>Second &lt;edition&gt;</h1>", site.Read("index.html"));
        Assert.DoesNotContain("01-sigmoid-tanh.html", site.Read("index.html"));
        Assert.Equal("mine", site.Read("notes.txt"));
        Assert.Equal(RunnerNotebook, site.Read("notebooks/01-sigmoid-tanh.ipynb"));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Path), directory => Path.GetFileName(directory).StartsWith('.'));
    }

    [Fact]
    public void Bad_input_is_rejected_before_anything_is_written()
    {
        using var site = PreviouslyPublishedSite();
        var broken = SampleNotebooks.Relu() with { Metadata = "{\"source_article\": {\"url\": \"javascript:alert(1)\"}}" };

        var failure = Assert.Throws<FormatException>(() => SitePublisher.Publish([SampleNotebooks.SigmoidAndTanh(), broken], site.Path));

        Assert.Contains("/notebooks/02-relu.ipynb", failure.Message);
        AssertUnchanged(site);
    }
}
