using System.Net;
using CsCheck;

namespace Notebooks.Site.Tests;

public sealed class HtmlTests
{
    private static readonly Gen<string> MarkupHeavyText = Gen.String[Gen.Char["<>&\"'ab 张\n=/;#x"], 0, 40];

    [Fact]
    public void Escaped_text_has_no_markup_and_decodes_back_to_itself()
    {
        Gen.OneOf(Gen.String, MarkupHeavyText).Sample(text =>
        {
            var escaped = Html.Escape(text);
            Assert.Equal(-1, escaped.IndexOfAny(['<', '>', '"', '\'']));
            Assert.Equal(text, WebUtility.HtmlDecode(escaped));
        });
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a<b & \"c\" 'd'", "a&lt;b &amp; &quot;c&quot; &#39;d&#39;")]
    public void Escape_examples(string? text, string escaped) => Assert.Equal(escaped, Html.Escape(text));

    [Fact]
    public void Relative_urls_are_percent_encoded_per_segment()
    {
        Assert.Equal("notebooks/a%20b%26c.ipynb", Html.RelativeUrl("notebooks/a b&c.ipynb"));
        Assert.Equal("01-sigmoid.html", Html.RelativeUrl("01-sigmoid.html"));
    }
}
