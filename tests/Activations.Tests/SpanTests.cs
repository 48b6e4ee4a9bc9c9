using Activations.Tests.Support;
using CsCheck;

namespace Activations.Tests;

/// <summary>The span methods: element-by-element agreement with the scalar methods, in-place use,
/// empty input, and the argument errors (with the offending parameter named).</summary>
public class SpanTests
{
    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Span_result_equals_scalar_result_element_by_element_for_double_and_float(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        Generators.Double.Array[0, 40].Sample(x =>
        {
            var y = new double[x.Length];
            f.Span(x, y);
            for (int i = 0; i < x.Length; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(f.Value(x[i])), BitConverter.DoubleToInt64Bits(y[i]));
            }
        }, iter: 300);
        Generators.Single.Array[0, 40].Sample(x =>
        {
            var y = new float[x.Length];
            f.SpanSingle(x, y);
            for (int i = 0; i < x.Length; i++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(f.ValueSingle(x[i])), BitConverter.SingleToInt32Bits(y[i]));
            }
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void In_place_use_gives_the_same_result_as_a_separate_destination(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        double[] x = Generators.SpecialDoubles.Concat([0.3, -2.5, 7.25]).ToArray();
        var separate = new double[x.Length];
        f.Span(x, separate);
        double[] inPlace = (double[])x.Clone();
        f.Span(inPlace, inPlace);
        Assert.Equal(separate, inPlace);

        float[] xf = x.Select(v => (float)v).ToArray();
        var separateF = new float[xf.Length];
        f.SpanSingle(xf, separateF);
        f.SpanSingle(xf, xf);
        Assert.Equal(separateF, xf);
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Empty_input_is_allowed_and_a_longer_destination_keeps_its_tail(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        f.Span([], []);
        f.SpanSingle([], Span<float>.Empty);

        double[] destination = [42, 42, 42];
        f.Span([1.0], destination);
        Assert.Equal(f.Value(1.0), destination[0]);
        Assert.Equal([42.0, 42.0], destination[1..]);
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void A_destination_shorter_than_the_input_is_rejected_naming_destination(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        var e = Assert.Throws<ArgumentException>(() => f.Span(new double[3], new double[2]));
        Assert.Equal("destination", e.ParamName);
        var ef = Assert.Throws<ArgumentException>(() => f.SpanSingle(new float[1], new float[0]));
        Assert.Equal("destination", ef.ParamName);
    }

    [Theory]
    [MemberData(nameof(ElementwiseFunctions.AllKeys), MemberType = typeof(ElementwiseFunctions))]
    public void Partially_overlapping_spans_are_rejected_naming_destination(string key)
    {
        ElementwiseFunction f = ElementwiseFunctions.ByKey(key);
        var buffer = new double[10];
        var e = Assert.Throws<ArgumentException>(() => f.Span(buffer.AsSpan(0, 5), buffer.AsSpan(1, 5)));
        Assert.Equal("destination", e.ParamName);
        var e2 = Assert.Throws<ArgumentException>(() => f.Span(buffer.AsSpan(2, 5), buffer.AsSpan(0, 5)));
        Assert.Equal("destination", e2.ParamName);
        var bufferF = new float[10];
        var ef = Assert.Throws<ArgumentException>(() => f.SpanSingle(bufferF.AsSpan(3, 4), bufferF.AsSpan(0, 5)));
        Assert.Equal("destination", ef.ParamName);

        f.Span(buffer.AsSpan(0, 5), buffer.AsSpan(5, 5)); // adjacent, not overlapping: fine
    }

    public static TheoryData<string, Action> BadParameters() => new()
    {
        { "alpha", () => Activation.LeakyReLU(1.0, double.NaN) },
        { "alpha", () => Activation.LeakyReLU([1.0], new double[1], double.PositiveInfinity) },
        { "alpha", () => Activation.LeakyReLUDerivative(1f, float.NegativeInfinity) },
        { "theta", () => Activation.Threshold(1.0, double.NaN) },
        { "alpha", () => Activation.ELU(1.0, double.NaN) },
        { "alpha", () => Activation.ELU([1f], new float[1], float.PositiveInfinity) },
        { "alpha", () => Activation.CELU(1.0, 0) },
        { "alpha", () => Activation.CELUDerivative(1.0, double.NaN) },
        { "beta", () => Activation.Softplus(1.0, 0) },
        { "beta", () => Activation.Softplus(1.0, -1) },
        { "beta", () => Activation.Softplus([1.0], new double[1], double.NaN) },
        { "beta", () => Activation.SoftplusDerivative(1f, 0f) },
        { "threshold", () => Activation.Softplus(1.0, 1, double.PositiveInfinity) },
        { "min", () => Activation.HardTanh(1.0, 2, 1) },
        { "min", () => Activation.HardTanh([1f], new float[1], 0.5f, -0.5f) },
        { "min", () => Activation.HardTanh(1.0, double.NegativeInfinity, 1) },
        { "max", () => Activation.HardTanhDerivative(1.0, -1, double.NaN) },
        { "lambda", () => Activation.HardShrink(1.0, -0.1) },
        { "lambda", () => Activation.SoftShrink(1.0, double.NaN) },
        { "lambda", () => Activation.SoftShrink([1f], new float[1], -1f) },
        { "lambda", () => Activation.HardShrinkDerivative(1.0, double.PositiveInfinity) },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void Invalid_parameters_are_rejected_naming_the_parameter(string parameter, Action call)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(parameter, e.Message);
    }

    [Fact]
    public void Boundary_parameters_are_accepted()
    {
        Assert.Equal(0.0, Activation.LeakyReLU(-2.0, 0));        // α = 0 is ReLU
        Assert.Equal(0.0, Activation.LeakyReLU(double.NegativeInfinity, 0)); // not 0·(−∞) = NaN
        Assert.Equal(-0.5, Activation.LeakyReLU(-1.0, 0.5));
        Assert.Equal(2.0, Activation.HardTanh(5.0, 2, 2));       // min = max
        Assert.Equal(1.0, Activation.HardShrink(1.0, 0));        // λ = 0
        Assert.Equal(-3.0, Activation.SoftShrink(-3.0, 0));
        Assert.Equal(-2.0, Activation.CELU(-1000.0, 2));
        Assert.Equal(4.0, Activation.Softplus(4.0, 1, -1));      // any finite threshold, as PyTorch
    }

    [Fact]
    public void Vector_functions_check_their_arguments_too()
    {
        var buffer = new double[6];
        SpanFunction<double>[] functions = [Activation.Softmax, Activation.SoftmaxNaive, Activation.LogSoftmax, Activation.Softmin];
        foreach (var function in functions)
        {
            Assert.Equal("destination", Assert.Throws<ArgumentException>(() => function(new double[3], new double[2])).ParamName);
            Assert.Equal("destination", Assert.Throws<ArgumentException>(() => function(buffer.AsSpan(0, 3), buffer.AsSpan(1, 3))).ParamName);
            function([], []); // empty is fine
        }

        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Activation.SoftmaxJacobian(new double[3], new double[8])).ParamName);
    }
}
