using System.Diagnostics;

namespace Activations.Accuracy;

/// <summary>
/// Evaluates a float implementation at every input of a <see cref="FloatInputSet"/>, in parallel over blocks,
/// and measures its error in float ulps against the reference (the library's double path at the same input).
/// </summary>
/// <remarks>
/// Why the double path is a sound reference: the accuracy tests hold it within 4 double ulps of mpmath, i.e.
/// within 4 · 2^-29 ≈ 7.5e-9 float ulps of the exact value, so a reported 0.50000001 is a genuine error bound
/// to about eight decimals, while evaluating 2^32 inputs in mpmath would take months.
/// </remarks>
public static class FloatSweep
{
    /// <summary>Inputs per span call, as a caller with a large tensor would pass them in pieces.</summary>
    public const int BlockSize = 4096;

    private const int BlocksPerTask = 16;

    /// <summary>Sweeps one case.</summary>
    /// <param name="sweepCase">The implementation and its reference.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; -1 (default) uses every core.</param>
    public static SweepResult Run(SweepCase sweepCase, FloatInputSet inputs, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(sweepCase);
        ArgumentNullException.ThrowIfNull(inputs);
        var clock = Stopwatch.StartNew();
        long blocks = (inputs.Count + BlockSize - 1) / BlockSize;
        long tasks = (blocks + BlocksPerTask - 1) / BlocksPerTask;
        var total = new Tally();
        var gate = new object();
        Parallel.For(0L, tasks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new Worker(),
            (task, _, worker) =>
            {
                long first = task * BlocksPerTask * BlockSize;
                long last = Math.Min(inputs.Count, first + BlocksPerTask * BlockSize);
                for (long start = first; start < last; start += BlockSize)
                    worker.Measure(sweepCase, inputs, start, (int)Math.Min(BlockSize, last - start));
                return worker;
            },
            worker => { lock (gate) total.Merge(worker.Tally); });
        return new SweepResult(sweepCase.Function, sweepCase.Path, total.MaxUlp, BitConverter.UInt32BitsToSingle(total.WorstBits),
            total.NaNOutputs, total.Overflows, total.NaNNotPropagated, inputs.Count, clock.Elapsed);
    }

    private sealed class Worker
    {
        private readonly float[] _x = new float[BlockSize];
        private readonly float[] _y = new float[BlockSize];
        public Tally Tally { get; } = new();

        public void Measure(SweepCase c, FloatInputSet inputs, long start, int length)
        {
            Span<float> x = _x.AsSpan(0, length), y = _y.AsSpan(0, length);
            for (int i = 0; i < length; i++) x[i] = BitConverter.UInt32BitsToSingle(inputs[start + i]);
            y.Fill(float.NaN); // an output the implementation fails to write counts as a NaN output
            c.Evaluate(x, y);
            for (int i = 0; i < length; i++) Tally.Add(x[i], y[i], c.Reference(x[i]));
        }
    }

    private sealed class Tally
    {
        public double MaxUlp = -1;
        public uint WorstBits;
        public long NaNOutputs, Overflows, NaNNotPropagated;

        public void Add(float x, float actual, double reference)
        {
            if (float.IsNaN(x))
            {
                if (!float.IsNaN(actual)) NaNNotPropagated++;
                return;
            }
            if (float.IsNaN(actual))
            {
                NaNOutputs++;
                return;
            }
            if (float.IsInfinity(actual) && float.IsFinite(x) && float.IsFinite((float)reference)) Overflows++;
            Record(UlpError.Single(actual, reference), BitConverter.SingleToUInt32Bits(x));
        }

        public void Merge(Tally other)
        {
            NaNOutputs += other.NaNOutputs;
            Overflows += other.Overflows;
            NaNNotPropagated += other.NaNNotPropagated;
            Record(other.MaxUlp, other.WorstBits);
        }

        private void Record(double error, uint bits)
        {
            if (double.IsNaN(error)) error = double.PositiveInfinity;
            if (error > MaxUlp || error == MaxUlp && bits < WorstBits)
            {
                MaxUlp = error;
                WorstBits = bits;
            }
        }
    }
}
