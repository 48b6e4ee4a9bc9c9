namespace Notebooks.Site.Tests;

public sealed class IndexPageTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private readonly string _index = site.Read("index.html");

    [Fact]
    public void Lists_the_notebooks_in_order_linking_to_their_pages()
    {
        var first = _index.IndexOf("href=\"01-sigmoid-tanh.html\"", StringComparison.Ordinal);
        var second = _index.IndexOf("href=\"02-relu.html\"", StringComparison.Ordinal);
        var third = _index.IndexOf("href=\"03-softmax.html\"", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first && third > second, "entries missing or out of order");
        Assert.Contains("<h1>Activation functions in C#</h1>", _index);
    }

    [Fact]
    public void Titles_come_from_the_first_heading_else_the_file_name_and_are_escaped()
    {
        Assert.Contains("Sigmoid &amp; tanh: &quot;squashing&quot; &lt;functions&gt;", _index);
        Assert.Contains("<a href=\"02-relu.html\">02-relu</a>", _index);
        Assert.Contains("<a href=\"03-softmax.html\">Softmax</a>", _index);
        Assert.DoesNotContain("<functions>", _index);
    }

    [Fact]
    public void Summaries_are_the_first_paragraph_with_math_kept_for_KaTeX()
    {
        Assert.Contains("<p class=\"summary\">The logistic sigmoid <span class=\"math\">\\(\\sigma(x) = \\frac{1}{1+e^{-x}}\\)</span>", _index);
        Assert.DoesNotContain("A second paragraph", _index);
        Assert.Contains("<p class=\"summary\">ReLU is <span class=\"math\">\\(\\max(0, x)\\)</span>.</p>", _index);
    }

    [Fact]
    public void Source_articles_are_credited_escaped_with_their_language_and_originals_say_so()
    {
        Assert.Contains(
            "Source article: <cite lang=\"zh\"><a href=\"https://example.com/articles/activation?lang=zh&amp;page=1\" rel=\"external noopener\">" +
            "激活函数 &lt;详解&gt; &amp; 比较</a></cite> by 张三 (Chinese)", _index);
        Assert.Contains("<cite lang=\"ja\"><a href=\"https://example.jp/softmax\" rel=\"external noopener\">ソフトマックス関数</a></cite> (Japanese)", _index);
        var reluEntry = Entry("02-relu.html");
        Assert.Contains("Original notebook", reluEntry);
    }

    [Fact]
    public void Run_status_counts_errors_and_links_to_the_first_failing_cell()
    {
        Assert.Contains("<a class=\"status status-errors\" href=\"01-sigmoid-tanh.html#cell-6\">✗ Ran with 1 error</a>", Entry("01-sigmoid-tanh.html"));
        Assert.Contains("✓ Ran clean", Entry("02-relu.html"));
        Assert.Contains("✓ Ran clean", Entry("03-softmax.html"));
    }

    [Fact]
    public void Each_entry_links_the_executed_notebook_download()
    {
        Assert.Contains("<a class=\"download\" download href=\"notebooks/02-relu.ipynb\">", Entry("02-relu.html"));
    }

    [Fact]
    public void Loads_KaTeX_but_not_plotly()
    {
        var loaded = PageReferences.Loaded(_index).Select(reference => reference.Url).ToList();
        Assert.Contains("assets/katex/katex.min.js", loaded);
        Assert.Contains("assets/katex/katex.min.css", loaded);
        Assert.DoesNotContain(loaded, url => url.Contains("plotly", StringComparison.Ordinal));
    }

    private string Entry(string page)
    {
        var start = _index.LastIndexOf("<li class=\"notebook-entry\">", _index.IndexOf($"href=\"{page}\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var end = _index.IndexOf("</li>", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"no entry for {page}");
        return _index[start..end];
    }
}
