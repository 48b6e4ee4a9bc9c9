using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Site;

/// <summary>One file under <c>OUT/assets/</c> and where its bytes come from.</summary>
/// <param name="RelativePath">Path in the site, '/'-separated, e.g. <c>assets/katex/katex.min.js</c>.</param>
/// <param name="Open">Opens the content for reading.</param>
internal sealed record SiteAsset(string RelativePath, Func<Stream> Open);

/// <summary>
/// The files every page loads, all served from <c>assets/</c> next to the pages: nothing comes from the web.
/// plotly.js is the copy Plotly.NET embeds in its own assembly; KaTeX is embedded in this assembly at build
/// time from the npm package pinned in package.json; the stylesheet, the math bootstrap and the require.js
/// stand-in that hands the local plotly.js to the kernel's chart outputs are this project's.
/// </summary>
internal static partial class SiteAssets
{
    private static readonly Assembly PlotlyNet = typeof(Plotly.NET.GenericChart).Assembly;
    private static readonly Assembly ThisAssembly = typeof(SiteAssets).Assembly;
    private static readonly Lazy<string> PlotlyResource = new(FindPlotlyResource);

    public const string SiteStylesheet = "assets/site.css";
    public const string RenderMathScript = "assets/render-math.js";
    public const string PlotlyRequireScript = "assets/plotly-require.js";
    public const string KatexStylesheet = "assets/katex/katex.min.css";
    public const string KatexScript = "assets/katex/katex.min.js";
    public const string KatexAutoRenderScript = "assets/katex/contrib/auto-render.min.js";

    /// <summary><c>assets/plotly-&lt;version&gt;.min.js</c>, named after the resource Plotly.NET embeds.</summary>
    public static string PlotlyScript => "assets/" + PlotlyResource.Value["Plotly.NET.".Length..];

    /// <summary>Every asset file, with the site stylesheet completed by the code-highlighting rules.</summary>
    /// <exception cref="InvalidOperationException">An embedded asset is missing (a broken build).</exception>
    public static IReadOnlyList<SiteAsset> All()
    {
        var assets = new List<SiteAsset>
        {
            new(PlotlyScript, () => Open(PlotlyNet, PlotlyResource.Value)),
            new(SiteStylesheet, () => new MemoryStream(Encoding.UTF8.GetBytes(SiteStylesheetText()))),
            new(RenderMathScript, () => Open(ThisAssembly, "site/render-math.js")),
            new(PlotlyRequireScript, () => Open(ThisAssembly, "site/plotly-require.js")),
        };
        var plotlyLicense = PlotlyResource.Value + ".LICENSE.txt";
        if (PlotlyNet.GetManifestResourceNames().Contains(plotlyLicense))
            assets.Add(new(PlotlyScript + ".LICENSE.txt", () => Open(PlotlyNet, plotlyLicense)));

        var katex = ThisAssembly.GetManifestResourceNames().Where(name => name.StartsWith("katex/", StringComparison.Ordinal)).ToList();
        foreach (var required in new[] { KatexStylesheet, KatexScript, KatexAutoRenderScript })
        {
            if (!katex.Contains(required["assets/".Length..]))
                throw new InvalidOperationException(
                    $"Notebooks.Site was built without KaTeX's {required["assets/".Length..]}: rebuild it with npm available (see Notebooks.Site.csproj).");
        }
        if (!katex.Any(name => name.StartsWith("katex/fonts/", StringComparison.Ordinal)))
            throw new InvalidOperationException("Notebooks.Site was built without KaTeX's fonts: rebuild it with npm available (see Notebooks.Site.csproj).");
        assets.AddRange(katex.Order(StringComparer.Ordinal).Select(name => new SiteAsset("assets/" + name, () => Open(ThisAssembly, name))));
        return assets;
    }

    /// <summary>This project's stylesheet followed by ColorCode's highlighting rules (one CSS file for the site).</summary>
    public static string SiteStylesheetText()
    {
        using var reader = new StreamReader(Open(ThisAssembly, "site/site.css"), Encoding.UTF8);
        return reader.ReadToEnd()
            + "\n/* Code highlighting: ColorCode's light theme, generated at publish time and scoped to .highlight */\n"
            + CodeHighlighter.StyleSheet();
    }

    private static string FindPlotlyResource()
    {
        var names = PlotlyNet.GetManifestResourceNames();
        return names.FirstOrDefault(name => PlotlyScriptResource().IsMatch(name))
            ?? throw new InvalidOperationException(
                $"{PlotlyNet.GetName()} embeds no 'Plotly.NET.plotly-<version>.min.js' resource (it has: {string.Join(", ", names)}).");
    }

    private static Stream Open(Assembly assembly, string resource) =>
        assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no embedded resource '{resource}'.");

    [GeneratedRegex(@"^Plotly\.NET\.plotly-\d+\.\d+\.\d+\.min\.js$")]
    private static partial Regex PlotlyScriptResource();
}
