using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Notebooks.Site.Tests;

/// <summary>
/// Headless Debian Chromium driven by Playwright, for pages opened from file://. Every request that would
/// leave the file system is aborted and recorded, and so are failed requests, console errors and uncaught exceptions.
/// </summary>
internal sealed class OfflineBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflineBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Requests to anything but file:// (blocked).</summary>
    public ConcurrentQueue<string> WebRequests { get; } = new();

    /// <summary>Requests that failed for another reason (e.g. a missing local file).</summary>
    public ConcurrentQueue<string> FailedRequests { get; } = new();

    /// <summary>Console errors and uncaught page exceptions.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Starts Chromium; fails the test with instructions when it is not installed.</summary>
    public static async Task<OfflineBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            Assert.Fail($"The browser tests need Debian's Chromium at {ChromiumPath}: install it with 'apt-get install chromium' (CI does). " +
                        "They are not skipped, because the site's charts and math can only be checked in a browser.");

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return new OfflineBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens a local file in a new page of the given viewport size and waits until it has loaded.</summary>
    public async Task<IPage> OpenAsync(string file, int width = 1100, int height = 900)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                await route.ContinueAsync();
            }
            else
            {
                WebRequests.Enqueue(url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        page.RequestFailed += (_, request) =>
        {
            if (!WebRequests.Contains(request.Url)) FailedRequests.Enqueue($"{request.Url}: {request.Failure}");
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Enqueue($"console: {message.Text}");
        };
        page.PageError += (_, error) => Errors.Enqueue($"uncaught: {error}");

        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
