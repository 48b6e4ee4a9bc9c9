using Activations.Tests.Support;

namespace Activations.Tests;

/// <summary>
/// The Vector128/256/512 paths of the span driver: every width, called directly (a width the hardware does
/// not accelerate still runs, in software), gives bitwise the scalar result at lengths that exercise the vector
/// body, the overlapping last vector and the scalar-only short spans, for inputs that stay in the kernels'
/// ranges and inputs sprinkled with special values (which send a vector through the scalar lane by lane).
/// </summary>
public class VectorizedPathTests
{
    public static readonly int[] Lengths = [0, 1, 3, 4, 7, 8, 15, 16, 17, 31, 33, 1000, 1025];

    public enum Width
    {
        Vector128,
        Vector256,
        Vector512,
    }

    /// <summary>Every element-wise operator and its derivative (′), with default and with other parameters
    /// (including the α = 0 and α &lt; 0 branches), by a name for the test report.</summary>
    private static readonly Dictionary<string, Action<Width>> Operators = new()
    {
        ["ReLU"] = w => CheckOperator(new ValueOperator<Activation.ReLUOperator>(new Activation.ReLUOperator()), w),
        ["ReLU′"] = w => CheckOperator(new DerivativeOperator<Activation.ReLUOperator>(new Activation.ReLUOperator()), w),
        ["ReLU6"] = w => CheckOperator(new ValueOperator<Activation.ReLU6Operator>(new Activation.ReLU6Operator()), w),
        ["ReLU6′"] = w => CheckOperator(new DerivativeOperator<Activation.ReLU6Operator>(new Activation.ReLU6Operator()), w),
        ["LeakyReLU(0.01)"] = w => CheckOperator(new ValueOperator<Activation.LeakyReLUOperator>(new Activation.LeakyReLUOperator(0.01)), w),
        ["LeakyReLU(0.01)′"] = w => CheckOperator(new DerivativeOperator<Activation.LeakyReLUOperator>(new Activation.LeakyReLUOperator(0.01)), w),
        ["LeakyReLU(0)"] = w => CheckOperator(new ValueOperator<Activation.LeakyReLUOperator>(new Activation.LeakyReLUOperator(0)), w),
        ["LeakyReLU(0)′"] = w => CheckOperator(new DerivativeOperator<Activation.LeakyReLUOperator>(new Activation.LeakyReLUOperator(0)), w),
        ["LeakyReLU(-1.5)"] = w => CheckOperator(new ValueOperator<Activation.LeakyReLUOperator>(new Activation.LeakyReLUOperator(-1.5)), w),
        ["LeakyReLU(-1.5)′"] = w => CheckOperator(new DerivativeOperator<Activation.LeakyReLUOperator>(new Activation.LeakyReLUOperator(-1.5)), w),
        ["HardSigmoid"] = w => CheckOperator(new ValueOperator<Activation.HardSigmoidOperator>(new Activation.HardSigmoidOperator()), w),
        ["HardSigmoid′"] = w => CheckOperator(new DerivativeOperator<Activation.HardSigmoidOperator>(new Activation.HardSigmoidOperator()), w),
        ["HardSwish"] = w => CheckOperator(new ValueOperator<Activation.HardSwishOperator>(new Activation.HardSwishOperator()), w),
        ["HardSwish′"] = w => CheckOperator(new DerivativeOperator<Activation.HardSwishOperator>(new Activation.HardSwishOperator()), w),
        ["HardTanh(-1, 1)"] = w => CheckOperator(new ValueOperator<Activation.HardTanhOperator>(new Activation.HardTanhOperator(-1, 1)), w),
        ["HardTanh(-1, 1)′"] = w => CheckOperator(new DerivativeOperator<Activation.HardTanhOperator>(new Activation.HardTanhOperator(-1, 1)), w),
        ["HardTanh(-2, 0.3)"] = w => CheckOperator(new ValueOperator<Activation.HardTanhOperator>(new Activation.HardTanhOperator(-2, 0.3)), w),
        ["HardTanh(-2, 0.3)′"] = w => CheckOperator(new DerivativeOperator<Activation.HardTanhOperator>(new Activation.HardTanhOperator(-2, 0.3)), w),
        ["HardShrink(0.5)"] = w => CheckOperator(new ValueOperator<Activation.HardShrinkOperator>(new Activation.HardShrinkOperator(0.5)), w),
        ["HardShrink(0.5)′"] = w => CheckOperator(new DerivativeOperator<Activation.HardShrinkOperator>(new Activation.HardShrinkOperator(0.5)), w),
        ["HardShrink(0)"] = w => CheckOperator(new ValueOperator<Activation.HardShrinkOperator>(new Activation.HardShrinkOperator(0)), w),
        ["HardShrink(0)′"] = w => CheckOperator(new DerivativeOperator<Activation.HardShrinkOperator>(new Activation.HardShrinkOperator(0)), w),
        ["SoftShrink(0.5)"] = w => CheckOperator(new ValueOperator<Activation.SoftShrinkOperator>(new Activation.SoftShrinkOperator(0.5)), w),
        ["SoftShrink(0.5)′"] = w => CheckOperator(new DerivativeOperator<Activation.SoftShrinkOperator>(new Activation.SoftShrinkOperator(0.5)), w),
        ["SoftShrink(0)"] = w => CheckOperator(new ValueOperator<Activation.SoftShrinkOperator>(new Activation.SoftShrinkOperator(0)), w),
        ["SoftShrink(0)′"] = w => CheckOperator(new DerivativeOperator<Activation.SoftShrinkOperator>(new Activation.SoftShrinkOperator(0)), w),
        ["Threshold(0)"] = w => CheckOperator(new ValueOperator<Activation.ThresholdOperator>(new Activation.ThresholdOperator(0)), w),
        ["Threshold(0)′"] = w => CheckOperator(new DerivativeOperator<Activation.ThresholdOperator>(new Activation.ThresholdOperator(0)), w),
        ["Threshold(1.5)"] = w => CheckOperator(new ValueOperator<Activation.ThresholdOperator>(new Activation.ThresholdOperator(1.5)), w),
        ["Threshold(1.5)′"] = w => CheckOperator(new DerivativeOperator<Activation.ThresholdOperator>(new Activation.ThresholdOperator(1.5)), w),
        ["Softsign"] = w => CheckOperator(new ValueOperator<Activation.SoftsignOperator>(new Activation.SoftsignOperator()), w),
        ["Softsign′"] = w => CheckOperator(new DerivativeOperator<Activation.SoftsignOperator>(new Activation.SoftsignOperator()), w),
        ["Sigmoid"] = w => CheckOperator(new ValueOperator<Activation.SigmoidOperator>(new Activation.SigmoidOperator()), w),
        ["Sigmoid′"] = w => CheckOperator(new DerivativeOperator<Activation.SigmoidOperator>(new Activation.SigmoidOperator()), w),
        ["Tanh"] = w => CheckOperator(new ValueOperator<Activation.TanhOperator>(new Activation.TanhOperator()), w),
        ["Tanh′"] = w => CheckOperator(new DerivativeOperator<Activation.TanhOperator>(new Activation.TanhOperator()), w),
        ["SiLU"] = w => CheckOperator(new ValueOperator<Activation.SiLUOperator>(new Activation.SiLUOperator()), w),
        ["SiLU′"] = w => CheckOperator(new DerivativeOperator<Activation.SiLUOperator>(new Activation.SiLUOperator()), w),
        ["ELU(1)"] = w => CheckOperator(new ValueOperator<Activation.ELUOperator>(new Activation.ELUOperator(1)), w),
        ["ELU(1)′"] = w => CheckOperator(new DerivativeOperator<Activation.ELUOperator>(new Activation.ELUOperator(1)), w),
        ["ELU(-0.3)"] = w => CheckOperator(new ValueOperator<Activation.ELUOperator>(new Activation.ELUOperator(-0.3)), w),
        ["ELU(-0.3)′"] = w => CheckOperator(new DerivativeOperator<Activation.ELUOperator>(new Activation.ELUOperator(-0.3)), w),
        ["SELU"] = w => CheckOperator(new ValueOperator<Activation.SELUOperator>(new Activation.SELUOperator()), w),
        ["SELU′"] = w => CheckOperator(new DerivativeOperator<Activation.SELUOperator>(new Activation.SELUOperator()), w),
        ["CELU(1)"] = w => CheckOperator(new ValueOperator<Activation.CELUOperator>(new Activation.CELUOperator(1)), w),
        ["CELU(1)′"] = w => CheckOperator(new DerivativeOperator<Activation.CELUOperator>(new Activation.CELUOperator(1)), w),
        ["CELU(-0.7)"] = w => CheckOperator(new ValueOperator<Activation.CELUOperator>(new Activation.CELUOperator(-0.7)), w),
        ["CELU(-0.7)′"] = w => CheckOperator(new DerivativeOperator<Activation.CELUOperator>(new Activation.CELUOperator(-0.7)), w),
        ["Softplus(1, 20)"] = w => CheckOperator(new ValueOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(1, 20)), w),
        ["Softplus(1, 20)′"] = w => CheckOperator(new DerivativeOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(1, 20)), w),
        ["Softplus(2, 10)"] = w => CheckOperator(new ValueOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(2, 10)), w),
        ["Softplus(2, 10)′"] = w => CheckOperator(new DerivativeOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(2, 10)), w),
        ["Softplus(0.001, 1e6)"] = w => CheckOperator(new ValueOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(0.001, 1e6)), w),
        ["Softplus(0.001, 1e6)′"] = w => CheckOperator(new DerivativeOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(0.001, 1e6)), w),
        ["Softplus(3, -4)"] = w => CheckOperator(new ValueOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(3, -4)), w),
        ["Softplus(3, -4)′"] = w => CheckOperator(new DerivativeOperator<Activation.SoftplusOperator>(new Activation.SoftplusOperator(3, -4)), w),
        ["LogSigmoid"] = w => CheckOperator(new ValueOperator<Activation.LogSigmoidOperator>(new Activation.LogSigmoidOperator()), w),
        ["LogSigmoid′"] = w => CheckOperator(new DerivativeOperator<Activation.LogSigmoidOperator>(new Activation.LogSigmoidOperator()), w),
        ["Mish"] = w => CheckOperator(new ValueOperator<Activation.MishOperator>(new Activation.MishOperator()), w),
        ["Mish′"] = w => CheckOperator(new DerivativeOperator<Activation.MishOperator>(new Activation.MishOperator()), w),
        ["GELUTanh"] = w => CheckOperator(new ValueOperator<Activation.GELUTanhOperator>(new Activation.GELUTanhOperator()), w),
        ["GELUTanh′"] = w => CheckOperator(new DerivativeOperator<Activation.GELUTanhOperator>(new Activation.GELUTanhOperator()), w),
        ["TanhShrink"] = w => CheckOperator(new ValueOperator<Activation.TanhShrinkOperator>(new Activation.TanhShrinkOperator()), w),
        ["TanhShrink′"] = w => CheckOperator(new DerivativeOperator<Activation.TanhShrinkOperator>(new Activation.TanhShrinkOperator()), w),
        ["GELU"] = w => CheckOperator(new ValueOperator<Activation.GELUOperator>(new Activation.GELUOperator()), w),
        ["GELU′"] = w => CheckOperator(new DerivativeOperator<Activation.GELUOperator>(new Activation.GELUOperator()), w),
    };

    public static TheoryData<string, Width> OperatorsAndWidths()
    {
        var data = new TheoryData<string, Width>();
        foreach (string name in Operators.Keys)
        {
            foreach (Width width in Enum.GetValues<Width>())
            {
                data.Add(name, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperatorsAndWidths))]
    public void Every_width_gives_the_scalar_result_bitwise_at_every_length(string name, Width width) =>
        Operators[name](width);

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Public_span_forms_give_the_scalar_result_bitwise_in_place_and_into_a_longer_destination(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        var random = new Random(key.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        foreach (int length in Lengths)
        {
            foreach (double specialRate in new[] { 0.0, 0.05 })
            {
                double[] x = Inputs(random, length, specialRate);
                var y = Filled(length + 3, 42.0);
                f.Span(x, y);
                double[] inPlace = (double[])x.Clone();
                f.Span(inPlace, inPlace);
                for (int i = 0; i < length; i++)
                {
                    double expected = f.Value(x[i]);
                    AssertSameBits(expected, y[i], key, x[i], length);
                    AssertSameBits(expected, inPlace[i], key, x[i], length);
                }

                Assert.Equal([42.0, 42.0, 42.0], y[length..]);

                float[] xf = Array.ConvertAll(x, v => (float)v);
                var yf = Filled(length + 3, 42f);
                f.SpanSingle(xf, yf);
                float[] inPlaceF = (float[])xf.Clone();
                f.SpanSingle(inPlaceF, inPlaceF);
                for (int i = 0; i < length; i++)
                {
                    float expected = f.ValueSingle(xf[i]);
                    AssertSameBits(expected, yf[i], key, xf[i], length);
                    AssertSameBits(expected, inPlaceF[i], key, xf[i], length);
                }

                Assert.Equal([42f, 42f, 42f], yf[length..]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void NaN_payloads_and_signaling_NaNs_come_out_as_from_the_scalar_form(string key)
    {
        // The float forms that select in float lanes must quiet a signaling NaN as the scalar round trip
        // through double does, and keep every payload.
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        float[] nans =
        [
            BitConverter.Int32BitsToSingle(0x7F800001), BitConverter.Int32BitsToSingle(unchecked((int)0xFF800001)),
            BitConverter.Int32BitsToSingle(0x7FC12345), BitConverter.Int32BitsToSingle(unchecked((int)0xFFC00001)), float.NaN,
        ];
        float[] x = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? nans[i / 3 % nans.Length] : i * 0.37f - 7).ToArray();
        var y = new float[x.Length];
        f.SpanSingle(x, y);
        for (int i = 0; i < x.Length; i++)
        {
            AssertSameBits(f.ValueSingle(x[i]), y[i], key, x[i], x.Length);
        }

        double[] xd = Enumerable.Range(0, 40).Select(i => i % 3 == 0
            ? BitConverter.Int64BitsToDouble(0x7FF0000000000001 + i) : i * 0.37 - 7).ToArray();
        var yd = new double[xd.Length];
        f.Span(xd, yd);
        for (int i = 0; i < xd.Length; i++)
        {
            AssertSameBits(f.Value(xd[i]), yd[i], key, xd[i], xd.Length);
        }
    }

    [Fact]
    public void Every_width_writes_exactly_x_Length_elements_of_a_longer_destination()
    {
        // A destination longer than the input: the overlapping last vector ends at x.Length, not beyond.
        double[] x = Enumerable.Range(0, 19).Select(i => i - 9.5).ToArray();
        foreach (Width width in Enum.GetValues<Width>())
        {
            var y = Filled(40, 7.0);
            Invoke(width, x, y, new ValueOperator<Activation.ReLUOperator>(new Activation.ReLUOperator()));
            Assert.Equal(x.Select(v => Math.Max(v, 0)), y[..19]);
            Assert.All(y[19..], v => Assert.Equal(7.0, v));
        }
    }

    private static void CheckOperator<TOperator>(TOperator op, Width width)
        where TOperator : struct, IUnaryOperator<double>, IUnaryOperator<float>
    {
        int vectorDoubles = width switch { Width.Vector128 => 2, Width.Vector256 => 4, _ => 8 };
        var random = new Random(17 * (int)width + 1);
        foreach (int length in Lengths)
        {
            // The vector loops need at least one whole vector; shorter spans are the scalar loop's.
            foreach (double specialRate in new[] { 0.0, 0.02, 0.3, Narrow })
            {
                double[] x = Inputs(random, length, specialRate);
                if (length >= vectorDoubles)
                {
                    var y = new double[length];
                    Invoke(width, x, y, op);
                    double[] inPlace = (double[])x.Clone();
                    Invoke(width, inPlace, inPlace, op);
                    for (int i = 0; i < length; i++)
                    {
                        AssertSameBits(op.Invoke(x[i]), y[i], typeof(TOperator).Name, x[i], length);
                        AssertSameBits(op.Invoke(x[i]), inPlace[i], typeof(TOperator).Name, x[i], length);
                    }
                }

                float[] xf = Array.ConvertAll(x, v => (float)v);
                if (length >= 2 * vectorDoubles)
                {
                    var yf = new float[length];
                    Invoke(width, xf, yf, op);
                    for (int i = 0; i < length; i++)
                    {
                        AssertSameBits(op.Invoke(xf[i]), yf[i], typeof(TOperator).Name, xf[i], length);
                    }
                }
            }
        }
    }

    private static void Invoke<T, TOperator>(Width width, ReadOnlySpan<T> x, Span<T> destination, TOperator op)
        where TOperator : struct, IUnaryOperator<T>
    {
        switch (width)
        {
            case Width.Vector128: Activation.InvokeVector128(x, destination, op); break;
            case Width.Vector256: Activation.InvokeVector256(x, destination, op); break;
            default: Activation.InvokeVector512(x, destination, op); break;
        }
    }

    /// <summary>
    /// Mostly values where the kernels work (uniform on ±1, ±40, ±800, and log-uniform magnitudes down to
    /// subnormals); with probability <paramref name="specialRate"/> a special value (±0, ±∞, NaN, ±1e300,
    /// the switch points of the kernels) that makes its vector take the scalar lane-by-lane exit.
    /// </summary>
    private static double[] Inputs(Random random, int length, double specialRate)
    {
        var x = new double[length];
        for (int i = 0; i < length; i++)
        {
            if (specialRate == Narrow)
            {
                x[i] = random.NextDouble() * 2 - 1; // whole vectors on one side of |x| = 1 (TanhShrink's shortcut)
                continue;
            }

            x[i] = random.NextDouble() < specialRate
                ? Generators.SpecialDoubles[random.Next(Generators.SpecialDoubles.Length)]
                : (random.Next(4)) switch
                {
                    0 => random.NextDouble() * 2 - 1,
                    1 => random.NextDouble() * 80 - 40,
                    2 => random.NextDouble() * 1600 - 800,
                    _ => (random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, random.NextDouble() * 330 - 320),
                };
        }

        return x;
    }

    /// <summary>Not a rate: asks <see cref="Inputs"/> for values in (−1, 1) only.</summary>
    private const double Narrow = -1;

    private static T[] Filled<T>(int length, T value)
    {
        var array = new T[length];
        Array.Fill(array, value);
        return array;
    }

    private static void AssertSameBits(double expected, double actual, string name, double x, int length)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
        {
            Assert.Fail($"{name}({x:R}) at length {length}: span gave {actual:R}, scalar {expected:R}");
        }
    }

    private static void AssertSameBits(float expected, float actual, string name, float x, int length)
    {
        if (BitConverter.SingleToInt32Bits(expected) != BitConverter.SingleToInt32Bits(actual))
        {
            Assert.Fail($"{name}({x:R}f) at length {length}: span gave {actual:R}, scalar {expected:R}");
        }
    }
}
