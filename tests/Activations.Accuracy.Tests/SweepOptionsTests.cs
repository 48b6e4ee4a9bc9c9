namespace Activations.Accuracy.Tests;

public class SweepOptionsTests
{
    [Fact]
    public void Defaults_are_every_function_every_input_both_paths()
    {
        var o = SweepOptions.Parse([]);
        Assert.Empty(o.Functions);
        Assert.Null(o.Sample);
        Assert.Equal(SweepPath.Both, o.Path);
        Assert.Null(o.OutputFile);
    }

    [Fact]
    public void Options_are_parsed_and_names_normalised()
    {
        var o = SweepOptions.Parse(["--functions", "gelu, leakyrelu(alpha=0.2)", "--sample", "16777216", "--path", "span", "--out", "r.md"]);
        Assert.Equal(["GELU", "LeakyReLU(alpha=0.2)"], o.Functions);
        Assert.Equal(16777216L, o.Sample);
        Assert.Equal(SweepPath.Span, o.Path);
        Assert.Equal("r.md", o.OutputFile);
    }

    [Theory]
    [InlineData("--sample", "0", "--sample")]
    [InlineData("--sample", "many", "--sample")]
    [InlineData("--path", "vector", "--path")]
    [InlineData("--functions", "Swish2", "Swish2")]
    [InlineData("--colour", "red", "--colour")]
    public void Bad_options_are_rejected_with_a_message_naming_them(string option, string value, string named)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => SweepOptions.Parse([option, value]));
        Assert.Contains(named, e.Message);
    }

    [Fact]
    public void A_missing_value_is_reported()
    {
        var e = Assert.Throws<ArgumentException>(() => SweepOptions.Parse(["--sample"]));
        Assert.Contains("--sample needs a value", e.Message);
    }

    [Fact]
    public void Each_function_has_value_and_derivative_rows_and_TensorPrimitives_comes_with_the_span_path()
    {
        var sigmoid = ActivationVariants.Get("Sigmoid");
        Assert.Equal(["Sigmoid scalar", "Sigmoid span", "Sigmoid TensorPrimitives (span)", "Sigmoid′ scalar", "Sigmoid′ span"],
            Rows(sigmoid, SweepPath.Both).Select(c => $"{c.Function} {c.Path}"));
        Assert.Equal(["Sigmoid", "Sigmoid′"], Rows(sigmoid, SweepPath.Scalar).Select(c => c.Function));
        Assert.Equal(["span", "TensorPrimitives (span)", "span"], Rows(sigmoid, SweepPath.Span).Select(c => c.Path));
        Assert.DoesNotContain(Rows(ActivationVariants.Get("GELU"), SweepPath.Both), c => c.Path.Contains("TensorPrimitives"));
        // One group (one shared reference) for the value, one for the derivative.
        Assert.Equal([3, 2], SweepCases.For(sigmoid, SweepPath.Both).Select(g => g.Rows.Count));
    }

    private static IEnumerable<SweepRow> Rows(ActivationVariant v, SweepPath path) => SweepCases.For(v, path).SelectMany(g => g.Rows);

    [Fact]
    public void The_default_set_is_every_function_with_default_parameters_and_all_variants_adds_the_others()
    {
        var defaults = SweepOptions.Parse([]).Variants;
        Assert.Equal(ActivationCatalog.All.Count(info => info.IsElementwise), defaults.Count); // 25
        Assert.Equal(25, defaults.Count);
        Assert.All(defaults, v => Assert.True(v.HasDefaultParameters, v.Name));
        Assert.Equal(ActivationVariants.All, SweepOptions.Parse(["--all-variants"]).Variants);
        Assert.Equal(["GELU"], SweepOptions.Parse(["--all-variants", "--functions", "GELU"]).Variants.Select(v => v.Name));
    }

    [Fact]
    public void The_double_check_takes_an_existing_folder()
    {
        string folder = Path.GetTempPath();
        Assert.Equal(folder, SweepOptions.Parse(["--double", folder]).DoubleReferenceFolder);
        var e = Assert.Throws<ArgumentException>(() => SweepOptions.Parse(["--double", Path.Combine(folder, "no-such-folder-" + Guid.NewGuid())]));
        Assert.Contains("--double", e.Message);
    }

    [Fact]
    public void The_report_is_a_markdown_table_with_one_row_per_result()
    {
        var results = new[]
        {
            new SweepResult("GELU", "scalar", 0.50000012, -0.75f, 0, 0, 0, 100, TimeSpan.FromSeconds(1.2)),
            new SweepResult("GELU′", "scalar", double.PositiveInfinity, 3f, 2, 1, 0, 100, TimeSpan.FromSeconds(2)),
            new SweepResult("Tanh", "TensorPrimitives (span)", Math.ScaleB(1, 125), 0f, 0, 0, 0, 100, TimeSpan.FromSeconds(2)),
        };
        string report = MarkdownReport.Format(FloatInputSet.Sample(10), results);
        Assert.Contains("| GELU | scalar | 0.50000012 | -0.75 | 0xBF400000 | 0 | 0 | 0 | 1.2 s |", report);
        Assert.Contains("| GELU′ | scalar | ∞ | 3 | 0x40400000 | 2 | 1 | 0 | 2.0 s |", report);
        Assert.Contains("| Tanh | TensorPrimitives (span) | 4.254e+37 | 0 | 0x00000000 |", report);
    }
}
