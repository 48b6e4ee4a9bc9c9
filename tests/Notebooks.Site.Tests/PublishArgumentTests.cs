using Notebooks.Model;

namespace Notebooks.Site.Tests;

public sealed class PublishArgumentTests
{
    [Fact]
    public void Null_arguments_are_named()
    {
        using var site = new TempDirectory();
        Assert.Equal("executedNotebooks", Assert.Throws<ArgumentNullException>(() => SitePublisher.Publish(null!, site.Path)).ParamName);
        Assert.Equal("outputDirectory", Assert.Throws<ArgumentNullException>(() => SitePublisher.Publish([], null!)).ParamName);
        Assert.Equal("outputDirectory", Assert.Throws<ArgumentException>(() => SitePublisher.Publish([], " ")).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => SitePublisher.Publish([], site.Path, null!)).ParamName);
    }

    [Fact]
    public void A_null_notebook_is_named_by_position()
    {
        using var site = new TempDirectory();
        var failure = Assert.Throws<ArgumentException>(() => SitePublisher.Publish([SampleNotebooks.Relu(), null!], site.Path));
        Assert.Contains("Notebook 2 of 2 is null", failure.Message);
    }

    [Fact]
    public void Two_notebooks_with_the_same_page_name_are_both_named()
    {
        using var site = new TempDirectory();
        var other = SampleNotebooks.Relu() with { Path = "/elsewhere/02-ReLU.dib" };
        var failure = Assert.Throws<ArgumentException>(() => SitePublisher.Publish([SampleNotebooks.Relu(), other], site.Path));
        Assert.Contains("/notebooks/02-relu.ipynb", failure.Message);
        Assert.Contains("/elsewhere/02-ReLU.dib", failure.Message);
        Assert.Empty(site.AllFiles());
    }

    [Fact]
    public void A_notebook_named_index_would_overwrite_the_index()
    {
        using var site = new TempDirectory();
        var index = new Notebook("/notebooks/Index.ipynb", []);
        Assert.Contains("index.html", Assert.Throws<ArgumentException>(() => SitePublisher.Publish([index], site.Path)).Message);
    }

    [Fact]
    public void An_output_directory_that_is_a_file_is_rejected()
    {
        using var site = new TempDirectory();
        File.WriteAllText(site.File("site"), "");
        Assert.Equal("outputDirectory", Assert.Throws<ArgumentException>(() => SitePublisher.Publish([], site.File("site"))).ParamName);
    }

    [Fact]
    public void An_empty_collection_publishes_an_index_that_says_so()
    {
        using var site = new TempDirectory();
        SitePublisher.Publish([], site.File("new/site"));
        Assert.Contains("No notebooks have been published yet.", site.Read("new/site/index.html"));
    }

    [Fact]
    public void A_display_output_without_a_known_mime_type_says_what_it_had()
    {
        using var site = new TempDirectory();
        var notebook = new Notebook("/n/odd.ipynb",
        [
            new(CellKind.Code, "x", "csharp",
                [new DisplayOutput(new Dictionary<string, string> { ["application/x-custom"] = "?" })], ExecutionCount: 1),
        ]);
        SitePublisher.Publish([notebook], site.Path);
        Assert.Contains("No representation this page can show (mime types: application/x-custom).", site.Read("odd.html"));
    }

    [Fact]
    public void Invalid_image_data_names_notebook_cell_and_output()
    {
        using var site = new TempDirectory();
        var notebook = new Notebook("/n/img.ipynb",
        [
            new(CellKind.Markdown, "# Images", "markdown", []),
            new(CellKind.Code, "x", "csharp",
            [
                new StreamOutput("stdout", "before\n"),
                new DisplayOutput(new Dictionary<string, string> { ["image/png"] = "not base64!" }),
            ], ExecutionCount: 1),
        ]);
        var failure = Assert.Throws<FormatException>(() => SitePublisher.Publish([notebook], site.Path));
        Assert.Equal("Notebook '/n/img.ipynb', cell 2, output 2: image data is not valid base64.", failure.Message);
        Assert.Empty(site.AllFiles());
    }
}
