using MathNet.Numerics.LinearAlgebra;

namespace Activations.Tests;

public class MathNetInteropTests
{
    private static readonly Vector<double> V = Vector<double>.Build.Dense([-2.0, -0.5, 0, 0.5, 3]);

    [Fact]
    public void Named_extensions_apply_the_library_functions_and_leave_the_vector_unchanged()
    {
        double[] before = V.ToArray();

        Assert.Equal(V.Select(Activation.Sigmoid), V.Sigmoid());
        Assert.Equal(V.Select(Activation.Tanh), V.Tanh());
        Assert.Equal(V.Select(Activation.ReLU), V.ReLU());
        Assert.Equal(V.Select(x => Activation.LeakyReLU(x, 0.2)), V.LeakyReLU(0.2));
        Assert.Equal(V.Select(Activation.GELU), V.GELU());
        Assert.Equal(V.Select(Activation.SiLU), V.SiLU());
        Assert.Equal(V.Select(x => Activation.Softplus(x, 2)), V.Softplus(beta: 2));
        Assert.Equal(before, V.ToArray());
    }

    [Fact]
    public void Vector_functions_apply_to_the_whole_vector()
    {
        var expected = new double[V.Count];
        Activation.Softmax(V.ToArray(), expected);
        Assert.Equal(expected, V.Softmax().ToArray());
        Assert.Equal(1.0, V.Softmax().Sum(), 1e-15);
        Activation.LogSoftmax(V.ToArray(), expected);
        Assert.Equal(expected, V.LogSoftmax().ToArray());
        Activation.Softmin(V.ToArray(), expected);
        Assert.Equal(expected, V.Softmin().ToArray());
    }

    [Fact]
    public void Apply_takes_any_catalogue_entry_with_parameters()
    {
        foreach (ActivationInfo info in ActivationCatalog.All)
        {
            Vector<double> input = info.Name == "GLU" ? V.SubVector(0, 4) : V; // GLU needs an even length
            Vector<double> result = input.Apply(info);
            Assert.Equal(info.Values(input.ToArray()), result.ToArray());
            Assert.Equal(info.OutputLength(input.Count), result.Count);
        }

        Assert.Equal([Activation.GLU(-0.5, 0.5), Activation.GLU(0.0, 3.0)], V.SubVector(1, 4).Apply(ActivationCatalog.Get("GLU")).ToArray());

        Assert.Equal(V.Select(x => Activation.ELU(x, 0.5)), V.Apply(ActivationCatalog.Get("ELU"), 0.5));
        Assert.Equal(V.Select(x => Activation.ELUDerivative(x, 0.5)), V.ApplyDerivative(ActivationCatalog.Get("elu"), 0.5));
        Assert.Throws<InvalidOperationException>(() => V.ApplyDerivative(ActivationCatalog.Get("Softmax")));
    }

    [Fact]
    public void Sparse_vectors_work_too()
    {
        Vector<double> sparse = Vector<double>.Build.Sparse(4);
        sparse[2] = -1;
        Assert.Equal(new[] { 0.5, 0.5, Activation.Sigmoid(-1.0), 0.5 }, sparse.Sigmoid().ToArray());
    }

    [Fact]
    public void The_softmax_Jacobian_comes_as_a_matrix()
    {
        Matrix<double> j = V.SoftmaxJacobian();
        double[,] expected = Activation.SoftmaxJacobian(V.ToArray());
        Assert.Equal(V.Count, j.RowCount);
        Assert.Equal(expected, j.ToArray());
    }

    private static Vector<double> Map(Vector<double> v, Func<double, double> f) => v.Map(f);
}

internal static class VectorTestExtensions
{
    public static Vector<double> Select(this Vector<double> v, Func<double, double> f) => v.Map(f, MathNet.Numerics.LinearAlgebra.Zeros.Include);
}
