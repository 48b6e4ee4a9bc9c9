using Activations.Tests.Support;
using CsCheck;

namespace Activations.Tests;

/// <summary>Properties over the whole floating-point line (huge, tiny, subnormal, infinite inputs), with CsCheck.</summary>
public class PropertyTests
{
    private const int Iterations = 2000;

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void No_NaN_for_non_NaN_input_and_NaN_for_NaN_input(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        Generators.NonNaNDouble.Sample(x =>
        {
            Assert.False(double.IsNaN(f.Value(x)), $"{f}({x:R}) is NaN");
            Assert.False(double.IsNaN(f.Derivative(x)), $"{f}′({x:R}) is NaN");
        }, iter: Iterations);
        Generators.NonNaNSingle.Sample(x =>
        {
            Assert.False(float.IsNaN(f.ValueSingle(x)), $"{f}({x:R}f) is NaN");
            Assert.False(float.IsNaN(f.DerivativeSingle(x)), $"{f}′({x:R}f) is NaN");
        }, iter: Iterations);

        Assert.True(double.IsNaN(f.Value(double.NaN)));
        Assert.True(double.IsNaN(f.Derivative(double.NaN)));
        Assert.True(float.IsNaN(f.ValueSingle(float.NaN)));
        Assert.True(float.IsNaN(f.DerivativeSingle(float.NaN)));
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Finite_input_never_overflows_unless_the_function_is_unbounded_there(string key)
    {
        // Every activation here is O(|x|) with slope ≤ 1 (but SELU), so a finite input gives a finite output.
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        // SELU's slope λ ≈ 1.05 makes it overflow, correctly, for x > MaxValue/λ.
        Gen<double> inputs = f.Name == "SELU" ? Generators.FiniteDouble.Where(x => x < double.MaxValue / Activation.SeluScale) : Generators.FiniteDouble;
        inputs.Sample(x =>
        {
            Assert.True(double.IsFinite(f.Value(x)), $"{f}({x:R}) = {f.Value(x):R}");
            Assert.True(double.IsFinite(f.Derivative(x)), $"{f}′({x:R}) = {f.Derivative(x):R}");
        }, iter: Iterations);
    }

    public static TheoryData<string> DefaultNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in ElementwiseFunctions.Defaults)
        {
            data.Add(f.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultNames))]
    public void Values_stay_in_the_catalogued_range_for_double_and_float(string name)
    {
        ElementwiseFunction f = ElementwiseFunctions.Get(name);
        ActivationRange range = ActivationCatalog.Get(name).Range;
        Generators.NonNaNDouble.Sample(x =>
            Assert.True(range.ContainsInClosure(f.Value(x)), $"{name}({x:R}) = {f.Value(x):R} outside {range.Text}"),
            iter: Iterations);
        Generators.NonNaNSingle.Sample(x =>
            Assert.True(range.ContainsInClosure(f.ValueSingle(x)), $"{name}({x:R}f) = {f.ValueSingle(x):R} outside {range.Text}"),
            iter: Iterations);
    }

    /// <summary>The functions that are non-decreasing on the whole line (for their default parameters).</summary>
    public static TheoryData<string> MonotoneNames() =>
    [
        "Sigmoid", "Tanh", "ReLU", "LeakyReLU", "TanhShrink", "Threshold", "ELU", "SELU", "CELU",
        "Softsign", "HardSigmoid", "HardTanh", "ReLU6", "LogSigmoid", "HardShrink", "SoftShrink",
        "PReLU", "RReLU", "ThresholdReplace",
    ];

    [Theory]
    [MemberData(nameof(MonotoneNames))]
    public void Monotone_functions_are_non_decreasing_in_floating_point_too(string name)
    {
        ElementwiseFunction f = ElementwiseFunctions.Get(name);
        Gen.Select(Generators.NonNaNDouble, Generators.NonNaNDouble).Sample((a, b) =>
        {
            (double lo, double hi) = a <= b ? (a, b) : (b, a);
            Assert.True(f.Value(lo) <= f.Value(hi), $"{name}({lo:R}) = {f.Value(lo):R} > {name}({hi:R}) = {f.Value(hi):R}");
        }, iter: Iterations);

        // Adjacent doubles around every point where an implementation switches formula.
        double[] switches = [-745, -700, -40, -38, -30, -22, -20, -10, -3, -1, 0, 1, 3, 10, 19, 20, 22, 30, 40, 700];
        foreach (double s in switches)
        {
            double previous = Math.BitDecrement(s);
            double next = Math.BitIncrement(s);
            Assert.True(f.Value(previous) <= f.Value(s) && f.Value(s) <= f.Value(next), $"{name} is not monotone around {s}");
        }
    }

    [Fact]
    public void Softplus_is_monotone_except_for_PyTorchs_drop_at_the_threshold()
    {
        // Without the linear regime the function is monotone …
        Gen.Select(Generators.NonNaNDouble, Generators.NonNaNDouble).Sample((a, b) =>
        {
            (double lo, double hi) = a <= b ? (a, b) : (b, a);
            Assert.True(Activation.Softplus(lo, 1, double.MaxValue) <= Activation.Softplus(hi, 1, double.MaxValue));
        }, iter: Iterations);

        // … and with it (PyTorch's definition) it drops by ln(1 + e^-20) ≈ 2.06e-9 just above βx = 20.
        double atThreshold = Activation.Softplus(20.0);
        double above = Activation.Softplus(Math.BitIncrement(20.0));
        Assert.Equal(20 + 2.06115362031e-9, atThreshold, 1e-18); // mpmath: log1p(exp(-20)) = 2.06115362031e-9
        Assert.Equal(Math.BitIncrement(20.0), above);
    }

    [Fact]
    public void Tanh_TanhShrink_Softsign_and_the_shrinks_are_odd_exactly_up_to_the_sign_of_zero()
    {
        Func<double, double>[] odd =
        [
            Activation.Tanh, Activation.TanhShrink, Activation.Softsign,
            x => Activation.SoftShrink(x), x => Activation.HardShrink(x), x => Activation.HardTanh(x),
        ];
        Generators.NonNaNDouble.Sample(x =>
        {
            foreach (var f in odd)
            {
                Assert.Equal(-f(x), f(-x)); // == on doubles: exact, +0 and −0 equal (the shrinks return +0 inside)
            }

            Assert.Equal(BitConverter.DoubleToInt64Bits(-Activation.Tanh(x)), BitConverter.DoubleToInt64Bits(Activation.Tanh(-x)));
        }, iter: Iterations);
    }

    [Fact]
    public void Derivatives_of_odd_functions_and_of_the_sigmoid_are_even_exactly()
    {
        Func<double, double>[] even =
        [
            Activation.TanhDerivative, Activation.TanhShrinkDerivative, Activation.SoftsignDerivative,
            Activation.SigmoidDerivative,
        ];
        Generators.NonNaNDouble.Sample(x =>
        {
            foreach (var f in even)
            {
                Assert.Equal(f(x), f(-x));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Sigmoid_is_symmetric_one_minus_sigma_of_x_is_sigma_of_minus_x()
    {
        Generators.NonNaNDouble.Sample(x =>
            Assert.Equal(1 - Activation.Sigmoid(x), Activation.Sigmoid(-x), 3e-16), iter: Iterations); // a few ULP of σ
    }

    [Fact]
    public void Tanh_is_two_sigma_of_2x_minus_one()
    {
        Generators.NonNaNDouble.Sample(x =>
        {
            // 2σ(2x) − 1 cancels near 0, so compare absolutely: 2·(1.5 ULP of σ) + rounding + tanh's error < 6e-16.
            double viaSigmoid = 2 * Activation.Sigmoid(2 * x) - 1;
            Assert.Equal(Activation.Tanh(x), viaSigmoid, 6e-16);
        }, iter: Iterations);
    }

    [Fact]
    public void SiLU_is_x_times_sigma_of_x()
    {
        Generators.FiniteDouble.Sample(x =>
        {
            double product = x * Activation.Sigmoid(x);
            // Relative agreement to a few ULP (both sides err by up to ~2.5 ULP) while the product is normal.
            double tolerance = 1.2e-15 * Math.Abs(product) + 1e-300;
            Assert.True(Math.Abs(Activation.SiLU(x) - product) <= tolerance, $"SiLU({x:R}) = {Activation.SiLU(x):R}, x·σ(x) = {product:R}");
        }, iter: Iterations);
    }

    [Fact]
    public void LogSigmoid_is_minus_Softplus_of_minus_x_without_the_linear_threshold()
    {
        Generators.NonNaNDouble.Sample(x =>
        {
            double expected = -Activation.Softplus(-x, 1, double.MaxValue);
            double tolerance = 1e-15 * Math.Abs(expected) + 1e-300;
            Assert.True(Math.Abs(Activation.LogSigmoid(x) - expected) <= tolerance || Activation.LogSigmoid(x) == expected,
                $"LogSigmoid({x:R}) = {Activation.LogSigmoid(x):R}, −Softplus(−x) = {expected:R}");
        }, iter: Iterations);
    }

    [Fact]
    public void Softplus_derivative_is_the_sigmoid_and_LogSigmoid_derivative_is_sigma_of_minus_x()
    {
        Gen.Double[-19, 19].Sample(x =>
        {
            Assert.Equal(Activation.Sigmoid(x), Activation.SoftplusDerivative(x), 2e-16);
            Assert.Equal(Activation.Sigmoid(-x), Activation.LogSigmoidDerivative(x));
        }, iter: Iterations);
    }

    [Fact]
    public void GELUTanh_stays_within_5e_minus_4_of_the_exact_GELU()
    {
        Generators.FiniteDouble.Sample(x =>
            Assert.True(Math.Abs(Activation.GELUTanh(x) - Activation.GELU(x)) < 5e-4, $"x = {x:R}"), iter: Iterations);
    }

    [Fact]
    public void The_shapes_that_bound_each_other()
    {
        Generators.FiniteDouble.Sample(x =>
        {
            Assert.True(Activation.Softplus(x, 1, double.MaxValue) >= Activation.ReLU(x));   // ln(1 + e^x) ≥ max(0, x)
            Assert.True(Activation.ReLU6(x) <= Activation.ReLU(x));
            Assert.True(Math.Abs(Activation.Softsign(x)) <= 1 && Math.Abs(Activation.Tanh(x)) <= 1);
            Assert.True(Activation.HardSwish(x) == x * Activation.HardSigmoid(x) || Math.Abs(Activation.HardSwish(x) - x * Activation.HardSigmoid(x)) <= 4e-16 * Math.Abs(x));
        }, iter: Iterations);
    }

    [Fact]
    public void Infinities_give_the_limits()
    {
        double inf = double.PositiveInfinity;
        Assert.Equal(1.0, Activation.Sigmoid(inf));
        Assert.Equal(0.0, Activation.Sigmoid(-inf));
        Assert.Equal(-1.0, Activation.Tanh(-inf));
        Assert.Equal(inf, Activation.TanhShrink(inf));
        Assert.Equal(-inf, Activation.TanhShrink(-inf));
        Assert.Equal(-1.0, Activation.ELU(-inf));
        Assert.Equal(-2.5, Activation.ELU(-inf, 2.5));
        Assert.Equal(-Activation.SeluScale * Activation.SeluAlpha, Activation.SELU(-inf), 1e-15);
        Assert.Equal(-3.0, Activation.CELU(-inf, 3));
        Assert.Equal(0.0, Activation.GELU(-inf));
        Assert.Equal(inf, Activation.GELU(inf));
        Assert.Equal(0.0, Activation.GELUTanh(-inf));
        Assert.Equal(0.0, Activation.SiLU(-inf));
        Assert.Equal(0.0, Activation.Mish(-inf));
        Assert.Equal(inf, Activation.Mish(inf));
        Assert.Equal(0.0, Activation.Softplus(-inf));
        Assert.Equal(inf, Activation.Softplus(inf));
        Assert.Equal(1.0, Activation.Softsign(inf));
        Assert.Equal(-1.0, Activation.Softsign(-inf));
        Assert.Equal(-inf, Activation.LogSigmoid(-inf));
        Assert.Equal(0.0, Activation.LogSigmoid(inf));
        Assert.Equal(6.0, Activation.ReLU6(inf));
        Assert.Equal(0.0, Activation.HardSwish(-inf));
        Assert.Equal(-inf, Activation.LeakyReLU(-inf));
        Assert.Equal(1.0f, Activation.Sigmoid(float.PositiveInfinity));
        Assert.Equal(0.0f, Activation.GELU(float.NegativeInfinity));
    }
}
