namespace Notebooks.Site.Tests;

public sealed class SourceArticleTests
{
    [Fact]
    public void Reads_every_field()
    {
        var article = SourceArticle.FromNotebookMetadata(
            """{"kernelspec": {}, "source_article": {"title": "ソフトマックス", "author": "山田", "url": "https://example.jp/a?b=1", "language": "ja"}}""", "n.ipynb");
        Assert.Equal(new SourceArticle("ソフトマックス", "山田", new Uri("https://example.jp/a?b=1"), "ja"), article);
        Assert.Equal("Japanese", article!.LanguageName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"source_article\": null}")]
    public void Absent_metadata_or_key_means_an_original_notebook(string? metadata) =>
        Assert.Null(SourceArticle.FromNotebookMetadata(metadata, "n.ipynb"));

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{\"source_article\": \"x\"}", "'source_article' must be an object")]
    [InlineData("{\"source_article\": {\"title\": 3}}", "'source_article.title' must be a string")]
    [InlineData("{\"source_article\": {\"url\": \"javascript:alert(1)\"}}", "'source_article.url' must be an absolute http(s) URL")]
    [InlineData("{\"source_article\": {\"url\": \"/relative\"}}", "'source_article.url' must be an absolute http(s) URL")]
    [InlineData("{\"source_article\": {\"language\": \"zh\\\" onclick=\\\"x\"}}", "'source_article.language' must be a language tag")]
    public void Malformed_metadata_is_rejected_naming_the_notebook_and_field(string metadata, string expected)
    {
        var failure = Assert.Throws<FormatException>(() => SourceArticle.FromNotebookMetadata(metadata, "/nb/x.ipynb"));
        Assert.Contains("Notebook '/nb/x.ipynb'", failure.Message);
        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public void Unknown_language_tags_are_shown_as_given()
    {
        Assert.Equal("vi", new SourceArticle(null, null, null, "vi").LanguageName);
        Assert.Equal("Chinese", new SourceArticle(null, null, null, "zh-Hans").LanguageName);
        Assert.Null(new SourceArticle(null, null, null, null).LanguageName);
    }
}
