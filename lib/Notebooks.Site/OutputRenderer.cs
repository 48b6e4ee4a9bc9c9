using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Notebooks.Model;

namespace Notebooks.Site;

/// <summary>Turns a code cell's outputs into HTML, in order.</summary>
internal static class OutputRenderer
{
    /// <summary>Mime types in the order a display output is shown by (the richest first, as Jupyter does).</summary>
    public static readonly IReadOnlyList<string> MimePreference =
    [
        "text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/latex", "application/json", "text/plain",
    ];

    /// <summary>
    /// The outputs of one cell. Consecutive stream outputs to the same stream are merged into one block,
    /// as a console would show them.
    /// </summary>
    /// <param name="outputs">The cell's outputs.</param>
    /// <param name="executionCount">Shown as <c>Out[n]</c> next to the value of the cell's last expression.</param>
    /// <param name="where">Names the notebook and cell in error messages.</param>
    /// <exception cref="FormatException">An output is null, of an unknown kind, or an image is not valid base64.</exception>
    public static string ToHtml(IReadOnlyList<CellOutput> outputs, int? executionCount, string where)
    {
        var html = new StringBuilder();
        for (var i = 0; i < outputs.Count; i++)
        {
            switch (outputs[i])
            {
                case StreamOutput stream:
                    var text = new StringBuilder(stream.Text);
                    while (i + 1 < outputs.Count && outputs[i + 1] is StreamOutput next && next.Name == stream.Name)
                    {
                        text.Append(next.Text);
                        i++;
                    }
                    AppendStream(html, stream.Name, text.ToString());
                    break;
                case DisplayOutput display:
                    AppendDisplay(html, display, executionCount, $"{where}, output {i + 1}");
                    break;
                case ErrorOutput error:
                    AppendError(html, error);
                    break;
                case null:
                    throw new FormatException($"{where}: output {i + 1} is null.");
                default:
                    throw new FormatException($"{where}: output {i + 1} is of unknown kind {outputs[i].GetType().Name}.");
            }
        }
        return html.ToString();
    }

    private static void AppendStream(StringBuilder html, string name, string text)
    {
        var streamClass = name == "stderr" ? "stderr" : "stdout";
        html.Append("<div class=\"output output-stream output-").Append(streamClass).Append("\">")
            .Append("<pre>").Append(Html.Escape(TerminalText.Clean(text))).Append("</pre></div>\n");
    }

    private static void AppendError(StringBuilder html, ErrorOutput error)
    {
        html.Append("<div class=\"output output-error\" role=\"alert\">")
            .Append("<p class=\"error-message\"><span class=\"error-name\">").Append(Html.Escape(error.Name)).Append("</span> ")
            .Append(Html.Escape(TerminalText.Clean(error.Message))).Append("</p>");
        if (error.Traceback.Count > 0)
            html.Append("<pre class=\"error-traceback\">")
                .Append(Html.Escape(TerminalText.Clean(string.Join('\n', error.Traceback)))).Append("</pre>");
        html.Append("</div>\n");
    }

    private static void AppendDisplay(StringBuilder html, DisplayOutput display, int? executionCount, string where)
    {
        var mime = MimePreference.FirstOrDefault(display.Data.ContainsKey);
        html.Append("<div class=\"output output-display");
        if (display.IsExecuteResult) html.Append(" output-result");
        if (mime is not null) html.Append(" output-").Append(mime.Replace('/', '-').Replace('+', '-'));
        html.Append("\">");
        if (display.IsExecuteResult)
            html.Append("<div class=\"prompt\">Out [").Append(executionCount?.ToString() ?? " ").Append("]:</div>");
        html.Append("<div class=\"output-body\">");
        if (mime is null)
        {
            var types = display.Data.Count == 0 ? "none" : string.Join(", ", display.Data.Keys);
            html.Append("<p class=\"output-unsupported\">No representation this page can show (mime types: ")
                .Append(Html.Escape(types)).Append(").</p>");
        }
        else
        {
            html.Append(DataToHtml(mime, display.Data[mime], where));
        }
        html.Append("</div></div>\n");
    }

    private static string DataToHtml(string mime, string content, string where) => mime switch
    {
        // Trusted notebook output (charts: a div and a script): inserted as is so that it runs.
        "text/html" or "image/svg+xml" => content,
        "image/png" or "image/jpeg" => $"<img alt=\"\" src=\"data:{mime};base64,{ValidBase64(content, where)}\">",
        "text/markdown" => NotebookMarkdown.ToHtml(content),
        "text/latex" => NotebookMarkdown.ToHtml(content),
        "application/json" => "<pre>" + Html.Escape(PrettyJson(content)) + "</pre>",
        _ => "<pre>" + Html.Escape(TerminalText.Clean(content)) + "</pre>",
    };

    private static string ValidBase64(string content, string where)
    {
        // nbformat allows line breaks inside base64 image data.
        var compact = string.Concat(content.Where(c => !char.IsWhiteSpace(c)));
        var buffer = new byte[compact.Length];
        if (!Convert.TryFromBase64String(compact, buffer, out _))
            throw new FormatException($"{where}: image data is not valid base64.");
        return compact;
    }

    private static string PrettyJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
