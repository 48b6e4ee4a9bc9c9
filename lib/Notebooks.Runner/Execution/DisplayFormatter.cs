using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Model;

namespace Notebooks.Runner;

/// <summary>
/// Formats values as the .NET Interactive kernel does (<c>FormattedValue.CreateManyFromObject</c>): the
/// requested mime types, or else <see cref="Formatter.GetPreferredMimeTypesFor"/> (text/html for most
/// types, text/plain for strings), each rendered by <see cref="Formatter.ToDisplayString(object, string)"/>.
/// When no mime type was requested a <c>text/plain</c> rendering is added if missing, so that plain-text
/// consumers (terminals, nbformat viewers, tests) see the value too; viewers still prefer the HTML.
/// </summary>
internal static class DisplayFormatter
{
    public const string PlainText = "text/plain";

    public static DisplayOutput Format(object? value, IReadOnlyList<string> mimeTypes, bool isExecuteResult)
    {
        foreach (var mimeType in mimeTypes)
        {
            if (string.IsNullOrWhiteSpace(mimeType))
            {
                throw new ArgumentException("A mime type must not be blank.", nameof(mimeTypes));
            }
        }

        var requested = mimeTypes.Count > 0
            ? mimeTypes
            : Formatter.GetPreferredMimeTypesFor(value?.GetType()).ToList();

        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mimeType in requested)
        {
            data[mimeType] = value.ToDisplayString(mimeType);
        }
        if (mimeTypes.Count == 0 && !data.ContainsKey(PlainText))
        {
            data[PlainText] = value.ToDisplayString(PlainText);
        }
        return new DisplayOutput(data, isExecuteResult);
    }
}
