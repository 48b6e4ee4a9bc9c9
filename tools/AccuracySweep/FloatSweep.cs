using System.Diagnostics;

namespace Activations.Accuracy;

/// <summary>
/// Evaluates float implementations at every input of a <see cref="FloatInputSet"/>, in parallel over blocks,
/// and measures their error in float ulps against the reference (the library's double scalar path at the same
/// input). Each block's inputs are generated once for all groups, and each group's reference once for its rows.
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
        return Run([sweepCase.ToGroup()], inputs, maxDegreeOfParallelism)[0];
    }

    /// <summary>Sweeps groups of rows over the same inputs.</summary>
    /// <param name="groups">The rows, grouped by shared reference.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; -1 (default) uses every core.</param>
    /// <returns>One result per row, groups in order, rows in order; each with the wall time of the whole run.</returns>
    public static IReadOnlyList<SweepResult> Run(IReadOnlyList<SweepGroup> groups, FloatInputSet inputs, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(inputs);
        var clock = Stopwatch.StartNew();
        var rows = groups.SelectMany(g => g.Rows).ToArray();
        long blocks = (inputs.Count + BlockSize - 1) / BlockSize;
        long tasks = (blocks + BlocksPerTask - 1) / BlocksPerTask;
        var totals = rows.Select(_ => new Tally()).ToArray();
        var gate = new object();
        Parallel.For(0L, tasks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new Worker(rows.Length),
            (task, _, worker) =>
            {
                long first = task * BlocksPerTask * BlockSize;
                long last = Math.Min(inputs.Count, first + BlocksPerTask * BlockSize);
                for (long start = first; start < last; start += BlockSize)
                    worker.Measure(groups, inputs, start, (int)Math.Min(BlockSize, last - start));
                return worker;
            },
            worker =>
            {
                lock (gate)
                    for (int r = 0; r < rows.Length; r++) totals[r].Merge(worker.Tallies[r]);
            });
        var elapsed = clock.Elapsed;
        return rows.Select((row, r) => new SweepResult(row.Function, row.Path, totals[r].MaxUlp,
            BitConverter.UInt32BitsToSingle(totals[r].WorstBits), totals[r].NaNOutputs, totals[r].Overflows,
            totals[r].NaNNotPropagated, inputs.Count, elapsed)).ToArray();
    }

    private sealed class Worker(int rows)
    {
        private readonly float[] _x = new float[BlockSize];
        private readonly float[] _y = new float[BlockSize];
        private readonly double[] _reference = new double[BlockSize];
        public Tally[] Tallies { get; } = Enumerable.Range(0, rows).Select(_ => new Tally()).ToArray();

        public void Measure(IReadOnlyList<SweepGroup> groups, FloatInputSet inputs, long start, int length)
        {
            Span<float> x = _x.AsSpan(0, length), y = _y.AsSpan(0, length);
            Span<double> reference = _reference.AsSpan(0, length);
            inputs.CopyTo(start, x);
            int r = 0;
            foreach (var group in groups)
            {
                group.Reference(x, reference);
                foreach (var row in group.Rows)
                {
                    y.Fill(float.NaN); // an output the implementation fails to write counts as a NaN output
                    row.Evaluate(x, y);
                    Tallies[r++].Add(x, y, reference);
                }
            }
        }
    }

    private sealed class Tally
    {
        public double MaxUlp = -1;
        public uint WorstBits;
        public long NaNOutputs, Overflows, NaNNotPropagated;

        public void Add(ReadOnlySpan<float> x, ReadOnlySpan<float> actual, ReadOnlySpan<double> reference)
        {
            double max = MaxUlp;
            uint worst = WorstBits;
            for (int i = 0; i < x.Length; i++)
            {
                float xi = x[i], yi = actual[i];
                if (float.IsNaN(xi))
                {
                    if (!float.IsNaN(yi)) NaNNotPropagated++;
                    continue;
                }
                if (float.IsNaN(yi))
                {
                    NaNOutputs++;
                    continue;
                }
                double exact = reference[i];
                if (float.IsInfinity(yi) && float.IsFinite(xi) && float.IsFinite((float)exact)) Overflows++;
                double error = UlpError.Single(yi, exact);
                if (error >= max || double.IsNaN(error))
                {
                    if (double.IsNaN(error)) error = double.PositiveInfinity;
                    uint bits = BitConverter.SingleToUInt32Bits(xi);
                    if (error > max || bits < worst)
                    {
                        max = error;
                        worst = bits;
                    }
                }
            }
            MaxUlp = max;
            WorstBits = worst;
        }

        public void Merge(Tally other)
        {
            NaNOutputs += other.NaNOutputs;
            Overflows += other.Overflows;
            NaNNotPropagated += other.NaNNotPropagated;
            if (other.MaxUlp > MaxUlp || other.MaxUlp == MaxUlp && other.WorstBits < WorstBits)
            {
                MaxUlp = other.MaxUlp;
                WorstBits = other.WorstBits;
            }
        }
    }
}
