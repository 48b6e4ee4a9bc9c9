using System.Text.RegularExpressions;

namespace Notebooks.Site.Tests;

public sealed class NotebookPageTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private readonly string _page = site.Read("01-sigmoid-tanh.html");

    [Fact]
    public void Title_is_escaped_in_the_document_title_and_heading()
    {
        Assert.Contains("<title>Sigmoid &amp; tanh: &quot;squashing&quot; &lt;functions&gt; — Activation functions in C#</title>", _page);
        Assert.Contains("<h1 id=\"sigmoid-tanh-squashing-functions\">Sigmoid &amp; tanh: &quot;squashing&quot; &lt;functions&gt;</h1>", _page);
    }

    [Fact]
    public void Code_cells_are_highlighted_escaped_and_numbered()
    {
        Assert.Contains("<div class=\"prompt\">In [1]:</div><div class=\"highlight\" data-language=\"csharp\">", _page);
        Assert.Contains("<span class=\"keyword\">var</span> xs", _page);
        Assert.Contains("i =&gt; i &lt; ", _page);
        Assert.Contains("<span class=\"string\">&quot;&lt;b&gt;not bold&lt;/b&gt; &amp; done&quot;</span>", _page);
        Assert.Contains("In [4]:", _page);
    }

    [Fact]
    public void Text_outputs_are_escaped_and_results_carry_their_execution_count()
    {
        Assert.Contains("<div class=\"output output-stream output-stdout\"><pre>&lt;b&gt;not bold&lt;/b&gt; &amp; done\n</pre></div>", _page);
        Assert.Contains("<div class=\"prompt\">Out [1]:</div><div class=\"output-body\"><pre>List&lt;int&gt;(3) { 0, 1, 2 }</pre></div>", _page);
        Assert.DoesNotContain("<b>not bold</b>", _page);
    }

    [Fact]
    public void Stderr_is_shown_as_console_text_without_ANSI_escapes()
    {
        Assert.Contains("<div class=\"output output-stream output-stderr\"><pre>warning: slow path\n</pre></div>", _page);
        Assert.False(_page.Contains('\u001b'), "an ANSI escape reached the page");
    }

    [Fact]
    public void Errors_are_styled_with_their_located_message_and_escaped_traceback()
    {
        Assert.Contains(
            "<div class=\"output output-error\" role=\"alert\"><p class=\"error-message\"><span class=\"error-name\">CompilationErrorException</span> " +
            "01-sigmoid-tanh.ipynb, cell 6, line 1: error CS0103: The name &#39;sigmoidd&#39; does not exist in the current context</p>" +
            "<pre class=\"error-traceback\">(1,1): error CS0103: The name &#39;sigmoidd&#39; does not exist &lt;here&gt;</pre></div>", _page);
        Assert.Contains("<section class=\"cell cell-code\" id=\"cell-6\">", _page);
        Assert.Contains("<a class=\"status status-errors\" href=\"#cell-6\">✗ Ran with 1 error</a>", _page);
    }

    [Fact]
    public void Math_survives_Markdown_as_KaTeX_delimiters_in_math_elements()
    {
        Assert.Contains("<span class=\"math\">\\(\\sigma(x) = \\frac{1}{1+e^{-x}}\\)</span>", _page);
        Assert.Contains("<span class=\"math\">\\(a&lt;b\\)</span>", _page);
        Assert.Contains("<div class=\"math\">\n\\[\n\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)\n\\]</div>", _page);
        // $$…$$ inside a paragraph stays display math.
        Assert.Contains("<span class=\"math\">\\[\\tanh x = 2\\sigma(2x) - 1\\]</span>", _page);
        Assert.DoesNotContain("$$", _page[.._page.IndexOf("<section class=\"cell cell-code\"", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Fenced_code_in_prose_is_highlighted_and_web_images_become_links()
    {
        Assert.Contains("<div class=\"highlight\" data-language=\"csharp\"><div class=\"csharp\"><pre>", _page);
        Assert.Contains("<span class=\"keyword\">static</span> <span class=\"keyword\">double</span> Sigmoid", _page);
        Assert.Contains("<a href=\"https://example.com/figure.png\" class=\"remote-image\">a remote figure</a>", _page);
        Assert.DoesNotContain("<img", _page);
    }

    [Fact]
    public void Plotly_is_loaded_from_assets_before_any_output_and_chart_html_is_inserted_as_is()
    {
        var plotly = _page.IndexOf("<script src=\"assets/plotly-2.28.0.min.js\"></script>", StringComparison.Ordinal);
        var firstOutput = _page.IndexOf("class=\"output ", StringComparison.Ordinal);
        Assert.True(plotly >= 0, "plotly.js is not loaded");
        Assert.True(firstOutput > plotly, "plotly.js must be loaded before the first output");
        Assert.Contains("<!-- Plotly chart will be drawn inside this DIV -->", _page);
        Assert.Equal(2, Regex.Matches(_page, @"Plotly\.newPlot\('").Count);
    }

    [Fact]
    public void Links_to_the_index_the_next_notebook_and_the_executed_notebook_and_credits_the_source()
    {
        Assert.Contains("<a class=\"home\" href=\"index.html\">Activation functions in C#</a>", _page);
        Assert.Contains("<a class=\"pager-next\" rel=\"next\" href=\"02-relu.html\">", _page);
        Assert.DoesNotContain("rel=\"prev\"", _page);
        Assert.Contains("<a class=\"download\" download href=\"notebooks/01-sigmoid-tanh.ipynb\">", _page);
        Assert.Contains("by 张三 (Chinese)", _page);
        Assert.Contains("Notebook 1 of 3", _page);
    }

    [Fact]
    public void Middle_notebook_links_both_ways_and_shows_the_file_name_as_title()
    {
        var relu = site.Read("02-relu.html");
        Assert.Contains("<a class=\"pager-previous\" rel=\"prev\" href=\"01-sigmoid-tanh.html\">", relu);
        Assert.Contains("<a class=\"pager-next\" rel=\"next\" href=\"03-softmax.html\">", relu);
        Assert.Contains("<h1 class=\"notebook-title\">02-relu</h1>", relu);
        Assert.Contains("Original notebook", relu);
    }

    [Fact]
    public void Heading_ids_are_unique_across_cells()
    {
        var ids = Regex.Matches(_page, "\\sid=\"([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
