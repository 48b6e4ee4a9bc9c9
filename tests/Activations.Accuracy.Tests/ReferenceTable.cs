using System.Collections.Concurrent;
using System.Globalization;

namespace Activations.Accuracy.Tests;

/// <summary>The binary format of a reference data set.</summary>
public enum NumberFormat
{
    /// <summary>IEEE binary64: References/Double.</summary>
    Double,
    /// <summary>IEEE binary32: References/Single.</summary>
    Single,
}

/// <summary>
/// One row of a reference CSV: the input and, for f and f′, the exact result rounded to the format plus the
/// residual (exact − rounded) / ulp(exact). Float data are held as the doubles equal to them.
/// </summary>
public sealed record ReferencePoint(double X, double Value, double ValueResidual, double Derivative, double DerivativeResidual, int Line);

/// <summary>The mpmath references of one variant in one format (tools/reference/generate.py).</summary>
public sealed class ReferenceTable
{
    private static readonly ConcurrentDictionary<(string, NumberFormat), ReferenceTable> Cache = new();

    private ReferenceTable(string variant, NumberFormat format, string path, ReferencePoint[] points)
    {
        Variant = variant;
        Format = format;
        FilePath = path;
        Points = points;
    }

    /// <summary>Variant name, which is also the file name.</summary>
    public string Variant { get; }

    /// <summary>Format of inputs and results.</summary>
    public NumberFormat Format { get; }

    /// <summary>Path of the CSV file, relative to the test output directory.</summary>
    public string FilePath { get; }

    /// <summary>The rows, in file order.</summary>
    public IReadOnlyList<ReferencePoint> Points { get; }

    /// <summary>Folder holding the Double and Single sub-folders of CSV files.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "References");

    /// <summary>The table of a variant, loaded once.</summary>
    /// <exception cref="FileNotFoundException">No CSV exists for the variant (regenerate with tools/reference/generate.py).</exception>
    /// <exception cref="FormatException">A row is malformed; the message names the file and line.</exception>
    public static ReferenceTable Load(string variant, NumberFormat format) =>
        Cache.GetOrAdd((variant, format), key => Read(key.Item1, key.Item2));

    private static ReferenceTable Read(string variant, NumberFormat format)
    {
        string relative = Path.Combine("References", format.ToString(), variant + ".csv");
        string path = Path.Combine(AppContext.BaseDirectory, relative);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No reference data for '{variant}' ({format}): run /usr/bin/python3 tools/reference/generate.py.", path);
        var points = new List<ReferencePoint>();
        int line = 0;
        bool header = false;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (text.StartsWith('#') || text.Length == 0) continue;
            if (!header)
            {
                if (text != "x,value,value_residual_ulp,derivative,derivative_residual_ulp")
                    throw new FormatException($"{relative}:{line}: unexpected header '{text}'.");
                header = true;
                continue;
            }
            string[] cells = text.Split(',');
            if (cells.Length != 5) throw new FormatException($"{relative}:{line}: expected 5 columns, found {cells.Length}.");
            points.Add(new ReferencePoint(
                Number(cells[0]), Number(cells[1]), Residual(cells[2]), Number(cells[3]), Residual(cells[4]), line));
        }
        if (points.Count == 0) throw new FormatException($"{relative}: no data rows.");
        return new ReferenceTable(variant, format, relative, points.ToArray());

        double Number(string cell) =>
            format == NumberFormat.Double
                ? double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : Fail(cell)
                : float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out float f) ? f : Fail(cell);

        double Residual(string cell) =>
            double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double r) && Math.Abs(r) <= 0.5 ? r : Fail(cell);

        double Fail(string cell) => throw new FormatException($"{relative}:{line}: '{cell}' is not a valid number.");
    }
}
