using BenchmarkDotNet.Attributes;
using System.Numerics.Tensors;

namespace Activations.Benchmarks;

// Rectifiers activations: the library's span form, a plain loop over the article's formula in Math/MathF, and
// TensorPrimitives where it has the operation; the copy baselines come from ElementwiseBenchmark.

public class ReLU : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.ReLU(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Max(v, 0f);
        }
    }

    [Benchmark, BenchmarkCategory("float")]
    public void TensorPrimitivesFloat() => TensorPrimitives.Max(Xf, 0f, Yf);

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.ReLU(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Max(v, 0);
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void TensorPrimitivesDouble() => TensorPrimitives.Max(Xd, 0.0, Yd);
}

public class ReLU6 : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.ReLU6(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Min(MathF.Max(v, 0f), 6f);
        }
    }

    [Benchmark, BenchmarkCategory("float")]
    public void TensorPrimitivesFloat() => TensorPrimitives.Clamp(Xf, 0f, 6f, Yf);

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.ReLU6(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Min(Math.Max(v, 0), 6);
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void TensorPrimitivesDouble() => TensorPrimitives.Clamp(Xd, 0.0, 6.0, Yd);
}

public class LeakyReLU : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.LeakyReLU(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v > 0f ? v : 0.01f * v;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.LeakyReLU(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v > 0 ? v : 0.01 * v;
        }
    }
}

public class Threshold : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Threshold(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v > 0f ? 1f : 0f;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Threshold(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v > 0 ? 1 : 0;
        }
    }
}

public class HardShrink : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.HardShrink(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Abs(v) > 0.5f ? v : 0f;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.HardShrink(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Abs(v) > 0.5 ? v : 0;
        }
    }
}

public class SoftShrink : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.SoftShrink(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v > 0.5f ? v - 0.5f : v < -0.5f ? v + 0.5f : 0f;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.SoftShrink(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v > 0.5 ? v - 0.5 : v < -0.5 ? v + 0.5 : 0;
        }
    }
}
