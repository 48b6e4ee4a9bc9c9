using BenchmarkDotNet.Attributes;
using System.Numerics.Tensors;

namespace Activations.Benchmarks;

// Smooth activations: the library's span form, a plain loop over the article's formula in Math/MathF, and
// TensorPrimitives where it has the operation; the copy baselines come from ElementwiseBenchmark.

public class ELU : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.ELU(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v > 0f ? v : MathF.Exp(v) - 1f;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.ELU(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v > 0 ? v : Math.Exp(v) - 1;
        }
    }
}

public class SELU : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.SELU(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = 1.050701f * (v > 0f ? v : 1.6732632f * (MathF.Exp(v) - 1f));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.SELU(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = 1.0507009873554805 * (v > 0 ? v : 1.6732632423543772 * (Math.Exp(v) - 1));
        }
    }
}

public class CELU : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.CELU(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Max(0f, v) + MathF.Min(0f, MathF.Exp(v) - 1f);
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.CELU(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Max(0, v) + Math.Min(0, Math.Exp(v) - 1);
        }
    }
}

public class GELU : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.GELU(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = 0.5f * v * (1f + (float)MathNet.Numerics.SpecialFunctions.Erf(v * 0.70710677f));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.GELU(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = 0.5 * v * (1 + MathNet.Numerics.SpecialFunctions.Erf(v * 0.7071067811865476));
        }
    }
}

public class GELUTanh : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.GELUTanh(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = 0.5f * v * (1f + MathF.Tanh(0.7978846f * (v + 0.044715f * v * v * v)));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.GELUTanh(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = 0.5 * v * (1 + Math.Tanh(0.7978845608028654 * (v + 0.044715 * v * v * v)));
        }
    }
}

public class SiLU : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.SiLU(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v / (1f + MathF.Exp(-v));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.SiLU(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v / (1 + Math.Exp(-v));
        }
    }
}

public class Mish : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Mish(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v * MathF.Tanh(MathF.Log(1f + MathF.Exp(v)));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Mish(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v * Math.Tanh(Math.Log(1 + Math.Exp(v)));
        }
    }
}

public class Softplus : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.Softplus(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = MathF.Log(1f + MathF.Exp(v));
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.Softplus(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = Math.Log(1 + Math.Exp(v));
        }
    }
}

public class HardSwish : ElementwiseBenchmark
{
    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => Activation.HardSwish(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v * MathF.Min(MathF.Max(v + 3f, 0f), 6f) / 6f;
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => Activation.HardSwish(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y[i] = v * Math.Min(Math.Max(v + 3, 0), 6) / 6;
        }
    }
}
