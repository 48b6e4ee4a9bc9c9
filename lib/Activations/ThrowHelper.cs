using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Activations;

/// <summary>Every argument check of the library, so messages and exception types stay uniform.</summary>
internal static class ThrowHelper
{
    /// <summary>Throws <see cref="ArgumentException"/> naming <c>destination</c> when it cannot hold
    /// <paramref name="required"/> elements.</summary>
    public static void ThrowIfDestinationTooShort(long required, int available, string paramName = "destination")
    {
        if (available < required)
        {
            ThrowArgument($"Destination is too short: it has {available} elements but {required} are needed.", paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming <c>destination</c> when the spans share
    /// memory without starting at the same element (same rule as TensorPrimitives).</summary>
    public static void ThrowIfPartiallyOverlapping<T>(ReadOnlySpan<T> x, Span<T> destination)
    {
        if (x.Overlaps(destination, out int offset) && offset != 0)
        {
            ThrowArgument(
                "The destination span may overlap the input span only if both start at the same element (in-place use).",
                "destination");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is NaN or infinite.</summary>
    public static void ThrowIfNotFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "must be a finite number");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and &gt; 0.</summary>
    public static void ThrowIfNotPositiveFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            ThrowOutOfRange(paramName, value, "must be a finite number greater than 0");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and &gt;= 0.</summary>
    public static void ThrowIfNegativeOrNotFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value >= 0 && double.IsFinite(value)))
        {
            ThrowOutOfRange(paramName, value, "must be a finite number greater than or equal to 0");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and non-zero.</summary>
    public static void ThrowIfZeroOrNotFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "must be a finite, non-zero number");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="minName"/> when
    /// <paramref name="min"/> &gt; <paramref name="max"/>.</summary>
    public static void ThrowIfGreaterThan(double min, double max,
        [CallerArgumentExpression(nameof(min))] string? minName = null,
        [CallerArgumentExpression(nameof(max))] string? maxName = null)
    {
        if (min > max)
        {
            ThrowOutOfRange(minName, min, $"must be less than or equal to {maxName} ({max})");
        }
    }

    [DoesNotReturn]
    public static void ThrowArgument(string message, string? paramName) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    private static void ThrowOutOfRange(string? paramName, double value, string requirement) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} {requirement}; it was {value}.");
}
