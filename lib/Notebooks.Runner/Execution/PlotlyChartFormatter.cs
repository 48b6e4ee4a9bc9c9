using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using Newtonsoft.Json;
using Plotly.NET;

namespace Notebooks.Runner;

/// <summary>
/// The runner's stand-in for the Plotly.NET.Interactive kernel extension: a Formatting registration
/// that renders <see cref="GenericChart"/> as <c>text/html</c> — a div plus a script that draws the chart
/// with <c>window.Plotly</c> when the page already has it (the published site loads a local copy before
/// the outputs) and otherwise loads plotly.js <see cref="PlotlyJsVersion"/>, the version Plotly.NET embeds,
/// through require.js when the page uses it (classic Jupyter) or a script tag.
/// The formatter is registered once per process but acts only for notebooks that referenced
/// Plotly.NET.Interactive; elsewhere charts keep the default formatting, as in the kernel.
/// </summary>
internal static class PlotlyChartFormatter
{
    /// <summary>CSS class of the element that wraps every chart output, for the site to detect charts.</summary>
    public const string ChartClass = "notebook-plotly-chart";

    /// <summary>Attribute on the wrapper naming the plotly.js version the chart was produced for.</summary>
    public const string VersionAttribute = "data-plotly-js-version";

    public static string PlotlyJsVersion => Globals.PLOTLYJS_VERSION;

    public static string PlotlyJsCdnUrl => $"https://cdn.plot.ly/plotly-{PlotlyJsVersion}.min.js";

    private static readonly object Gate = new();
    private static bool registered;

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            // Formatter's static state must exist before HtmlFormatter's: touching HtmlFormatter first
            // leaves the library's default object formatter null (NullReferenceException on every value).
            RuntimeHelpers.RunClassConstructor(typeof(Formatter).TypeHandle);

            // The default (tree view / property list) formatters, captured before ours replaces them.
            var htmlFallback = HtmlFormatter.GetPreferredFormatterFor(typeof(GenericChart));
            var plainFallback = PlainTextFormatter.GetPreferredFormatterFor(typeof(GenericChart));

            Formatter.Register<GenericChart>((chart, context) =>
            {
                if (NotebookSession.Current is not { ChartsEnabled: true } session)
                {
                    return htmlFallback.Format(chart, context);
                }
                context.Writer.Write(ToHtml(chart, session.NextChartElementId()));
                return true;
            }, HtmlFormatter.MimeType);

            Formatter.Register<GenericChart>((chart, context) =>
            {
                if (NotebookSession.Current is not { ChartsEnabled: true })
                {
                    return plainFallback.Format(chart, context);
                }
                var traces = GenericChart.countTrace(chart);
                context.Writer.Write($"Plotly.NET chart ({traces} trace{(traces == 1 ? "" : "s")})");
                return true;
            }, PlainTextFormatter.MimeType);

            registered = true;
        }
    }

    /// <summary>The chart as a self-contained HTML fragment drawn into the element <paramref name="elementId"/>.</summary>
    public static string ToHtml(GenericChart chart, string elementId)
    {
        var data = ScriptSafeJson(GenericChart.getTraces(chart));
        var layout = ScriptSafeJson(GenericChart.getLayout(chart));
        var config = ScriptSafeJson(GenericChart.getConfig(chart));
        return $$"""
            <div class="{{ChartClass}}" {{VersionAttribute}}="{{PlotlyJsVersion}}"><div id="{{elementId}}"><!-- Plotly chart will be drawn inside this DIV --></div><script type="text/javascript">
            (function () {
                var render = function (Plotly) {
                    var data = {{data}};
                    var layout = {{layout}};
                    var config = {{config}};
                    Plotly.newPlot('{{elementId}}', data, layout, config);
                };
                if (window.Plotly) {
                    render(window.Plotly);
                    return;
                }
                var src = '{{PlotlyJsCdnUrl}}';
                if (typeof window.requirejs === 'function' && typeof window.requirejs.config === 'function') {
                    var notebookRequire = window.requirejs.config({ context: 'notebook-plotly', paths: { plotly: src.replace(/\.js$/, '') } });
                    notebookRequire(['plotly'], render);
                    return;
                }
                window.notebookPlotlyLoading = window.notebookPlotlyLoading || new Promise(function (resolve, reject) {
                    var script = document.createElement('script');
                    script.setAttribute('charset', 'utf-8');
                    script.src = src;
                    script.onload = function () { resolve(window.Plotly); };
                    script.onerror = reject;
                    document.head.appendChild(script);
                });
                window.notebookPlotlyLoading.then(render);
            })();
            </script></div>
            """;
    }

    // Serialised as Plotly.NET serialises charts; "</" is escaped so that no string in the chart can
    // close the <script> element early ("<\/" is the same JSON string).
    private static string ScriptSafeJson(object value) =>
        JsonConvert.SerializeObject(value, Globals.JSON_CONFIG).Replace("</", "<\\/", StringComparison.Ordinal);
}
