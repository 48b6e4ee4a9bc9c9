using BenchmarkDotNet.Attributes;

namespace Activations.Benchmarks;

/// <summary>
/// Derivative spans (the backward pass): the catalogue entry's span form, which runs the vectorized lane
/// derivative, against a loop over the same entry's scalar derivative (same results bit for bit, one element
/// at a time). The copy baselines come from <see cref="ElementwiseBenchmark"/>.
/// </summary>
public class Derivatives : ElementwiseBenchmark
{
    private BoundActivation _activation = null!;

    [Params("ReLU", "LeakyReLU", "Sigmoid", "Tanh", "SiLU", "GELU", "GELUTanh", "Mish", "Softplus", "ELU")]
    public string Function { get; set; } = "";

    [GlobalSetup(Targets = [nameof(LibraryFloat), nameof(ScalarLoopFloat), nameof(LibraryDouble), nameof(ScalarLoopDouble)])]
    public void SetupFunction()
    {
        Setup();
        _activation = ActivationCatalog.Get(Function).Default;
    }

    [Benchmark, BenchmarkCategory("float")]
    public void LibraryFloat() => _activation.Derivative(Xf, Yf);

    [Benchmark, BenchmarkCategory("float")]
    public void ScalarLoopFloat()
    {
        float[] x = Xf, y = Yf;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = _activation.Derivative(x[i]);
        }
    }

    [Benchmark, BenchmarkCategory("double")]
    public void LibraryDouble() => _activation.Derivative(Xd, Yd);

    [Benchmark, BenchmarkCategory("double")]
    public void ScalarLoopDouble()
    {
        double[] x = Xd, y = Yd;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = _activation.Derivative(x[i]);
        }
    }
}
