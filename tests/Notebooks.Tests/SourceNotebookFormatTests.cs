using System.Text.Json;

namespace Notebooks.Tests;

/// <summary>
/// The committed .ipynb files themselves: Polyglot's nbformat 4 layout, no outputs, the source article
/// in metadata, and the package pins that the VS Code kernel needs (checked on the raw JSON, not
/// through the runner's reader, which would forgive mistakes).
/// </summary>
public class SourceNotebookFormatTests
{
    public static TheoryData<string> Notebooks() => NotebookExecutionTests.Notebooks();

    private static JsonElement Load(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Notebook(fileName)));
        return document.RootElement.Clone();
    }

    private static IEnumerable<JsonElement> CodeCells(JsonElement notebook) =>
        notebook.GetProperty("cells").EnumerateArray().Where(cell => cell.GetProperty("cell_type").GetString() == "code");

    private static string Source(JsonElement cell) =>
        cell.GetProperty("source").ValueKind == JsonValueKind.Array
            ? string.Concat(cell.GetProperty("source").EnumerateArray().Select(line => line.GetString()))
            : cell.GetProperty("source").GetString() ?? "";

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_a_polyglot_csharp_notebook_in_nbformat_4(string fileName)
    {
        var notebook = Load(fileName);
        var metadata = notebook.GetProperty("metadata");

        Assert.Equal(4, notebook.GetProperty("nbformat").GetInt32());
        var kernelspec = metadata.GetProperty("kernelspec");
        Assert.Equal(".NET (C#)", kernelspec.GetProperty("display_name").GetString());
        Assert.Equal("C#", kernelspec.GetProperty("language").GetString());
        Assert.Equal(".net-csharp", kernelspec.GetProperty("name").GetString());
        Assert.Equal("polyglot-notebook", metadata.GetProperty("language_info").GetProperty("name").GetString());
        var kernelInfo = metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo");
        Assert.Equal("csharp", kernelInfo.GetProperty("defaultKernelName").GetString());
        Assert.Contains(kernelInfo.GetProperty("items").EnumerateArray(), item => item.GetProperty("name").GetString() == "csharp");

        foreach (var cell in CodeCells(notebook))
        {
            var cellMetadata = cell.GetProperty("metadata");
            Assert.Equal("csharp", cellMetadata.GetProperty("dotnet_interactive").GetProperty("language").GetString());
            Assert.Equal("csharp", cellMetadata.GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_committed_without_outputs_or_execution_counts(string fileName)
    {
        foreach (var cell in CodeCells(Load(fileName)))
        {
            Assert.Equal(JsonValueKind.Array, cell.GetProperty("outputs").ValueKind);
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Credits_its_source_article_in_metadata_and_in_the_opening_prose(string fileName)
    {
        var notebook = Load(fileName);
        var opening = Source(notebook.GetProperty("cells")[0]);
        Assert.Equal("markdown", notebook.GetProperty("cells")[0].GetProperty("cell_type").GetString());
        Assert.StartsWith("# ", opening);
        // An original notebook (no source_article in metadata) says so in its opening prose instead.
        if (!notebook.GetProperty("metadata").TryGetProperty("source_article", out var article))
        {
            Assert.Contains("original notebook", opening, StringComparison.OrdinalIgnoreCase);
            return;
        }
        Assert.Contains(article.GetProperty("title").GetString()!, opening);
        if (article.GetProperty("url").ValueKind == JsonValueKind.String)
            Assert.Contains(article.GetProperty("url").GetString()!, opening);

        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("author").GetString()));
        Assert.Contains(article.GetProperty("language").GetString(), new[] { "zh", "ja" });
        var url = article.GetProperty("url");
        if (url.ValueKind != JsonValueKind.Null)
            Assert.True(Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal),
                $"{fileName}: source_article.url '{url}' is not an absolute http(s) URL.");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Pins_the_packages_of_the_VS_Code_kernel_then_loads_the_shared_chart_script(string fileName)
    {
        var code = CodeCells(Load(fileName)).Select(Source).ToList();

        // Plotly.NET 6 needs FSharp.Core 10.1, the Polyglot kernel ships FSharp.Core 10.0: the kernel
        // must get the 5.x line, which the runner maps to the 6.0 line it ships. MathNet.Numerics is
        // referenced only by the notebooks that use it, always in the pinned version.
        const string MathNet = "#r \"nuget: MathNet.Numerics, 5.0.0\"";
        var references = code[0].Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        Assert.Equal(
            new[]
            {
                "#r \"nuget: Plotly.NET.Interactive, 5.0.0\"",
                "#r \"nuget: Plotly.NET.CSharp, 0.13.0\"",
                "#r \"../lib/Activations/bin/Debug/net10.0/Activations.dll\"",
            },
            references.Where(line => line != MathNet));
        if (references.Contains(MathNet))
            Assert.Equal(MathNet, references[2]);
        Assert.DoesNotContain(references, line => line.Contains("MathNet", StringComparison.Ordinal) && line != MathNet);
        Assert.StartsWith("#load \"../lib/Charts/ActivationCharts.csx\"", code[1].TrimStart());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Builds_its_charts_only_through_the_shared_chart_script(string fileName)
    {
        // Plotly calls belong in lib/Charts/ActivationCharts.csx, never copied into a notebook.
        foreach (var source in CodeCells(Load(fileName)).Select(Source))
            foreach (var plotlyCall in new[] { "Chart.Line", "Chart.Combine", "Slider.init", "SliderStep.init", "GenericChart.addLayout", "WithXAxisStyle" })
                Assert.DoesNotContain(plotlyCall, source);
    }
}
