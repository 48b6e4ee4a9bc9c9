namespace Activations.Accuracy;

/// <summary>
/// The float bit patterns a sweep evaluates: all 2^32 of them, or a sample of <c>n</c> patterns stepping
/// uniformly through the 2^32 space followed by a fixed list of special values.
/// </summary>
public sealed class FloatInputSet
{
    /// <summary>Number of float bit patterns (2^32).</summary>
    public const long AllPatterns = 1L << 32;

    private readonly long _stepped;
    private readonly uint[] _specials;

    private FloatInputSet(long stepped, uint[] specials)
    {
        _stepped = stepped;
        _specials = specials;
    }

    /// <summary>Every float bit pattern, NaNs and infinities included.</summary>
    public static FloatInputSet Exhaustive { get; } = new(AllPatterns, []);

    /// <summary>
    /// <paramref name="count"/> patterns, the i-th in the i-th of <paramref name="count"/> equal slices of the
    /// 2^32 space at a fixed pseudo-random offset inside the slice (so significands are not all multiples of
    /// the stride), then <see cref="Specials"/>. <c>count = 2^32</c> is the exhaustive set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not in [1, 2^32].</exception>
    public static FloatInputSet Sample(long count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, AllPatterns);
        return count == AllPatterns ? Exhaustive : new FloatInputSet(count, Specials.Select(BitConverter.SingleToUInt32Bits).ToArray());
    }

    /// <summary>True when every float bit pattern is in the set.</summary>
    public bool IsExhaustive => _stepped == AllPatterns;

    /// <summary>Number of inputs.</summary>
    public long Count => _stepped + _specials.Length;

    /// <summary>The i-th bit pattern.</summary>
    public uint this[long i]
    {
        get
        {
            if (i >= _stepped) return _specials[i - _stepped];
            if (IsExhaustive) return (uint)i;
            ulong start = ((ulong)i << 32) / (ulong)_stepped, end = ((ulong)(i + 1) << 32) / (ulong)_stepped;
            return (uint)(start + Mix((ulong)i) % (end - start));
        }
    }

    /// <summary>Writes the inputs <paramref name="start"/> … <paramref name="start"/> + length − 1 as floats.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside [0, <see cref="Count"/>).</exception>
    public void CopyTo(long start, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + destination.Length, Count, nameof(destination));
        if (IsExhaustive)
        {
            for (int i = 0; i < destination.Length; i++) destination[i] = BitConverter.UInt32BitsToSingle((uint)(start + i));
            return;
        }
        for (int i = 0; i < destination.Length; i++) destination[i] = BitConverter.UInt32BitsToSingle(this[start + i]);
    }

    /// <summary>Zeros, subnormal and normal extremes, ±1, infinities, NaNs, and the kinks of the activations with a neighbour on each side.</summary>
    public static IReadOnlyList<float> Specials { get; } = CreateSpecials();

    private static float[] CreateSpecials()
    {
        float[] anchors = [0f, float.Epsilon, 1e-40f, 1.17549435e-38f, 1e-20f, 1e-8f, 1e-4f, 0.5f, 1f, 1.5f, 2f, 3f, 5f, 6f,
                           10f, 20f, 88.72284f, 103.97208f, 1e10f, float.MaxValue];
        var values = new List<float>();
        foreach (float a in anchors)
            foreach (float v in new[] { a, -a })
                values.AddRange([v, MathF.BitIncrement(v), MathF.BitDecrement(v)]);
        values.AddRange([float.PositiveInfinity, float.NegativeInfinity, float.NaN, -float.NaN,
                         BitConverter.UInt32BitsToSingle(0x7F80_0001u) /* signalling NaN */]);
        return values.DistinctBy(BitConverter.SingleToUInt32Bits).ToArray();
    }

    // SplitMix64 finaliser: a cheap, well-spread deterministic offset per slice.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
