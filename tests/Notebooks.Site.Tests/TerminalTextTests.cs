using CsCheck;

namespace Notebooks.Site.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m", "red")]
    [InlineData("\u001b[1;38;5;208mbold orange\u001b[m!", "bold orange!")]
    [InlineData("\u001b]0;window title\u0007text", "text")]
    [InlineData("line\r\nnext", "line\nnext")]
    [InlineData("\u001b[2K\u001b[1Gprogress", "progress")]
    public void Escape_sequences_are_removed(string raw, string shown) => Assert.Equal(shown, TerminalText.Clean(raw));

    [Fact]
    public void Text_without_escapes_is_unchanged_and_colouring_it_changes_nothing_shown()
    {
        var text = Gen.String[Gen.Char.Where(c => c != '\u001b' && c != '\r'), 0, 30];
        var colour = Gen.Int[0, 255].Select(n => $"\u001b[38;5;{n}m");
        Gen.Select(text, colour).Sample((plain, sgr) =>
        {
            Assert.Equal(plain, TerminalText.Clean(plain));
            Assert.Equal(plain, TerminalText.Clean(sgr + plain + "\u001b[0m"));
        });
    }
}
