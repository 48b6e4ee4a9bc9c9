using Notebooks.Model;

namespace Notebooks.Site.Tests;

/// <summary>Executed notebooks covering every kind of cell and output the site renders.</summary>
internal static class SampleNotebooks
{
    public const string SourceTitle = "激活函数 <详解> & 比较";
    public const string SourceUrl = "https://example.com/articles/activation?lang=zh&page=1";

    private static IReadOnlyList<CellOutput> None => [];

    /// <summary>
    /// <c>01-sigmoid-tanh.ipynb</c>: title with markup characters, inline and display math, a C# cell, text/plain,
    /// stream (stdout, stderr with ANSI colours), a Plotly chart, a slider chart, and a compile error.
    /// </summary>
    public static Notebook SigmoidAndTanh() => new(
        "/notebooks/01-sigmoid-tanh.ipynb",
        [
            new(CellKind.Markdown,
                "# Sigmoid & tanh: \"squashing\" \\<functions>\n\n" +
                "The logistic sigmoid $\\sigma(x) = \\frac{1}{1+e^{-x}}$ maps $\\mathbb{R}$ to $(0, 1)$ and $a<b$ stays ordered.\n\n" +
                "A second paragraph.",
                "markdown", None),
            new(CellKind.Markdown,
                "## Derivative\n\n" +
                "$$\n\\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr)\n$$\n\n" +
                "and, on one line, $$\\tanh x = 2\\sigma(2x) - 1$$ holds too.\n\n" +
                "![a remote figure](https://example.com/figure.png)\n\n" +
                "```csharp\nstatic double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));\n```",
                "markdown", None),
            new(CellKind.Code,
                "var xs = Enumerable.Range(0, 5).Where(i => i < 3).ToList();\nConsole.WriteLine(\"<b>not bold</b> & done\");\nxs",
                "csharp",
                [
                    new StreamOutput("stdout", "<b>not bold</b> & done\n"),
                    new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "List<int>(3) { 0, 1, 2 }" }, IsExecuteResult: true),
                ],
                ExecutionCount: 1),
            new(CellKind.Code,
                "Console.Error.WriteLine(\"warning: slow path\");\nSigmoidAndTanhChart()",
                "csharp",
                [
                    new StreamOutput("stderr", "\u001b[33mwarning:\u001b[0m slow path\n"),
                    new DisplayOutput(new Dictionary<string, string>
                    {
                        ["text/html"] = SampleCharts.SigmoidAndTanhHtml(),
                        ["text/plain"] = "Plotly.NET.GenericChart",
                    }, IsExecuteResult: true),
                ],
                ExecutionCount: 2),
            new(CellKind.Code,
                "SwishSliderChart()",
                "csharp",
                [new DisplayOutput(new Dictionary<string, string> { ["text/html"] = SampleCharts.SwishSliderKernelHtml() }, IsExecuteResult: true)],
                ExecutionCount: 3),
            new(CellKind.Code,
                "sigmoidd(1.0)",
                "csharp",
                [new ErrorOutput("CompilationErrorException",
                    "01-sigmoid-tanh.ipynb, cell 6, line 1: error CS0103: The name 'sigmoidd' does not exist in the current context",
                    ["(1,1): error CS0103: The name 'sigmoidd' does not exist <here>"])],
                ExecutionCount: 4),
        ],
        Metadata: System.Text.Json.JsonSerializer.Serialize(new
        {
            kernelspec = new { name = ".net-csharp", language = "C#" },
            source_article = new { title = SourceTitle, author = "张三", url = SourceUrl, language = "zh" },
        }));

    /// <summary><c>02-relu.ipynb</c>: no title heading, no metadata, runs clean.</summary>
    public static Notebook Relu() => new(
        "/notebooks/02-relu.ipynb",
        [
            new(CellKind.Markdown, "ReLU is $\\max(0, x)$.", "markdown", None),
            new(CellKind.Code, "Math.Max(0, -2.5)", "csharp",
                [new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "0" }, IsExecuteResult: true)], ExecutionCount: 1),
        ]);

    /// <summary><c>03-softmax.ipynb</c>, a Japanese source article.</summary>
    public static Notebook Softmax() => new(
        "/notebooks/03-softmax.ipynb",
        [new(CellKind.Markdown, "# Softmax\n\nNormalised exponentials.", "markdown", None)],
        Metadata: """{"source_article": {"title": "ソフトマックス関数", "url": "https://example.jp/softmax", "language": "ja"}}""");

    public static IReadOnlyList<Notebook> Collection() => [SigmoidAndTanh(), Relu(), Softmax()];
}
