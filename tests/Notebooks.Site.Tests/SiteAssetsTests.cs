namespace Notebooks.Site.Tests;

public sealed class SiteAssetsTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    [Fact]
    public void Plotly_js_is_the_copy_embedded_in_Plotly_NET()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        using var embedded = assembly.GetManifestResourceStream("Plotly.NET.plotly-2.28.0.min.js");
        Assert.NotNull(embedded);
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);

        var published = File.ReadAllBytes(site.Site.File("assets/plotly-2.28.0.min.js"));
        Assert.True(published.Length > 1_000_000, $"plotly.js is only {published.Length} bytes");
        Assert.Equal(copy.ToArray(), published);
        Assert.True(File.Exists(site.Site.File("assets/plotly-2.28.0.min.js.LICENSE.txt")));
    }

    [Fact]
    public void KaTeX_script_stylesheet_auto_render_licence_and_fonts_are_published()
    {
        foreach (var file in new[] { "katex.min.js", "katex.min.css", "contrib/auto-render.min.js", "LICENSE" })
            Assert.True(new FileInfo(site.Site.File("assets/katex/" + file)) is { Exists: true, Length: > 0 }, $"assets/katex/{file} missing or empty");
        Assert.Contains("katex", site.Read("assets/katex/katex.min.js"));
    }

    [Fact]
    public void Every_woff2_font_the_KaTeX_stylesheet_names_is_published()
    {
        var woff2 = PageReferences.CssUrls(site.Read("assets/katex/katex.min.css"))
            .Where(url => url.EndsWith(".woff2", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(woff2.Count >= 15, $"only {woff2.Count} woff2 fonts referenced");
        foreach (var font in woff2)
            Assert.True(File.Exists(site.Site.File("assets/katex/" + font)), $"KaTeX font {font} is not published");
    }

    [Fact]
    public void Site_stylesheet_includes_the_code_highlighting_rules_scoped_to_code()
    {
        var css = site.Read("assets/site.css");
        Assert.Contains(".highlight .keyword {", css);
        Assert.Contains(".highlight .string {", css);
        Assert.DoesNotContain("body{background-color", css);
        Assert.DoesNotContain("\n.keyword", css);
    }
}
