namespace Notebooks.Site.Tests;

public sealed class NotebookMarkdownTests
{
    [Theory]
    [InlineData("$x^2$", "<p><span class=\"math\">\\(x^2\\)</span></p>")]
    [InlineData("$a<b$ and $c>d$", "<p><span class=\"math\">\\(a&lt;b\\)</span> and <span class=\"math\">\\(c&gt;d\\)</span></p>")]
    [InlineData("$$\\frac{a}{b}$$", "<p><span class=\"math\">\\[\\frac{a}{b}\\]</span></p>")]
    [InlineData("$$\nx_1 \\le y\n$$", "<div class=\"math\">\n\\[\nx_1 \\le y\n\\]</div>")]
    [InlineData("```math\ne^{i\\pi} < 0\n```", "<div class=\"math\">\\[\ne^{i\\pi} &lt; 0\n\\]</div>")]
    [InlineData("It costs $5 and $6.", "<p>It costs $5 and $6.</p>")]
    public void Math_reaches_the_page_in_KaTeX_delimiters_inside_math_elements(string markdown, string html) =>
        Assert.Equal(html, NotebookMarkdown.ToHtml(markdown).Trim());

    [Fact]
    public void Web_images_become_links_and_local_images_stay_images()
    {
        var html = NotebookMarkdown.ToHtml("![plot](https://example.com/p.png) ![](http://example.com/q.png) ![local](figures/r.png)");
        Assert.Contains("<a href=\"https://example.com/p.png\" class=\"remote-image\">plot</a>", html);
        Assert.Contains("<a href=\"http://example.com/q.png\" class=\"remote-image\">image: http://example.com/q.png</a>", html);
        Assert.Contains("<img src=\"figures/r.png\" alt=\"local\" />", html);
    }

    [Theory]
    [InlineData("[next](02-tanhshrink.ipynb)", "<a href=\"02-tanhshrink.html\">next</a>")]
    [InlineData("[§3](05-traps.ipynb#derivatives)", "<a href=\"05-traps.html#derivatives\">§3</a>")]
    [InlineData("[elsewhere](../other/x.ipynb)", "<a href=\"../other/x.ipynb\">elsewhere</a>")]
    [InlineData("[web](https://example.com/x.ipynb)", "<a href=\"https://example.com/x.ipynb\">web</a>")]
    [InlineData("[readme](../README.md)", "<a href=\"../README.md\">readme</a>")]
    public void Links_to_a_neighbouring_notebook_point_at_its_page(string markdown, string link) =>
        Assert.Contains(link, NotebookMarkdown.ToHtml(markdown));

    [Fact]
    public void Media_links_are_not_embedded()
    {
        var html = NotebookMarkdown.ToHtml("![video](https://www.youtube.com/watch?v=abc)");
        Assert.DoesNotContain("<iframe", html);
    }

    [Theory]
    [InlineData("csharp", "<span class=\"keyword\">int</span>")]
    [InlineData("cs", "<span class=\"keyword\">int</span>")]
    [InlineData("c#", "<span class=\"keyword\">int</span>")]
    public void Fenced_code_in_a_known_language_is_highlighted(string language, string expected)
    {
        var html = NotebookMarkdown.ToHtml($"```{language}\nint n = 1 < 2 ? 1 : 0;\n```");
        Assert.Contains($"<div class=\"highlight\" data-language=\"{language}\">", html);
        Assert.Contains(expected, html);
        Assert.Contains("int n = 1 < 2 ? 1 : 0;", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")));
    }

    [Fact]
    public void Fenced_code_in_an_unknown_language_renders_as_Markdig_does()
    {
        var html = NotebookMarkdown.ToHtml("```text\na < b\n```");
        Assert.Equal("<pre><code class=\"language-text\">a &lt; b\n</code></pre>", html.Trim());
    }

    [Fact]
    public void Heading_ids_repeated_in_later_cells_get_numbered()
    {
        var ids = new HashSet<string>();
        var first = NotebookMarkdown.Parse("## Derivative\n\n## Derivative");
        var second = NotebookMarkdown.Parse("## Derivative");
        NotebookMarkdown.MakeHeadingIdsUnique(first, ids);
        NotebookMarkdown.MakeHeadingIdsUnique(second, ids);
        Assert.Contains("id=\"derivative\"", NotebookMarkdown.ToHtml(first));
        Assert.Contains("id=\"derivative-1\"", NotebookMarkdown.ToHtml(first));
        Assert.Contains("id=\"derivative-2\"", NotebookMarkdown.ToHtml(second));
        Assert.Equal(3, ids.Count);
    }

    [Fact]
    public void Plain_text_of_a_heading_keeps_TeX_and_drops_markup()
    {
        var heading = NotebookMarkdown.Parse("# The *soft* `max` of $x_i$ <b>now</b>").OfType<Markdig.Syntax.HeadingBlock>().Single();
        Assert.Equal("The soft max of x_i now", NotebookMarkdown.PlainText(heading));
    }
}
