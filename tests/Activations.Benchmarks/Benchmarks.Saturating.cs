using BenchmarkDotNet.Attributes;
using System.Numerics.Tensors;

namespace Activations.Benchmarks;

// Saturating activations: the library's span form, a plain loop over the article's formula in Math/MathF, and
// TensorPrimitives where it has the operation; the copy baselines come from ElementwiseBenchmark.

public class Sigmoid : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Sigmoid(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = 1f / (1f + MathF.Exp(-v));
        }
    }

    [Benchmark, BenchmarkCategory("float")]
    public void TensorPrimitivesFloat() => TensorPrimitives.Sigmoid(Xf, Yf);

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Sigmoid(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = 1 / (1 + Math.Exp(-v));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void TensorPrimitivesDouble() => TensorPrimitives.Sigmoid(Xd, Yd);
}

public class Tanh : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Tanh(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Tanh(v);
        }
    }

    [Benchmark, BenchmarkCategory("float")]
    public void TensorPrimitivesFloat() => TensorPrimitives.Tanh(Xf, Yf);

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Tanh(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Tanh(v);
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void TensorPrimitivesDouble() => TensorPrimitives.Tanh(Xd, Yd);
}

public class TanhShrink : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.TanhShrink(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v - MathF.Tanh(v);
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.TanhShrink(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v - Math.Tanh(v);
        }
    }
}

public class LogSigmoid : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.LogSigmoid(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = -MathF.Log(1f + MathF.Exp(-v));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.LogSigmoid(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = -Math.Log(1 + Math.Exp(-v));
        }
    }
}

public class Softsign : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Softsign(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v / (1f + MathF.Abs(v));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Softsign(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v / (1 + Math.Abs(v));
        }
    }
}

public class HardSigmoid : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.HardSigmoid(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Min(MathF.Max(v + 3f, 0f), 6f) / 6f;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.HardSigmoid(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Min(Math.Max(v + 3, 0), 6) / 6;
        }
    }
}

public class HardTanh : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.HardTanh(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Min(MathF.Max(v, -1f), 1f);
        }
    }

    [Benchmark, BenchmarkCategory("float")]
    public void TensorPrimitivesFloat() => TensorPrimitives.Clamp(Xf, -1f, 1f, Yf);

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.HardTanh(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Min(Math.Max(v, -1), 1);
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void TensorPrimitivesDouble() => TensorPrimitives.Clamp(Xd, -1.0, 1.0, Yd);
}
