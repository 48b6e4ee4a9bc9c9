using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Notebooks.Site.Tests;

/// <summary>
/// The published pages in a real browser, offline: charts drawn and interactive, math typeset by KaTeX,
/// no request leaving the file system, no console error. Screenshots are kept under the temp folder.
/// </summary>
public sealed class BrowserTests(PublishedSiteFixture site, ITestOutputHelper output) : IClassFixture<PublishedSiteFixture>
{
    private static readonly string ScreenshotFolder = Path.Combine(Path.GetTempPath(), "notebooks-site-screenshots");

    [Fact]
    public async Task Notebook_page_draws_its_charts_typesets_math_and_answers_hover_offline()
    {
        await using var browser = await OfflineBrowser.LaunchAsync();
        var page = await browser.OpenAsync(site.Site.File("01-sigmoid-tanh.html"));

        // plotly.js is the local copy, loaded before the outputs ran.
        Assert.Equal("2.28.0", await page.EvaluateAsync<string>("() => window.Plotly && window.Plotly.version"));

        var charts = page.Locator(".js-plotly-plot");
        await charts.Nth(1).Locator(".main-svg").First.WaitForAsync();
        Assert.Equal(2, await charts.CountAsync());

        // The first chart: both traces drawn as curves (plotly simplifies nearly straight runs, so fewer
        // vertices than grid points) spanning the plot from left to right.
        var lines = charts.Nth(0).Locator(".scatterlayer .trace path.js-line");
        Assert.Equal(2, await lines.CountAsync());
        var plotWidth = (await charts.Nth(0).Locator(".nsewdrag").BoundingBoxAsync())!.Width;
        foreach (var path in await lines.AllAsync())
        {
            var d = await path.GetAttributeAsync("d") ?? "";
            Assert.True(d.Split('L').Length > 10, $"trace path has too few vertices: {d}");
            var drawn = (await path.BoundingBoxAsync())!;
            Assert.True(drawn.Width > 0.95 * plotWidth, $"trace spans {drawn.Width}px of {plotWidth}px");
        }

        await AssertHoverShowsALabelAsync(page, charts.Nth(0));
        await AssertSliderSwitchesTheVisibleTraceAsync(page, charts.Nth(1));
        await AssertMathIsTypesetAsync(page);

        await SaveScreenshotAsync(page, "notebook-page.png");
        AssertOfflineAndQuiet(browser);
    }

    [Fact]
    public async Task Index_typesets_the_summaries_offline()
    {
        await using var browser = await OfflineBrowser.LaunchAsync();
        var page = await browser.OpenAsync(site.Site.File("index.html"));

        Assert.Equal(3, await page.Locator(".notebook-entry").CountAsync());
        await AssertMathIsTypesetAsync(page);
        Assert.False(await page.EvaluateAsync<bool>("() => typeof window.Plotly !== 'undefined'"), "the index should not load plotly.js");

        await SaveScreenshotAsync(page, "index.png");
        AssertOfflineAndQuiet(browser);
    }

    [Fact]
    public async Task On_a_phone_the_page_does_not_scroll_sideways()
    {
        await using var browser = await OfflineBrowser.LaunchAsync();
        var page = await browser.OpenAsync(site.Site.File("01-sigmoid-tanh.html"), width: 390, height: 844);
        await page.Locator(".js-plotly-plot .main-svg").First.WaitForAsync();
        await AssertMathIsTypesetAsync(page);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone's viewport");

        await SaveScreenshotAsync(page, "notebook-page-phone.png");
        AssertOfflineAndQuiet(browser);
    }

    private static async Task AssertHoverShowsALabelAsync(IPage page, ILocator chart)
    {
        await chart.ScrollIntoViewIfNeededAsync();
        Assert.Equal(0, await chart.Locator(".hoverlayer .hovertext").CountAsync());
        // The viewport position of a data point in the middle of the first trace, from plotly's own axis scales.
        var point = await chart.EvaluateAsync<JsonElement>("""
            gd => {
              const trace = gd._fullData[0];
              const i = Math.floor(trace.x.length * 0.6);
              const plotArea = gd.querySelector('.nsewdrag').getBoundingClientRect();
              return { x: plotArea.left + gd._fullLayout.xaxis.l2p(trace.x[i]), y: plotArea.top + gd._fullLayout.yaxis.l2p(trace.y[i]) };
            }
            """);
        var x = point.GetProperty("x").GetSingle();
        var y = point.GetProperty("y").GetSingle();
        await page.Mouse.MoveAsync(x - 20, y - 20);
        await page.Mouse.MoveAsync(x, y, new MouseMoveOptions { Steps = 5 });
        var label = chart.Locator(".hoverlayer .hovertext").First;
        await label.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        Assert.Contains("sigmoid", await label.TextContentAsync() ?? "");
    }

    private static async Task AssertSliderSwitchesTheVisibleTraceAsync(IPage page, ILocator chart)
    {
        var slider = chart.Locator(".slider-container");
        Assert.Equal(1, await slider.CountAsync());
        Assert.Equal(3, await slider.Locator(".slider-label-group").CountAsync());
        Assert.Equal("β = 1", await slider.Locator(".slider-group > .slider-label").TextContentAsync());
        Assert.Equal("[false,true,false]", await VisibleTracesAsync(chart));

        // Click the rail under the last step's label: plotly moves the grip there and restyles.
        await chart.ScrollIntoViewIfNeededAsync();
        var lastLabel = await slider.Locator(".slider-label-group").Last.BoundingBoxAsync();
        var rail = await slider.Locator(".slider-rail-touch-rect").BoundingBoxAsync();
        Assert.NotNull(lastLabel);
        Assert.NotNull(rail);
        await page.Mouse.ClickAsync(lastLabel.X + lastLabel.Width / 2, rail.Y + rail.Height / 2);

        await page.WaitForFunctionAsync("el => el.textContent === 'β = 2'", await slider.Locator(".slider-group > .slider-label").ElementHandleAsync());
        await page.WaitForFunctionAsync("gd => JSON.stringify(gd._fullData.map(t => t.visible === true)) === '[false,false,true]'",
            await chart.ElementHandleAsync());
    }

    private static Task<string> VisibleTracesAsync(ILocator chart) =>
        chart.EvaluateAsync<string>("gd => JSON.stringify(gd._fullData.map(t => t.visible === true))");

    private static async Task AssertMathIsTypesetAsync(IPage page)
    {
        var mathElements = await page.Locator(".math").CountAsync();
        Assert.True(mathElements > 0, "the page has no math elements");
        Assert.Equal(0, await page.Locator(".math:not(:has(.katex))").CountAsync());
        Assert.Equal(0, await page.Locator(".katex-error").CountAsync());
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        Assert.False(text.Contains("$$", StringComparison.Ordinal), "raw $$ left on the page");
        Assert.False(text.Contains("\\(", StringComparison.Ordinal) || text.Contains("\\[", StringComparison.Ordinal), "raw TeX delimiters left on the page");
        // KaTeX's fonts loaded from assets/katex/fonts (a missing font would fall back silently).
        Assert.True(await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px KaTeX_Main'); }"),
            "KaTeX_Main is not loaded");
    }

    private async Task SaveScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name);
        await page.Mouse.MoveAsync(0, 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    private static void AssertOfflineAndQuiet(OfflineBrowser browser)
    {
        Assert.True(browser.WebRequests.IsEmpty, "requests that would leave the machine: " + string.Join(", ", browser.WebRequests));
        Assert.True(browser.FailedRequests.IsEmpty, "failed requests: " + string.Join(", ", browser.FailedRequests));
        Assert.True(browser.Errors.IsEmpty, "errors: " + string.Join(" | ", browser.Errors));
    }
}
