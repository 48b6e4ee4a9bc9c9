using Activations.Tests.Support;

namespace Activations.Tests;

/// <summary>
/// Softmax, LogSoftmax and Softmin through every vector width against the one-lane (scalar) instantiation of
/// the same passes: only the order of the compensated sum differs, so double results agree within 2 ULP and
/// float results within 1 ULP, at lengths that exercise the vector body and the remainders on both sides of
/// the maximum; in-place use gives the same bits.
/// </summary>
public class SoftmaxVectorizedPathTests
{
    public static TheoryData<SoftmaxVariant> Variants() => SoftmaxVariants.All();

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_width_agrees_with_the_scalar_passes(SoftmaxVariant variant)
    {
        var random = new Random(2024 + (int)variant);
        bool negate = variant == SoftmaxVariant.Softmin;
        bool logarithm = variant == SoftmaxVariant.LogSoftmax;
        foreach (int length in VectorizedPathTests.Lengths.Where(n => n > 0))
        {
            foreach (double spread in new[] { 1.0, 30.0, 800.0 })
            {
                double[] x = Enumerable.Range(0, length).Select(_ => (random.NextDouble() * 2 - 1) * spread).ToArray();
                if (length > 2 && spread > 1)
                {
                    x[random.Next(length)] = double.NegativeInfinity; // a zero output (−∞ for the log)
                }

                var expected = new double[length];
                Activation.SoftmaxPasses<double, double, ScalarLanes>(x, expected, negate, logarithm);
                float[] xf = Array.ConvertAll(x, v => (float)v);
                var expectedF = new float[length];
                Activation.SoftmaxPasses<float, double, ScalarLanes>(xf, expectedF, negate, logarithm);

                foreach (Action<double[], double[], float[], float[]> width in Widths(negate, logarithm))
                {
                    var y = new double[length];
                    var yf = new float[length];
                    width(x, y, xf, yf);
                    for (int i = 0; i < length; i++)
                    {
                        Assert.True(Ulp.Distance(expected[i], y[i]) <= 2,
                            $"{variant} n={length} spread={spread} x[{i}]={x[i]:R}: {y[i]:R} vs scalar {expected[i]:R}");
                        Assert.True(Ulp.Distance(expectedF[i], yf[i]) <= 1,
                            $"{variant} (float) n={length} spread={spread} x[{i}]={xf[i]:R}: {yf[i]:R} vs scalar {expectedF[i]:R}");
                    }

                    double[] inPlace = (double[])x.Clone();
                    float[] inPlaceF = (float[])xf.Clone();
                    width(inPlace, inPlace, inPlaceF, inPlaceF);
                    Assert.Equal(y, inPlace);
                    Assert.Equal(yf, inPlaceF);
                }
            }
        }
    }

    [Fact]
    public void A_maximum_in_the_vector_body_or_in_the_remainder_is_excluded_once_from_the_sum()
    {
        // Softmax of (0, −∞, …, −∞) with the 0 at every position is the unit vector: the maximum's term (1)
        // must be counted exactly once wherever the vector loops place it.
        foreach (int length in new[] { 1, 7, 17, 33 })
        {
            for (int position = 0; position < length; position++)
            {
                var x = Enumerable.Repeat(double.NegativeInfinity, length).ToArray();
                x[position] = 0;
                var y = new double[length];
                Activation.Softmax(x, y);
                for (int i = 0; i < length; i++)
                {
                    Assert.Equal(i == position ? 1.0 : 0.0, y[i]);
                }
            }
        }
    }

    private static IEnumerable<Action<double[], double[], float[], float[]>> Widths(bool negate, bool logarithm)
    {
        yield return (x, y, xf, yf) =>
        {
            Activation.SoftmaxPasses<double, System.Runtime.Intrinsics.Vector128<double>, Lanes128>(x, y, negate, logarithm);
            Activation.SoftmaxPasses<float, System.Runtime.Intrinsics.Vector128<double>, Lanes128>(xf, yf, negate, logarithm);
        };
        yield return (x, y, xf, yf) =>
        {
            Activation.SoftmaxPasses<double, System.Runtime.Intrinsics.Vector256<double>, Lanes256>(x, y, negate, logarithm);
            Activation.SoftmaxPasses<float, System.Runtime.Intrinsics.Vector256<double>, Lanes256>(xf, yf, negate, logarithm);
        };
        yield return (x, y, xf, yf) =>
        {
            Activation.SoftmaxPasses<double, System.Runtime.Intrinsics.Vector512<double>, Lanes512>(x, y, negate, logarithm);
            Activation.SoftmaxPasses<float, System.Runtime.Intrinsics.Vector512<double>, Lanes512>(xf, yf, negate, logarithm);
        };
        yield return (x, y, xf, yf) =>
        {
            // The public entry: the width the hardware picks.
            switch ((negate, logarithm))
            {
                case (true, _): Activation.Softmin(x, y); Activation.Softmin(xf, yf); break;
                case (_, true): Activation.LogSoftmax(x, y); Activation.LogSoftmax(xf, yf); break;
                default: Activation.Softmax(x, y); Activation.Softmax(xf, yf); break;
            }
        };
    }
}
