using System.Net;
using System.Text.RegularExpressions;
using CsCheck;

namespace Notebooks.Site.Tests;

public sealed class CodeHighlighterTests
{
    [Fact]
    public void Highlighted_code_shows_exactly_the_source_text()
    {
        var code = Gen.String[Gen.Char["abcint var\"'<>&/*\n(){};=+#@$"], 0, 80];
        code.Sample(source =>
        {
            var html = CodeHighlighter.ToHtml(source, "csharp");
            var text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));
            // ColorCode starts the <pre> with a line break, which HTML ignores, and ends the last line with one.
            if (source.Length == 0)
            {
                Assert.Equal("", text);
                return;
            }
            Assert.StartsWith("\n", text);
            Assert.True(text[1..] == source || text[1..] == source + "\n", $"shown {text[1..]}");
        }, iter: 300);
    }

    [Fact]
    public void Highlighting_from_many_threads_gives_the_same_html()
    {
        // Long enough that calls overlap: a formatter shared between threads interleaves their output.
        var sources = Enumerable.Range(0, 16)
            .Select(i => string.Concat(Enumerable.Range(0, 150).Select(line => $"var x{i}_{line} = \"s{line}\"; // c{i}\n")))
            .ToArray();
        var expected = sources.Select(source => CodeHighlighter.ToHtml(source, "csharp")).ToArray();
        var actual = new string[sources.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = CodeHighlighter.ToHtml(sources[i % sources.Length], "csharp"));
        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % sources.Length], actual[i]);
    }

    [Fact]
    public void Unknown_languages_and_empty_cells_are_escaped_plain_text()
    {
        Assert.Equal("<div class=\"highlight\" data-language=\"mermaid\"><pre>a --&gt; b</pre></div>", CodeHighlighter.ToHtml("a --> b", "mermaid"));
        Assert.Equal("<div class=\"highlight\" data-language=\"csharp\"><pre></pre></div>", CodeHighlighter.ToHtml("", "csharp"));
        Assert.Equal("<div class=\"highlight\"><pre>x</pre></div>", CodeHighlighter.ToHtml("x", null));
    }

    [Fact]
    public void Style_sheet_rules_are_all_scoped_to_highlight()
    {
        var rules = CodeHighlighter.StyleSheet().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(rules.Length > 20, $"only {rules.Length} rules");
        Assert.All(rules, rule => Assert.Matches(@"^\.highlight \.[A-Za-z]+ \{ [^{}]+ \}$", rule));
        Assert.DoesNotContain(rules, rule => rule.StartsWith(".highlight .plainText", StringComparison.Ordinal));
    }
}
