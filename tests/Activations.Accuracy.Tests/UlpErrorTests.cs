using CsCheck;

namespace Activations.Accuracy.Tests;

/// <summary>The ulp measure itself: worked examples at the awkward places, then properties on random doubles and floats.</summary>
public class UlpErrorTests
{
    private static readonly double Ulp1 = Math.ScaleB(1.0, -52); // spacing of doubles in [1, 2)

    [Fact]
    public void Identical_values_have_no_error() => Assert.Equal(0, UlpError.Double(Math.PI, Math.PI));

    [Fact]
    public void The_next_double_is_one_ulp_away() => Assert.Equal(1, UlpError.Double(Math.BitIncrement(1.5), 1.5));

    [Fact]
    public void The_residual_locates_the_exact_value_between_doubles()
    {
        // exact = 1.5 + 0.3 ulp: the double below is 1.3 ulp away, 1.5 itself 0.3, the double above 0.7.
        Assert.Equal(0.3, UlpError.Double(1.5, 1.5, 0.3), 12);
        Assert.Equal(0.7, UlpError.Double(Math.BitIncrement(1.5), 1.5, 0.3), 12);
        Assert.Equal(1.3, UlpError.Double(Math.BitDecrement(1.5), 1.5, 0.3), 12);
    }

    [Fact]
    public void Below_a_power_of_two_the_spacing_of_the_lower_binade_is_used()
    {
        // exact = 2 − 0.25·2^-52 lies in [1, 2), where the spacing is 2^-52, although it rounds to 2.
        Assert.Equal(0.25, UlpError.Double(2.0, 2.0, -0.25), 12);
        Assert.Equal(0.75, UlpError.Double(Math.BitDecrement(2.0), 2.0, -0.25), 12);
        // exact = 2 + 0.25·2^-51 lies in [2, 4): the step below 2 is half an ulp of that binade.
        Assert.Equal(0.75, UlpError.Double(Math.BitDecrement(2.0), 2.0, 0.25), 12);
        // An exact power of two is in its own binade: the double below is half an ulp away.
        Assert.Equal(0.5, UlpError.Double(2.0 - Ulp1, 2.0), 12);
    }

    [Fact]
    public void Zeros_are_equal_whatever_their_signs()
    {
        Assert.Equal(0, UlpError.Double(-0.0, 0.0));
        Assert.Equal(0, UlpError.Double(0.0, -0.0));
        Assert.Equal(0, UlpError.Single(-0f, 0f));
    }

    [Fact]
    public void Subnormals_are_measured_in_the_smallest_subnormal()
    {
        Assert.Equal(1, UlpError.Double(double.Epsilon, 0.0));
        Assert.Equal(2, UlpError.Double(-double.Epsilon, double.Epsilon));
        Assert.Equal(1.25, UlpError.Double(0.0, double.Epsilon, 0.25), 12);
        Assert.Equal(3, UlpError.Double(4 * double.Epsilon, double.Epsilon));
        Assert.Equal(1, UlpError.Single(float.Epsilon, 0f));
        // Just below the smallest normal the spacing stays 2^-1074 (no halving into a "lower binade").
        Assert.Equal(0.7, UlpError.Double(Math.BitDecrement(2.2250738585072014E-308), 2.2250738585072014E-308, -0.3), 12);
        Assert.Equal(1.3, UlpError.Double(Math.BitIncrement(2.2250738585072014E-308), 2.2250738585072014E-308, -0.3), 12);
    }

    [Fact]
    public void Infinity_matches_only_itself()
    {
        Assert.Equal(0, UlpError.Double(double.PositiveInfinity, double.PositiveInfinity));
        Assert.Equal(double.PositiveInfinity, UlpError.Double(double.MaxValue, double.PositiveInfinity));
        Assert.Equal(double.PositiveInfinity, UlpError.Double(double.PositiveInfinity, double.MaxValue));
        Assert.Equal(double.PositiveInfinity, UlpError.Double(double.NegativeInfinity, double.PositiveInfinity));
        Assert.Equal(double.PositiveInfinity, UlpError.Single(float.PositiveInfinity, float.MaxValue));
    }

    [Fact]
    public void NaN_matches_only_NaN()
    {
        Assert.Equal(0, UlpError.Double(double.NaN, double.NaN));
        Assert.Equal(double.PositiveInfinity, UlpError.Double(double.NaN, 1.0));
        Assert.Equal(double.PositiveInfinity, UlpError.Double(1.0, double.NaN));
        Assert.Equal(double.PositiveInfinity, UlpError.Single(float.NaN, 1.0));
        Assert.Equal(0, UlpError.Single(float.NaN, double.NaN));
    }

    [Fact]
    public void A_residual_outside_half_an_ulp_is_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => UlpError.Double(1.0, 1.0, 0.6));
        Assert.Equal("residualUlp", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => UlpError.Single(1f, 1f, double.NaN));
    }

    [Fact]
    public void Float_results_against_a_double_reference()
    {
        Assert.Equal(0, UlpError.Single(1f, 1.0));
        Assert.Equal(0.25, UlpError.Single(1f, 1.0 + P2(-25)), 12);
        Assert.Equal(0.75, UlpError.Single(MathF.BitIncrement(1f), 1.0 + P2(-25)), 12);
        Assert.Equal(1e-46 / P2(-149), UlpError.Single(0f, 1e-46), 12);
    }

    [Fact]
    public void Float_overflow_is_accepted_only_where_the_exact_value_rounds_to_infinity()
    {
        double aboveRounding = P2(128); // rounds to +∞ in float
        double belowRounding = (double)float.MaxValue + P2(100); // rounds to float.MaxValue
        Assert.Equal(0, UlpError.Single(float.PositiveInfinity, aboveRounding));
        Assert.Equal(double.PositiveInfinity, UlpError.Single(float.MaxValue, aboveRounding));
        Assert.Equal(double.PositiveInfinity, UlpError.Single(float.PositiveInfinity, belowRounding));
        Assert.Equal(P2(100) / P2(104), UlpError.Single(float.MaxValue, belowRounding), 12);
    }

    [Fact]
    public void Steps_count_representable_numbers()
    {
        Assert.Equal(0UL, UlpError.Steps(-0.0, 0.0));
        Assert.Equal(2UL, UlpError.Steps(-double.Epsilon, double.Epsilon));
        Assert.Equal(1UL, UlpError.Steps(double.MaxValue, double.PositiveInfinity));
        Assert.Equal(2UL * 0x7FF0_0000_0000_0000UL, UlpError.Steps(double.NegativeInfinity, double.PositiveInfinity));
        Assert.Equal(2UL, UlpError.Steps(-float.Epsilon, float.Epsilon));
        Assert.Throws<ArgumentException>(() => UlpError.Steps(double.NaN, 1.0));
    }

    private static readonly Gen<double> Normal = Gen.ULong.Select(BitConverter.UInt64BitsToDouble).Where(double.IsNormal);
    private static readonly Gen<float> NormalSingle = Gen.UInt.Select(BitConverter.UInt32BitsToSingle).Where(float.IsNormal);

    [Fact]
    public void Within_a_binade_the_error_is_the_number_of_steps() =>
        Gen.Select(Normal, Gen.Int[-1000, 1000]).Sample((e, k) =>
        {
            double a = Step(e, k);
            return Math.ILogB(a) != Math.ILogB(e) || !double.IsNormal(a) || UlpError.Double(a, e) == Math.Abs(k);
        });

    [Fact]
    public void The_error_is_the_distance_to_the_exact_value_in_units_of_its_spacing() =>
        Gen.Select(Normal, Gen.Int[-3, 3], Gen.Int[-512, 512]).Sample((e, k, r1024) =>
        {
            // exact = e + r·ulp; a = e + k steps; same binade (and not a power of two) ⇒ error = |k − r|.
            double r = r1024 / 1024.0, a = Step(e, k);
            bool simple = Math.ILogB(a) == Math.ILogB(e) && double.IsNormal(a) && (BitConverter.DoubleToInt64Bits(e) & 0xF_FFFF_FFFF_FFFF) != 0;
            return !simple || UlpError.Double(a, e, r) == Math.Abs(k - r);
        });

    [Fact]
    public void The_error_is_odd_symmetric_and_scale_invariant() =>
        Gen.Select(Normal, Gen.Int[-8, 8], Gen.Int[-512, 512], Gen.Int[-60, 60]).Sample((e, k, r1024, shift) =>
        {
            double r = r1024 / 1024.0, a = Step(e, k), error = UlpError.Double(a, e, r);
            double scaledA = Math.ScaleB(a, shift), scaledE = Math.ScaleB(e, shift);
            bool scaledNormal = double.IsNormal(scaledA) && double.IsNormal(scaledE) && double.IsNormal(a);
            return UlpError.Double(-a, -e, -r) == error && (!scaledNormal || UlpError.Double(scaledA, scaledE, r) == error);
        });

    [Fact]
    public void Float_measure_against_a_residual_agrees_with_the_measure_against_the_exact_double() =>
        Gen.Select(NormalSingle, Gen.Int[-3, 3], Gen.Int[-512, 512]).Sample((e, k, r1024) =>
        {
            double r = r1024 / 1024.0;
            float a = e;
            for (int i = 0; i < Math.Abs(k); i++) a = k > 0 ? MathF.BitIncrement(a) : MathF.BitDecrement(a);
            if (!float.IsNormal(a) || MathF.ILogB(a) != MathF.ILogB(e) || (BitConverter.SingleToInt32Bits(e) & 0x7F_FFFF) == 0) return true;
            double exact = e + r * Math.ScaleB(1.0, MathF.ILogB(e) - 23); // exact in double: few significant bits
            return UlpError.Single(a, e, r) == Math.Abs(k - r) && Math.Abs(UlpError.Single(a, exact) - Math.Abs(k - r)) < 1e-12;
        });

    [Fact]
    public void Steps_are_symmetric_and_count_increments() =>
        Gen.Select(Gen.ULong.Select(BitConverter.UInt64BitsToDouble).Where(double.IsFinite), Gen.Int[0, 100]).Sample((a, k) =>
        {
            double b = a;
            for (int i = 0; i < k; i++) b = Math.BitIncrement(b);
            // BitIncrement goes −ε → −0 → ε, skipping +0, which the ordering merges with −0: still k steps.
            return double.IsInfinity(b) || UlpError.Steps(a, b) == UlpError.Steps(b, a) && UlpError.Steps(a, b) == (ulong)k;
        });

    private static double P2(int exponent) => Math.ScaleB(1.0, exponent);

    private static double Step(double x, int k)
    {
        for (int i = 0; i < Math.Abs(k); i++) x = k > 0 ? Math.BitIncrement(x) : Math.BitDecrement(x);
        return x;
    }
}
