using System.Text.RegularExpressions;

namespace Notebooks.Site;

/// <summary>Console text as a page shows it.</summary>
internal static partial class TerminalText
{
    /// <summary>
    /// Removes ANSI escape sequences (colours, cursor moves: ESC [ … final byte, and ESC ] … BEL/ST titles)
    /// that consoles interpret and a page would show as junk, and normalises CR LF to LF.
    /// </summary>
    public static string Clean(string text) => AnsiEscape().Replace(text, string.Empty).Replace("\r\n", "\n");

    // CSI: ESC [ parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, final byte 0x40–0x7E (ECMA-48 §5.4).
    // OSC: ESC ] … terminated by BEL or ESC \.
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[@-Z\\-_]")]
    private static partial Regex AnsiEscape();
}
