namespace Activations.Accuracy;

/// <summary>Outcome of sweeping one <see cref="SweepCase"/> over a <see cref="FloatInputSet"/>.</summary>
/// <param name="Function">The swept function.</param>
/// <param name="Path">The swept path.</param>
/// <param name="MaxUlp">Largest error in float ulps of the reference over non-NaN inputs whose output is not NaN (∞ for a wrong infinity).</param>
/// <param name="WorstInput">Input at which <paramref name="MaxUlp"/> occurs (the smallest bit pattern among ties).</param>
/// <param name="NaNOutputs">Inputs that are not NaN whose output is NaN.</param>
/// <param name="Overflows">Finite inputs with a ±∞ output where the reference rounded to float is finite.</param>
/// <param name="NaNNotPropagated">NaN inputs whose output is not NaN.</param>
/// <param name="Inputs">Number of inputs evaluated.</param>
/// <param name="Elapsed">Wall-clock time of the sweep.</param>
public sealed record SweepResult(
    string Function, string Path, double MaxUlp, float WorstInput, long NaNOutputs, long Overflows,
    long NaNNotPropagated, long Inputs, TimeSpan Elapsed)
{
    /// <summary>True when every output is within <paramref name="maxUlp"/> float ulps and no NaN or overflow occurred.</summary>
    public bool IsWithin(double maxUlp) => MaxUlp <= maxUlp && NaNOutputs == 0 && Overflows == 0 && NaNNotPropagated == 0;

    /// <summary>One line for test failure messages.</summary>
    public override string ToString() =>
        $"{Function} [{Path}]: max {MaxUlp:0.########} ulp at x = {WorstInput:R} (0x{BitConverter.SingleToUInt32Bits(WorstInput):X8}), " +
        $"NaN outputs {NaNOutputs}, overflows {Overflows}, NaN not propagated {NaNNotPropagated}, {Inputs} inputs";
}
