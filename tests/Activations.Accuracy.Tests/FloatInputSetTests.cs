namespace Activations.Accuracy.Tests;

public class FloatInputSetTests
{
    [Fact]
    public void The_exhaustive_set_is_every_bit_pattern_in_order()
    {
        var all = FloatInputSet.Exhaustive;
        Assert.True(all.IsExhaustive);
        Assert.Equal(1L << 32, all.Count);
        Assert.Equal(0u, all[0]);
        Assert.Equal(0x7FC0_0000u, all[0x7FC0_0000L]);
        Assert.Equal(uint.MaxValue, all[all.Count - 1]);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1000L)]
    [InlineData(1L << 20)]
    [InlineData((1L << 32) - 1)]
    public void A_sample_takes_one_pattern_in_each_equal_slice_then_the_specials(long count)
    {
        var sample = FloatInputSet.Sample(count);
        Assert.False(sample.IsExhaustive);
        Assert.Equal(count + FloatInputSet.Specials.Count, sample.Count);
        foreach (long i in new[] { 0L, count / 3, count / 2, count - 1 })
        {
            ulong slice = ((ulong)i << 32) / (ulong)count, next = ((ulong)(i + 1) << 32) / (ulong)count;
            Assert.InRange(sample[i], slice, next - 1);
        }
        Assert.Equal(BitConverter.SingleToUInt32Bits(FloatInputSet.Specials[0]), sample[count]);
    }

    [Fact]
    public void A_sample_of_every_pattern_is_the_exhaustive_set() => Assert.Same(FloatInputSet.Exhaustive, FloatInputSet.Sample(1L << 32));

    [Fact]
    public void Specials_include_zeros_infinities_NaNs_and_extremes()
    {
        var specials = FloatInputSet.Specials;
        Assert.Contains(specials, f => f == 0 && float.IsNegative(f));
        Assert.Contains(specials, f => f == 0 && !float.IsNegative(f));
        Assert.Contains(float.PositiveInfinity, specials);
        Assert.Contains(float.NegativeInfinity, specials);
        Assert.Contains(specials, float.IsNaN);
        Assert.Contains(float.Epsilon, specials);
        Assert.Contains(-float.MaxValue, specials);
        Assert.Equal(specials.Count, specials.Select(BitConverter.SingleToUInt32Bits).Distinct().Count());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData((1L << 32) + 1)]
    public void A_sample_size_outside_1_to_2_pow_32_is_rejected(long count) =>
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => FloatInputSet.Sample(count)).ParamName);
}
