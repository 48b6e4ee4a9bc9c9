using BenchmarkDotNet.Attributes;
using System.Numerics.Tensors;

namespace Activations.Benchmarks;

// Functions of the whole vector: the library's three-pass kernels, the textbook three-pass scalar loop
// (max, sum of exponentials, scale) and TensorPrimitives.SoftMax (which does not subtract the maximum).

public class Softmax : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Softmax(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        float max = float.NegativeInfinity;
        foreach (float v in x)
        {
            max = MathF.Max(max, v);
        }

        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }

    [Benchmark, BenchmarkCategory("float")]
    public void TensorPrimitivesFloat() => TensorPrimitives.SoftMax(Xf, Yf);

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Softmax(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        double max = double.NegativeInfinity;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }

        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp(x[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void TensorPrimitivesDouble() => TensorPrimitives.SoftMax(Xd, Yd);
}

public class LogSoftmax : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.LogSoftmax(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        float max = float.NegativeInfinity;
        foreach (float v in x)
        {
            max = MathF.Max(max, v);
        }

        float sum = 0;
        foreach (float v in x)
        {
            sum += MathF.Exp(v - max);
        }

        float logSum = max + MathF.Log(sum);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] - logSum;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.LogSoftmax(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        double max = double.NegativeInfinity;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }

        double sum = 0;
        foreach (double v in x)
        {
            sum += Math.Exp(v - max);
        }

        double logSum = max + Math.Log(sum);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] - logSum;
        }
    }
}

public class Softmin : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Softmin(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        float min = float.PositiveInfinity;
        foreach (float v in x)
        {
            min = MathF.Min(min, v);
        }

        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(min - x[i]);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Softmin(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        double min = double.PositiveInfinity;
        foreach (double v in x)
        {
            min = Math.Min(min, v);
        }

        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp(min - x[i]);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }
    }
}
