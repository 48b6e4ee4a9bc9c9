using Activations.Tests.Support;
using CsCheck;

namespace Activations.Tests;

/// <summary>The building blocks: why they exist (the runtime's versions cancel) and that they are right.</summary>
public class StableMathTests
{
    [Fact]
    public void The_runtime_ExpM1_and_LogP1_cancel_near_zero_and_ours_do_not()
    {
        // mpmath dps 50: expm1(1e-10) = 1.00000000005e-10, log1p(1e-10) = 9.9999999995e-11
        Assert.True(Ulp.Distance(1.00000000005e-10, double.ExpM1(1e-10)) > 1_000_000);
        Assert.True(Ulp.Distance(1.00000000005e-10, StableMath.ExpM1(1e-10)) <= 1);
        Assert.True(Ulp.Distance(9.9999999995e-11, double.LogP1(1e-10)) > 1_000_000);
        Assert.True(Ulp.Distance(9.9999999995e-11, StableMath.LogP1(1e-10)) <= 1);
    }

    [Fact]
    public void ExpM1_and_LogP1_are_inverse_functions()
    {
        // On [−1, 30] the round trip is well conditioned (log1p′ = 1/(1 + y) ≤ e): a few ULP.
        Gen.Double[-1, 30].Sample(x =>
        {
            double y = StableMath.LogP1(StableMath.ExpM1(x));
            Assert.True(Math.Abs(y - x) <= 8e-16 * Math.Abs(x), $"x = {x:R}, y = {y:R}");
        }, iter: 3000);
    }

    [Fact]
    public void ExpM1_agrees_with_exp_minus_one_where_that_does_not_cancel()
    {
        Gen.Double[-700, 700].Where(x => Math.Abs(x) > 2).Sample(x =>
            Assert.Equal(Math.Exp(x) - 1, StableMath.ExpM1(x), 4e-16 * Math.Abs(Math.Exp(x) - 1)), iter: 3000);
    }

    [Fact]
    public void Special_values()
    {
        Assert.Equal(double.PositiveInfinity, StableMath.ExpM1(710));
        Assert.Equal(-1.0, StableMath.ExpM1(double.NegativeInfinity));
        Assert.True(double.IsNegative(StableMath.ExpM1(-0.0)));
        Assert.Equal(double.NegativeInfinity, StableMath.LogP1(-1));
        Assert.True(double.IsNaN(StableMath.LogP1(-1.5)));
        Assert.Equal(double.PositiveInfinity, StableMath.LogP1(double.PositiveInfinity));
        Assert.Equal(2.0, StableMath.Erfc(double.NegativeInfinity));
        Assert.Equal(0.0, StableMath.Erfc(30));
        Assert.Equal(0.0, StableMath.Erfcx(double.PositiveInfinity));
        Assert.Equal(1.0, StableMath.Erfcx(0));
        Assert.Equal(0.5, StableMath.NormalCdf(0));
        Assert.Equal(1.0, StableMath.NormalCdf(double.PositiveInfinity));
        Assert.Equal(0.0, StableMath.NormalCdf(double.NegativeInfinity));
        Assert.True(double.IsNaN(StableMath.Erfc(double.NaN)));
    }

    [Fact]
    public void Erfc_in_the_tail_is_accurate_where_MathNet_is_not()
    {
        // mpmath dps 80: erfc(26) = 5.6631924088561428e-296, erfc(26.123456460492203) = 9.043402262133163e-299.
        // At 26, z² = 676 is exact and MathNet is right too; at 26.1234… its rounded z² costs it ~480 ULP.
        Assert.True(Ulp.Distance(5.663192408856143e-296, StableMath.Erfc(26)) <= 4);
        Assert.True(Ulp.Distance(9.043402262133163e-299, StableMath.Erfc(26.123456460492203)) <= 4);
        Assert.True(Ulp.Distance(9.043402262133163e-299, MathNet.Numerics.SpecialFunctions.Erfc(26.123456460492203)) > 100);
    }

    [Fact]
    public void NormalCdf_in_the_lower_tail_keeps_its_relative_accuracy() =>
        Assert.True(Ulp.Distance(5.725571222524577e-300, StableMath.NormalCdf(-37)) <= 4); // mpmath: ncdf(-37)

    [Fact]
    public void NormalCdf_is_symmetric_and_Erfc_is_two_minus_Erfc_of_minus_z()
    {
        Gen.Double[-10, 10].Sample(x =>
        {
            Assert.Equal(1.0, StableMath.NormalCdf(x) + StableMath.NormalCdf(-x), 3e-16);
            Assert.Equal(2.0, StableMath.Erfc(x) + StableMath.Erfc(-x), 5e-16);
        }, iter: 2000);
    }

    [Fact]
    public void Erfcx_agrees_with_MathNet_where_MathNet_is_accurate()
    {
        Gen.Double[0, 5].Sample(z =>
            Assert.Equal(MathNet.Numerics.SpecialFunctions.Erfc(z) * Math.Exp(z * z), StableMath.Erfcx(z),
                2e-14 * StableMath.Erfcx(z)), iter: 2000);
    }
}
