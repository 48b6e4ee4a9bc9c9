using System.Text.Json;

namespace Notebooks.Runner;

/// <summary>
/// Reads one entry of Polyglot's <c>kernelInfo.items</c> (<c>{"name": "csharp", "aliases": ["c#"]}</c>)
/// into an alias → kernel name map, so that kernels a notebook declares split and select cells too.
/// </summary>
internal static class KernelInfoItems
{
    public static void Add(JsonElement item, Dictionary<string, string> aliases)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("name", out var nameElement)
            || nameElement.ValueKind != JsonValueKind.String
            || nameElement.GetString() is not { Length: > 0 } declared)
        {
            return;
        }

        var name = KernelNames.Canonical(declared);
        aliases.TryAdd(declared, name);
        if (item.TryGetProperty("aliases", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var alias in list.EnumerateArray())
            {
                if (alias.ValueKind == JsonValueKind.String && alias.GetString() is { Length: > 0 } text)
                {
                    aliases.TryAdd(text, name);
                }
            }
        }
    }
}
