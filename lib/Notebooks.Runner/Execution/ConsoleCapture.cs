using System.Text;

namespace Notebooks.Runner;

/// <summary>
/// Turns <see cref="Console.Out"/> and <see cref="Console.Error"/> into <c>stream</c> outputs of the cell
/// that writes them. Console is process-global and notebooks may run in parallel, so the writers are
/// installed once and route each write through <see cref="NotebookSession.Current"/> (an AsyncLocal);
/// writes from outside any notebook go to the original console.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly object Gate = new();
    private static TextWriter? originalOut;
    private static TextWriter? originalError;

    /// <summary>The process's standard output as it was before capture was installed.</summary>
    public static TextWriter OriginalOut
    {
        get
        {
            lock (Gate)
            {
                return originalOut ?? Console.Out;
            }
        }
    }

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (originalOut is not null)
            {
                return;
            }
            originalOut = Console.Out;
            originalError = Console.Error;
            Console.SetOut(new RoutingWriter("stdout", originalOut));
            Console.SetError(new RoutingWriter("stderr", originalError));
        }
    }

    private sealed class RoutingWriter(string streamName, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => fallback.Encoding;

        public override void Write(char value) => Route(value.ToString());

        public override void Write(string? value)
        {
            if (value is not null)
            {
                Route(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Route(new string(buffer));

        public override void Flush() => fallback.Flush();

        private void Route(string text)
        {
            if (NotebookSession.Current?.CurrentCell is { } cell)
            {
                cell.AppendStream(streamName, text);
            }
            else
            {
                fallback.Write(text);
            }
        }
    }
}
