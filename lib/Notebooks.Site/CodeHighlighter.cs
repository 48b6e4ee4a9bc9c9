using System.Text;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Styling;

namespace Notebooks.Site;

/// <summary>
/// Syntax highlighting with ColorCode's <see cref="HtmlClassFormatter"/>: spans carry class names and
/// <see cref="StyleSheet"/> colours them, scoped under <c>.highlight</c> so the classes cannot
/// restyle anything else on the page (chart or HTML outputs).
/// ColorCode is not thread-safe (a formatter keeps its writer in a field, and languages are compiled into a
/// shared cache on first use), so each call gets its own formatter and calls are serialised.
/// </summary>
internal static partial class CodeHighlighter
{
    private static readonly Lock ColorCodeGate = new();

    private static readonly Dictionary<string, ILanguage> LanguagesByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = Languages.CSharp, ["c#"] = Languages.CSharp, ["cs"] = Languages.CSharp,
        ["fsharp"] = Languages.FSharp, ["f#"] = Languages.FSharp, ["fs"] = Languages.FSharp,
        ["pwsh"] = Languages.PowerShell, ["powershell"] = Languages.PowerShell, ["ps1"] = Languages.PowerShell,
        ["javascript"] = Languages.JavaScript, ["js"] = Languages.JavaScript,
        ["typescript"] = Languages.Typescript, ["ts"] = Languages.Typescript,
        ["html"] = Languages.Html, ["xml"] = Languages.Xml, ["css"] = Languages.Css, ["json"] = Languages.FindById("json"),
        ["sql"] = Languages.Sql, ["python"] = Languages.Python, ["py"] = Languages.Python,
        ["cpp"] = Languages.Cpp, ["c++"] = Languages.Cpp, ["java"] = Languages.Java,
        ["haskell"] = Languages.Haskell, ["fortran"] = Languages.Fortran, ["matlab"] = Languages.MATLAB,
        ["markdown"] = Languages.Markdown, ["md"] = Languages.Markdown,
    };

    /// <summary>True when <paramref name="language"/> (a kernel name or fence info such as <c>csharp</c>) is highlighted.</summary>
    public static bool Knows(string? language) => language is not null && LanguagesByName.ContainsKey(language);

    /// <summary>
    /// The code as <c>&lt;div class="highlight" data-language="…"&gt;&lt;pre&gt;…</c>: coloured when the language
    /// is known, escaped plain text otherwise.
    /// </summary>
    public static string ToHtml(string code, string? language)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"highlight\"");
        if (!string.IsNullOrEmpty(language)) html.Append(" data-language=\"").Append(Html.Escape(language)).Append('"');
        html.Append('>');
        if (Knows(language) && code.Length > 0)
        {
            lock (ColorCodeGate) html.Append(NewFormatter().GetHtmlString(code, LanguagesByName[language!]));
        }
        else
            html.Append("<pre>").Append(Html.Escape(code)).Append("</pre>");
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>
    /// ColorCode's light-theme rules with every selector prefixed by <c>.highlight</c>; its page-level
    /// <c>body</c> rule and its <c>.plainText</c> rule (which sets white text) are dropped.
    /// </summary>
    public static string StyleSheet()
    {
        string colorCodeCss;
        lock (ColorCodeGate) colorCodeCss = NewFormatter().GetCSSString();
        var css = new StringBuilder();
        foreach (Match rule in CssRule().Matches(colorCodeCss))
        {
            var selector = rule.Groups["selector"].Value.Trim();
            var declarations = rule.Groups["declarations"].Value.Trim();
            if (selector is "body" or ".plainText" || declarations.Length == 0) continue;
            css.Append(".highlight ").Append(selector).Append(" { ").Append(declarations).Append(" }\n");
        }
        return css.ToString();
    }

    private static HtmlClassFormatter NewFormatter() => new(StyleDictionary.DefaultLight);

    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<declarations>[^{}]*)\}")]
    private static partial Regex CssRule();
}
