using Microsoft.AspNetCore.Html;

namespace Notebooks.Runner.Scripting;

/// <summary>
/// The kernel helpers that notebook code calls without qualification, imported into every cell with
/// <c>using static</c> as <c>Microsoft.DotNet.Interactive.Kernel</c> and its display extensions are in
/// the real kernel. Outside a notebook run they throw <see cref="InvalidOperationException"/>.
/// </summary>
public static class NotebookKernel
{
    /// <summary>
    /// Displays <paramref name="value"/> below the cell: formatted with the given mime types (e.g.
    /// <c>"text/html"</c>), or with the formatter's preferred ones when none are given.
    /// </summary>
    /// <returns>A handle whose <see cref="DisplayedValue.Update"/> replaces the output.</returns>
    /// <exception cref="InvalidOperationException">Called outside a notebook run or after the cell finished.</exception>
    /// <exception cref="ArgumentException">A mime type is blank.</exception>
#pragma warning disable IDE1006 // lower-case name: the kernel's API, which notebooks call as display(…)
    public static DisplayedValue display(object? value, params string[] mimeTypes) =>
        Session(nameof(display)).Display(value, mimeTypes ?? []);
#pragma warning restore IDE1006

    /// <summary>Wraps an HTML string so that displaying it renders the markup (mime type <c>text/html</c>).</summary>
    public static IHtmlContent HTML(string content) => new HtmlString(content ?? "");

    /// <summary>The extension form of <see cref="display"/>: <c>value.Display()</c>.</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) =>
        Session(nameof(Display)).Display(value, mimeTypes ?? []);

    /// <summary>Displays <paramref name="content"/> verbatim under <paramref name="mimeType"/>, e.g. <c>"text/markdown"</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="mimeType"/> is blank.</exception>
    public static DisplayedValue DisplayAs(this string content, string mimeType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        return Session(nameof(DisplayAs)).DisplayAs(content ?? "", mimeType);
    }

    private static NotebookSession Session(string helper) =>
        NotebookSession.Current
        ?? throw new InvalidOperationException($"{helper}() is only available while the notebook runner executes a notebook.");
}
