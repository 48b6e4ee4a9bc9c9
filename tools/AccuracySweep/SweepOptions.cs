namespace Activations.Accuracy;

/// <summary>Which paths of the library a sweep evaluates.</summary>
public enum SweepPath
{
    /// <summary>Scalar float overloads of values and derivatives.</summary>
    Scalar,
    /// <summary>Span float overloads (derivatives through the catalogue), and other libraries' span APIs.</summary>
    Span,
    /// <summary>Both.</summary>
    Both,
}

/// <summary>
/// Command line of the sweep: <c>[--functions a,b,…] [--all-variants] [--sample N] [--path scalar|span|both]
/// [--double DIR] [--out file.md]</c>.
/// </summary>
/// <param name="Functions">Variant names to sweep (case-insensitive); empty for the default set.</param>
/// <param name="Sample">Number of stepped inputs; null for all 2^32 float bit patterns.</param>
/// <param name="Path">Paths to evaluate.</param>
/// <param name="OutputFile">Optional Markdown file to write the table to, besides stdout.</param>
/// <param name="ShowHelp">True when --help was given.</param>
/// <param name="AllVariants">Without --functions: also the non-default parameter variants.</param>
/// <param name="DoubleReferenceFolder">
/// When set, check the double paths against the high-precision files of tools/reference/double_sweep.py in this
/// folder instead of sweeping floats.
/// </param>
public sealed record SweepOptions(IReadOnlyList<string> Functions, long? Sample, SweepPath Path, string? OutputFile, bool ShowHelp,
    bool AllVariants = false, string? DoubleReferenceFolder = null)
{
    /// <summary>The variants selected: --functions, else every variant with --all-variants, else the default-parameter ones.</summary>
    public IReadOnlyList<ActivationVariant> Variants =>
        Functions.Count > 0 ? Functions.Select(ActivationVariants.Get).ToArray()
        : AllVariants ? ActivationVariants.All
        : ActivationVariants.All.Where(v => v.HasDefaultParameters).ToArray();

    /// <summary>Usage text.</summary>
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/AccuracySweep -- [options]

        Evaluates every element-wise activation and its derivative in float at all 2^32 float inputs (or a
        sample), in parallel on all cores, and reports the error in float ulps against the library's double
        scalar path at the same input (itself tested within 4 double ulps of mpmath references).

          --functions a,b,...      variant names, e.g. GELU,SiLU,"LeakyReLU(alpha=0.2)" (default: every
                                   function with its default parameters)
          --all-variants           also the non-default parameter variants (ignored with --functions)
          --sample N               N inputs stepping uniformly through the 2^32 bit patterns, plus special
                                   values (default: exhaustive, all 2^32)
          --path scalar|span|both  float paths to evaluate (default: both); span derivatives come from
                                   ActivationCatalog, TensorPrimitives rows (Sigmoid, Tanh) from the span path
          --double DIR             instead: check the double paths (scalar and span) against the files
                                   written by tools/reference/double_sweep.py --out DIR
          --out file.md            also write the Markdown table to this file
          --help                   this text
        """;

    /// <summary>Parses the command line.</summary>
    /// <exception cref="ArgumentException">An option is unknown, lacks its value, or has an invalid value; the message names it.</exception>
    public static SweepOptions Parse(IReadOnlyList<string> args)
    {
        var functions = new List<string>();
        long? sample = null;
        var path = SweepPath.Both;
        string? output = null, doubleFolder = null;
        bool allVariants = false;
        for (int i = 0; i < args.Count; i++)
        {
            string option = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"Option {option} needs a value.", nameof(args));
            switch (option)
            {
                case "--help" or "-h":
                    return new SweepOptions(functions, sample, path, output, ShowHelp: true, allVariants, doubleFolder);
                case "--functions":
                    foreach (string name in Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        functions.Add(ActivationVariants.Get(name).Name);
                    break;
                case "--sample":
                    string text = Value();
                    if (!long.TryParse(text, out long n) || n < 1 || n > FloatInputSet.AllPatterns)
                        throw new ArgumentException($"--sample must be an integer from 1 to {FloatInputSet.AllPatterns}, not '{text}'.", nameof(args));
                    sample = n;
                    break;
                case "--path":
                    string p = Value();
                    path = p.ToLowerInvariant() switch
                    {
                        "scalar" => SweepPath.Scalar,
                        "span" => SweepPath.Span,
                        "both" => SweepPath.Both,
                        _ => throw new ArgumentException($"--path must be scalar, span or both, not '{p}'.", nameof(args)),
                    };
                    break;
                case "--all-variants":
                    allVariants = true;
                    break;
                case "--double":
                    doubleFolder = Value();
                    if (!Directory.Exists(doubleFolder))
                        throw new ArgumentException($"--double: folder '{doubleFolder}' does not exist.", nameof(args));
                    break;
                case "--out":
                    output = Value();
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{option}'.", nameof(args));
            }
        }
        return new SweepOptions(functions.Distinct().ToArray(), sample, path, output, ShowHelp: false, allVariants, doubleFolder);
    }
}
