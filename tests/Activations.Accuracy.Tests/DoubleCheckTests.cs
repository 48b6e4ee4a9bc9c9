using System.Buffers.Binary;

namespace Activations.Accuracy.Tests;

/// <summary>The --double check: reading the MPFR reference files of tools/reference/double_sweep.py and measuring against them.</summary>
public sealed class DoubleCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("double-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, params (double X, double Value, double ValueResidual, double Derivative, double DerivativeResidual)[] records)
    {
        var bytes = new byte[records.Length * DoubleCheck.RecordSize];
        for (int i = 0; i < records.Length; i++)
        {
            var r = records[i];
            double[] fields = [r.X, r.Value, r.ValueResidual, r.Derivative, r.DerivativeResidual];
            for (int c = 0; c < 5; c++) BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * DoubleCheck.RecordSize + c * 8), fields[c]);
        }
        string path = Path.Combine(_folder, name + DoubleCheck.Extension);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Exact_references_give_the_residual_as_the_error_on_both_paths()
    {
        // ReLU is exact: f(2) = 2, f′(2) = 1; f(-3) = 0, f′(-3) = 0. A residual of 0.25 in the file is then the error.
        Write("ReLU", (2.0, 2.0, 0.25, 1.0, 0.0), (-3.0, 0.0, 0.0, 0.0, 0.0));
        var results = DoubleCheck.Run(_folder, [], SweepPath.Both);
        Assert.Equal(["ReLU scalar", "ReLU span", "ReLU′ scalar", "ReLU′ span"], results.Select(r => $"{r.Function} {r.Path}"));
        Assert.All(results, r => Assert.Equal(2, r.Inputs));
        Assert.Equal(0.25, results[0].MaxUlp);
        Assert.Equal(2.0, results[0].WorstInput);
        Assert.Equal(0, results[2].MaxUlp);
        Assert.All(results, r => Assert.Equal(0, r.AboveOneUlp + r.NaNOutputs));
    }

    [Fact]
    public void A_wrong_reference_shows_as_an_error_above_one_ulp()
    {
        double y = Activation.Sigmoid(0.3);
        Write("Sigmoid", (0.3, Math.BitIncrement(Math.BitIncrement(y)), 0.0, Activation.SigmoidDerivative(0.3), 0.0));
        var value = DoubleCheck.Run(_folder, ["Sigmoid"], SweepPath.Scalar)[0];
        Assert.Equal(2, value.MaxUlp);
        Assert.Equal(1, value.AboveOneUlp);
    }

    [Fact]
    public void A_NaN_output_is_counted_and_is_an_infinite_error()
    {
        var r = DoubleCheck.Measure("f", "scalar", (x, y) => y.Fill(double.NaN), [1.0, 2.0], [1.0, 2.0], [0.0, 0.0]);
        Assert.Equal(2, r.NaNOutputs);
        Assert.Equal(double.PositiveInfinity, r.MaxUlp);
    }

    [Fact]
    public void Malformed_files_are_rejected_with_the_file_and_record()
    {
        string bad = Write("Tanh", (0.5, Math.Tanh(0.5), 0.7, 0.0, 0.0));
        Assert.Contains("record 0", Assert.Throws<InvalidDataException>(() => DoubleCheck.Read(bad)).Message);
        File.WriteAllBytes(bad, new byte[DoubleCheck.RecordSize + 3]);
        Assert.Contains(bad, Assert.Throws<InvalidDataException>(() => DoubleCheck.Read(bad)).Message);
        File.Delete(bad);
        Write("Swish2", (0.5, 0.5, 0.0, 0.0, 0.0));
        Assert.Contains("Swish2", Assert.Throws<ArgumentException>(() => DoubleCheck.Run(_folder, [], SweepPath.Both)).Message);
    }

    [Fact]
    public void An_empty_folder_is_an_error() =>
        Assert.Equal("folder", Assert.Throws<ArgumentException>(() => DoubleCheck.Run(_folder, [], SweepPath.Both)).ParamName);

    [Fact]
    public void The_report_is_a_markdown_table()
    {
        string report = DoubleCheck.Format([new DoubleCheckResult("GELU", "span", 10, 3.125, -20.5, 4, 0)], TimeSpan.FromSeconds(3));
        Assert.Contains("| GELU | span | 10 | 3.125 | -20.5 | 4 | 0 |", report);
    }
}
