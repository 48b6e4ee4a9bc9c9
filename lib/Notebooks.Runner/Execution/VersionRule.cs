namespace Notebooks.Runner;

/// <summary>
/// Which requested versions of a package a substitution applies to. Versions are compared by their
/// numeric parts (<c>6.0</c> equals <c>6.0.0</c>); floating versions like <c>5.*</c> belong to their line;
/// version ranges (<c>[5.0,6.0)</c>) match nothing and are reported as unavailable.
/// </summary>
internal abstract record VersionRule
{
    /// <summary>No version given (or <c>*</c>): the kernel would take the latest, the runner takes what it ships.</summary>
    public static VersionRule Unspecified { get; } = new UnspecifiedRule();

    /// <summary>Exactly this version (prerelease label included).</summary>
    public static VersionRule Exactly(string version) => new ExactRule(version);

    /// <summary>Any version whose major part is <paramref name="major"/>, including <c>major.*</c>.</summary>
    public static VersionRule MajorLine(int major) => new MajorLineRule(major);

    public abstract bool Matches(string? requested);

    /// <summary>How the rule reads in the README and in error messages.</summary>
    public abstract string Description { get; }

    private sealed record UnspecifiedRule : VersionRule
    {
        public override bool Matches(string? requested) => string.IsNullOrWhiteSpace(requested) || requested.Trim() == "*";

        public override string Description => "no version";
    }

    private sealed record ExactRule(string Version) : VersionRule
    {
        public override bool Matches(string? requested) =>
            RequestedVersion.TryParse(requested, out var r) && !r.IsFloating
            && RequestedVersion.TryParse(Version, out var v)
            && r.Numbers.SequenceEqual(v.Numbers)
            && string.Equals(r.Prerelease, v.Prerelease, StringComparison.OrdinalIgnoreCase);

        public override string Description => Version;
    }

    private sealed record MajorLineRule(int Major) : VersionRule
    {
        public override bool Matches(string? requested) =>
            RequestedVersion.TryParse(requested, out var r) && r.Numbers.Count > 0 && r.Numbers[0] == Major;

        public override string Description => $"{Major}.x";
    }

    /// <summary>A requested NuGet version: numeric parts (padded to three), optional prerelease, optional trailing <c>*</c>.</summary>
    private sealed record RequestedVersion(IReadOnlyList<int> Numbers, string Prerelease, bool IsFloating)
    {
        public static bool TryParse(string? text, out RequestedVersion version)
        {
            version = new RequestedVersion([], "", false);
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }
            var trimmed = text.Trim();
            var dash = trimmed.IndexOf('-');
            var release = dash < 0 ? trimmed : trimmed[..dash];
            var prerelease = dash < 0 ? "" : trimmed[(dash + 1)..];
            var numbers = new List<int>();
            var floating = false;
            foreach (var part in release.Split('.'))
            {
                if (part == "*")
                {
                    floating = true;
                    break;
                }
                if (!int.TryParse(part, System.Globalization.NumberStyles.None, null, out var number))
                {
                    return false;
                }
                numbers.Add(number);
            }
            if (numbers.Count == 0 && !floating)
            {
                return false;
            }
            while (!floating && numbers.Count < 3)
            {
                numbers.Add(0);
            }
            while (!floating && numbers.Count > 3 && numbers[^1] == 0)
            {
                numbers.RemoveAt(numbers.Count - 1);
            }
            version = new RequestedVersion(numbers, prerelease, floating);
            return true;
        }
    }
}
