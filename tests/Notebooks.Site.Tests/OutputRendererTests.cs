using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using Notebooks.Model;

namespace Notebooks.Site.Tests;

public sealed class OutputRendererTests
{
    private static string Only(string html, string pattern) => Assert.Single(Regex.Matches(html, pattern, RegexOptions.Singleline)).Groups[1].Value;

    [Fact]
    public void Plain_text_and_streams_show_exactly_their_text()
    {
        var text = Gen.String[Gen.Char["<>&\"' abc\n\t张</pre>"], 0, 60];
        Gen.Select(text, text).Sample((plain, stream) =>
        {
            var html = OutputRenderer.ToHtml(
            [
                new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = plain }),
                new StreamOutput("stdout", stream),
            ], executionCount: 1, "test");
            var bodies = Regex.Matches(html, "<pre>(.*?)</pre>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal([plain, stream], bodies);
        });
    }

    [Fact]
    public void Consecutive_writes_to_one_stream_are_merged_and_streams_stay_apart()
    {
        var html = OutputRenderer.ToHtml(
        [
            new StreamOutput("stdout", "a"), new StreamOutput("stdout", "b\n"), new StreamOutput("stderr", "c\n"), new StreamOutput("stdout", "d"),
        ], 1, "test");
        Assert.Equal(
            "<div class=\"output output-stream output-stdout\"><pre>ab\n</pre></div>\n" +
            "<div class=\"output output-stream output-stderr\"><pre>c\n</pre></div>\n" +
            "<div class=\"output output-stream output-stdout\"><pre>d</pre></div>\n", html);
    }

    [Fact]
    public void The_richest_representation_wins()
    {
        var html = OutputRenderer.ToHtml(
            [new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "plain", ["text/html"] = "<b>rich</b>" }, IsExecuteResult: true)], 7, "test");
        Assert.Contains("<div class=\"prompt\">Out [7]:</div><div class=\"output-body\"><b>rich</b></div>", html);
        Assert.DoesNotContain("plain", html);
    }

    [Fact]
    public void Images_become_data_urls_with_line_breaks_removed()
    {
        var png = Convert.ToBase64String(new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5 });
        var html = OutputRenderer.ToHtml([new DisplayOutput(new Dictionary<string, string> { ["image/png"] = png[..4] + "\n" + png[4..] })], 1, "test");
        Assert.Contains($"<img alt=\"\" src=\"data:image/png;base64,{png}\">", html);
    }

    [Fact]
    public void Markdown_and_json_outputs_are_rendered()
    {
        var html = OutputRenderer.ToHtml(
        [
            new DisplayOutput(new Dictionary<string, string> { ["text/markdown"] = "**bold** $x$" }),
            new DisplayOutput(new Dictionary<string, string> { ["application/json"] = "{\"a\":[1,2],\"b\":\"<\"}" }),
        ], 1, "test");
        Assert.Contains("<strong>bold</strong> <span class=\"math\">\\(x\\)</span>", html);
        Assert.Contains("<pre>{\n  &quot;a&quot;: [\n    1,\n    2\n  ],\n  &quot;b&quot;: &quot;&lt;&quot;\n}</pre>", html);
    }

    [Fact]
    public void Unknown_output_kinds_are_named()
    {
        var failure = Assert.Throws<FormatException>(() => OutputRenderer.ToHtml([new StrangeOutput()], 1, "Notebook 'x', cell 3"));
        Assert.Equal("Notebook 'x', cell 3: output 1 is of unknown kind StrangeOutput.", failure.Message);
    }

    private sealed record StrangeOutput : CellOutput;
}
