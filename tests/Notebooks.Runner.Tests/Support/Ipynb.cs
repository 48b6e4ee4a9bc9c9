using System.Text.Json.Nodes;

namespace Notebooks.Runner.Tests;

/// <summary>Builds Polyglot-style .ipynb JSON for fixtures.</summary>
internal static class Ipynb
{
    public static JsonObject Code(string source, string? kernelName = "csharp")
    {
        var metadata = new JsonObject();
        if (kernelName is not null)
        {
            metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernelName };
        }
        return new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = metadata,
            ["outputs"] = new JsonArray(),
            ["source"] = Lines(source),
        };
    }

    public static JsonObject Markdown(string source) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = Lines(source),
    };

    public static JsonObject PolyglotMetadata(string defaultKernel = "csharp") => new()
    {
        ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
        ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
        ["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = defaultKernel,
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
            },
        },
    };

    public static string NotebookWithMetadata(JsonObject metadata, params JsonObject[] cells) => new JsonObject
    {
        ["cells"] = new JsonArray(cells.Select(c => (JsonNode)c).ToArray()),
        ["metadata"] = metadata,
        ["nbformat"] = 4,
        ["nbformat_minor"] = 2,
    }.ToJsonString();

    public static string Notebook(params JsonObject[] cells) => NotebookWithMetadata(PolyglotMetadata(), cells);

    /// <summary>A notebook whose cells are all C# code cells.</summary>
    public static string CSharp(params string[] sources) => Notebook(sources.Select(s => Code(s)).ToArray());

    private static JsonArray Lines(string source)
    {
        var array = new JsonArray();
        var start = 0;
        while (start < source.Length)
        {
            var end = source.IndexOf('\n', start);
            var line = end < 0 ? source[start..] : source[start..(end + 1)];
            array.Add(line);
            start += line.Length;
        }
        return array;
    }
}
