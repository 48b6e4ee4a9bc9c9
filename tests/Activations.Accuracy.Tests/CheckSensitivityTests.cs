namespace Activations.Accuracy.Tests;

/// <summary>
/// The checks can fail: each is fed a deliberately wrong implementation (built from the references, so these
/// tests do not depend on the library being right) and must reject it at the right point.
/// </summary>
public class CheckSensitivityTests
{
    [Fact]
    public void A_double_result_five_ulps_off_at_one_point_fails_and_is_reported()
    {
        var table = ReferenceTable.Load("Sigmoid", NumberFormat.Double);
        double[] got = table.Points.Select(p => p.Value).ToArray();
        int victim = Array.FindIndex(got, v => v is > 0.3 and < 0.7);
        for (int i = 0; i < 5; i++) got[victim] = Math.BitIncrement(got[victim]);

        var outcome = AccuracyCheck.Measure(table, Quantity.Value, EvaluationPath.Scalar, got, AccuracyCheck.DoubleToleranceUlp);

        Assert.False(outcome.Passed);
        Assert.Equal(1, outcome.Failures);
        Assert.InRange(outcome.MaxUlp, 4.5, 5.5);
        Assert.Equal(table.Points[victim].Line, outcome.Worst[0].Line);
        Assert.Contains($"line {table.Points[victim].Line}", outcome.ToString());
    }

    [Fact]
    public void The_correctly_rounded_results_pass_with_at_most_half_an_ulp()
    {
        var table = ReferenceTable.Load("GELU", NumberFormat.Double);
        var outcome = AccuracyCheck.Measure(table, Quantity.Derivative, EvaluationPath.Scalar,
            table.Points.Select(p => p.Derivative).ToArray(), AccuracyCheck.DoubleToleranceUlp);
        Assert.True(outcome.Passed, outcome.ToString());
        Assert.InRange(outcome.MaxUlp, 0, 0.5);
    }

    [Fact]
    public void A_float_result_one_step_off_on_the_far_side_of_the_exact_value_fails()
    {
        var table = ReferenceTable.Load("Tanh", NumberFormat.Single);
        int victim = table.Points.ToList().FindIndex(p => Math.Abs(p.ValueResidual) > 0.2 && Math.Abs(p.Value) is > 0.1 and < 0.9);
        double[] got = table.Points.Select(p => p.Value).ToArray();
        var p = table.Points[victim];
        // Step away from the exact value: error = 1 + |residual| > 1.
        got[victim] = p.ValueResidual > 0 ? MathF.BitDecrement((float)p.Value) : MathF.BitIncrement((float)p.Value);

        var outcome = AccuracyCheck.Measure(table, Quantity.Value, EvaluationPath.Scalar, got, AccuracyCheck.SingleToleranceUlp);

        Assert.False(outcome.Passed);
        Assert.Equal(1 + Math.Abs(p.ValueResidual), outcome.MaxUlp, 6);
    }

    [Fact]
    public void A_derivative_with_the_wrong_convention_at_a_kink_fails_there()
    {
        // PyTorch: ReLU′(0) = 0. An implementation with ReLU′(0) = 1 must be caught at x = 0.
        var table = ReferenceTable.Load("ReLU", NumberFormat.Double);
        double[] got = table.Points.Select(p => p.X >= 0 ? 1.0 : 0.0).ToArray();

        var outcome = AccuracyCheck.Measure(table, Quantity.Derivative, EvaluationPath.Scalar, got, AccuracyCheck.DoubleToleranceUlp);

        Assert.False(outcome.Passed);
        Assert.All(outcome.Worst.Where(d => d.Ulps > 4), d => Assert.Equal(0.0, d.X));
    }

    private static readonly FloatInputSet SmallSample = FloatInputSet.Sample(1 << 14);

    [Fact]
    public void The_sweep_reports_a_float_function_two_steps_off()
    {
        var wrong = SweepCase.Scalar("sin+2", x => MathF.BitIncrement(MathF.BitIncrement(MathF.Sin(x))), x => Math.Sin(x));
        var result = FloatSweep.Run(wrong, SmallSample);
        Assert.False(result.IsWithin(1));
        Assert.InRange(result.MaxUlp, 1.5, double.PositiveInfinity);
    }

    [Fact]
    public void The_sweep_passes_a_correctly_rounded_float_function()
    {
        // IEEE sqrt is correctly rounded; the double reference is itself rounded, hence the 1e-6 margin.
        var result = FloatSweep.Run(SweepCase.Scalar("sqrt", x => MathF.Sqrt(MathF.Abs(x)), x => Math.Sqrt(Math.Abs(x))), SmallSample);
        Assert.True(result.IsWithin(0.5 + 1e-6), result.ToString());
        Assert.InRange(result.MaxUlp, 0.4, 0.5 + 1e-6);
        Assert.Equal(SmallSample.Count, result.Inputs);
    }

    [Fact]
    public void The_sweep_counts_NaN_outputs_overflows_and_lost_NaNs()
    {
        var nanForLarge = SweepCase.Scalar("nan", x => MathF.Abs(x) > 1e30f ? float.NaN : x, x => x);
        var overflowForLarge = SweepCase.Scalar("overflow", x => MathF.Abs(x) > 1e30f ? float.PositiveInfinity : x, x => x);
        var nanSwallowed = SweepCase.Scalar("swallow", x => float.IsNaN(x) ? 0f : x, x => x);

        Assert.True(FloatSweep.Run(nanForLarge, SmallSample).NaNOutputs > 0);
        Assert.True(FloatSweep.Run(overflowForLarge, SmallSample).Overflows > 0);
        Assert.True(FloatSweep.Run(nanSwallowed, SmallSample).NaNNotPropagated > 0);
    }

    [Fact]
    public void The_sweep_catches_a_span_implementation_that_skips_outputs()
    {
        var lazy = new SweepCase("lazy", "span", (x, destination) =>
        {
            for (int i = 0; i < x.Length - 1; i++) destination[i] = x[i];
        }, x => x);
        var result = FloatSweep.Run(lazy, SmallSample);
        Assert.False(result.IsWithin(1));
        Assert.True(result.NaNOutputs > 0);
    }
}
