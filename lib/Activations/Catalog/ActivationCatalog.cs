using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Activations;

/// <summary>
/// Every activation of the library, each described once (<see cref="ActivationInfo"/>), for notebooks
/// that draw or tabulate them all.
/// </summary>
/// <remarks>
/// The entries are the <c>internal static readonly ActivationInfo</c> fields that the activation files
/// of <see cref="Activation"/> declare next to their implementation, gathered by reflection: adding an
/// activation file adds its entry. Order: by <see cref="ActivationInfo.Family"/>, then by name.
/// </remarks>
public static class ActivationCatalog
{
    /// <summary>All entries, by family then name.</summary>
    public static IReadOnlyList<ActivationInfo> All { get; } = Gather();

    /// <summary>The names of all entries, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(info => info.Name).ToArray();

    /// <summary>The entry called <paramref name="name"/>, ignoring case (<c>"leakyrelu"</c> finds <c>LeakyReLU</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No entry has that name; the message lists the known names.</exception>
    public static ActivationInfo Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TryGet(name, out ActivationInfo? info))
        {
            ThrowHelper.ThrowArgument(
                $"Unknown activation '{name}'. Known activations: {string.Join(", ", Names)}.", nameof(name));
        }

        return info;
    }

    /// <summary>Looks an entry up by name, ignoring case.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out ActivationInfo? info)
    {
        info = All.FirstOrDefault(entry => string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase));
        return info is not null;
    }

    private static ActivationInfo[] Gather()
    {
        ActivationInfo[] entries = typeof(Activation)
            .GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(field => field.FieldType == typeof(ActivationInfo))
            .Select(field => (ActivationInfo)field.GetValue(null)!)
            .OrderBy(info => info.Family)
            .ThenBy(info => info.Name, StringComparer.Ordinal)
            .ToArray();

        string[] duplicates = entries.GroupBy(info => info.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1).Select(group => group.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new InvalidOperationException($"Activation names must be unique: {string.Join(", ", duplicates)}.");
        }

        string[] withoutProperties = entries.Select(info => info.Name).Except(ActivationGuide.Names).ToArray();
        string[] propertiesWithoutEntry = ActivationGuide.Names.Except(entries.Select(info => info.Name)).ToArray();
        if (withoutProperties.Length + propertiesWithoutEntry.Length > 0)
        {
            throw new InvalidOperationException(
                $"ActivationGuide and the catalogue disagree: no properties for [{string.Join(", ", withoutProperties)}], " +
                $"properties without an entry for [{string.Join(", ", propertiesWithoutEntry)}].");
        }

        return entries;
    }
}
