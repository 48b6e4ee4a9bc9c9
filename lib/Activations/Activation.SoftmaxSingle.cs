namespace Activations;

public static partial class Activation
{
    /// <summary>
    /// The float softmax family in two passes over x, in double lanes: an online maximum and sum, then the outputs.
    /// </summary>
    /// <remarks>
    /// <para>Pass 1 walks x in blocks of <see cref="SoftmaxBlockLength"/> floats. Each lane keeps its maximum m
    /// (of v = ±x) and s = Σ e^(v − m) over its elements so far. A block is read twice while it sits in the
    /// L1 cache: first for its per-lane maximum, which replaces m where it is larger after s is rescaled by
    /// e^(m_old − m_new) (<see cref="LaneMath.Exp{TVec, TLanes}"/>, 0.5 double ULP, once per lane and block),
    /// then for its terms e^(v − m) (<see cref="LaneMath.ExpMinimaxForSingle{TVec, TLanes}"/>, 2^-34 relative), summed
    /// into a fresh block sum that is added to s. The lanes are combined at the end. Pass 2 writes
    /// e^(v − m)·(1/S), or (v − m) − ln S, straight into the float destination: no buffer of terms.</para>
    /// <para>Log-softmax needs S − 1 to its relative accuracy (ln S = log1p(S − 1), and the maximum's output
    /// −ln S can be as small as a float subnormal, e.g. for [0, −100]), so each lane also counts its terms equal
    /// to 1 (v = m) apart from s, which then holds only terms below 1: S − 1 = (count − 1) + Σ s, every part
    /// non-negative, nothing cancels. Softmax needs only S (≥ 1).</para>
    /// <para>Accuracy: every part of S is a sum of positive terms. The block sums (≤ 1024 terms per lane)
    /// and the running sum (≤ 2^21 blocks) each add at most one rounding of 2^-53 per term; each rescale a
    /// rounded e^(m_old − m_new) and a product, 2^-52 relative, ≤ 2^21 of them: S (and S − 1) is within
    /// (2^10 + 3·2^21)·2^-53 &lt; 2^-30 for any float span (n &lt; 2^31), each term within 2^-34 (its difference
    /// v − m is exact in double for |v − m| ≤ 250 unless its exponents are 2^28 apart, then off by 2^-53 of
    /// itself), and the product with 1/S or the difference with ln S two roundings more: the double result
    /// before the float rounding is within 2^-29 relative, 1/32 of a float ULP, far inside the 1 ULP bound.
    /// Terms below e^-250 (−∞ included) are taken as e^-250 ≈ 2^-360: at most 2^31 of them move S by 2^-329,
    /// which no float output sees. Lanes start from m = float.MinValue instead of −∞ so that a lane of −∞ entries
    /// has finite differences.</para>
    /// </remarks>
    private static void SoftmaxSingle<TVec, TLanes>(ReadOnlySpan<float> x, Span<float> destination, bool negate, bool logarithm)
        where TLanes : ILanes<TVec>
    {
        int n = x.Length;
        double sign = negate ? -1 : 1;
        TVec laneMax = TLanes.Create(float.MinValue);
        TVec laneSum = TLanes.Create(0);
        TVec laneCount = TLanes.Create(0);
        int vectorEnd = n - n % TLanes.Count;
        for (int start = 0; start < vectorEnd; start += SoftmaxBlockLength)
        {
            int end = Math.Min(start + SoftmaxBlockLength, vectorEnd);
            AddSoftmaxBlock<TVec, TLanes>(x, start, end, sign, logarithm, ref laneMax, ref laneSum, ref laneCount);
        }

        // The remainder, one element a block, as one more lane.
        double max = float.MinValue;
        double sum = 0;
        double count = 0;
        for (int i = vectorEnd; i < n; i++)
        {
            AddSoftmaxBlock<double, ScalarLanes>(x, i, i + 1, sign, logarithm, ref max, ref sum, ref count);
        }

        double overallMax = max;
        for (int lane = 0; lane < TLanes.Count; lane++)
        {
            overallMax = Math.Max(overallMax, TLanes.GetElement(laneMax, lane)); // NaN wins
        }

        if (double.IsNaN(overallMax))
        {
            destination[..n].Fill(float.NaN);
            return;
        }

        if (double.IsPositiveInfinity(overallMax) || overallMax == float.MinValue && !x.ContainsAnyExcept(negate ? float.PositiveInfinity : float.NegativeInfinity))
        {
            // +∞ entries (−∞ for softmin), or only −∞ entries (+∞): the limits of the double path.
            SoftmaxInfinite<float>(x, destination, sign, logarithm, double.IsPositiveInfinity(overallMax));
            return;
        }

        // S − 1 = (Σ counts at the maximum − 1) + Σ sums at the maximum + Σ (sum + count)·e^(m_lane − m) elsewhere.
        double topCount = 0;
        double sumMinusOne = 0;
        for (int lane = 0; lane <= TLanes.Count; lane++)
        {
            (double m, double s, double c) = lane < TLanes.Count
                ? (TLanes.GetElement(laneMax, lane), TLanes.GetElement(laneSum, lane), TLanes.GetElement(laneCount, lane))
                : (max, sum, count);
            if (m == overallMax)
            {
                topCount += c;
                sumMinusOne += s;
            }
            else
            {
                sumMinusOne += (s + c) * LaneMath.Exp<double, ScalarLanes>(Math.Max(m - overallMax, SoftmaxSmallestDifference));
            }
        }

        // Softmax counts no terms apart (its sums hold them all): S = Σ sums, rescaled.
        sumMinusOne += logarithm ? topCount - 1 : -1;
        if (logarithm)
        {
            WriteSoftmaxOutputsSingle<TVec, TLanes>(x, destination, sign, overallMax, StableMath.LogP1(sumMinusOne), logarithm: true);
        }
        else
        {
            WriteSoftmaxOutputsSingle<TVec, TLanes>(x, destination, sign, overallMax, 1 / (1 + sumMinusOne), logarithm: false);
        }
    }

    /// <summary>Floats per block of the online pass: 4 KB, read twice from the L1 cache.</summary>
    private const int SoftmaxBlockLength = 1024;

    /// <summary>Differences v − m below this give e^-250 ≈ 2^-360 (see <see cref="SoftmaxSingle{TVec, TLanes}"/>).</summary>
    private const double SoftmaxSmallestDifference = -250;

    /// <summary>
    /// Adds x[start..end) (whole vectors) to the per-lane state: the block's maximum first (rescaling the sum
    /// and moving the count into it where the maximum grows), then its terms e^(v − m) into a fresh block sum,
    /// those equal to 1 into the count instead when <paramref name="countOnes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSoftmaxBlock<TVec, TLanes>(ReadOnlySpan<float> x, int start, int end, double sign, bool countOnes,
        ref TVec laneMax, ref TVec laneSum, ref TVec laneCount)
        where TLanes : ILanes<TVec>
    {
        TVec signs = TLanes.Create(sign);
        TVec blockMax = BlockMaximum<TVec, TLanes>(x, start, end, signs, laneMax);
        TVec grows = TLanes.GreaterThan(blockMax, laneMax);
        if (!TLanes.None(grows))
        {
            TVec rescale = LaneMath.Exp<TVec, TLanes>(TLanes.Max(TLanes.Subtract(laneMax, blockMax), TLanes.Create(SoftmaxSmallestDifference)));
            laneSum = TLanes.Select(grows, TLanes.Multiply(TLanes.Add(laneSum, laneCount), rescale), laneSum);
            laneCount = TLanes.Select(grows, TLanes.Create(0), laneCount);
        }

        laneMax = blockMax; // also where it is NaN (NaN > m is false), so a NaN reaches the end

        TVec negatedMax = TLanes.Negate(laneMax);
        TVec blockSum = TLanes.Create(0);
        if (countOnes)
        {
            TVec zero = TLanes.Create(0);
            TVec one = TLanes.Create(1);
            TVec blockCount = TLanes.Create(0);
            for (int i = start; i < end; i += TLanes.Count)
            {
                TVec difference = TLanes.FusedMultiplyAdd(signs, TLanes.Load(x, i), negatedMax);
                TVec term = LaneMath.ExpMinimaxForSingle<TVec, TLanes>(LaneMath.ClampBelow<TVec, TLanes>(difference, SoftmaxSmallestDifference));
                TVec isOne = TLanes.Equal(difference, zero);
                blockSum = TLanes.Add(blockSum, TLanes.Select(isOne, zero, term));
                blockCount = TLanes.Add(blockCount, TLanes.Select(isOne, one, zero));
            }

            laneCount = TLanes.Add(laneCount, blockCount);
        }
        else
        {
            for (int i = start; i < end; i += TLanes.Count)
            {
                TVec difference = TLanes.FusedMultiplyAdd(signs, TLanes.Load(x, i), negatedMax);
                blockSum = TLanes.Add(blockSum, LaneMath.ExpMinimaxForSingle<TVec, TLanes>(LaneMath.ClampBelow<TVec, TLanes>(difference, SoftmaxSmallestDifference)));
            }
        }

        laneSum = TLanes.Add(laneSum, blockSum);
    }

    /// <summary>
    /// max(<paramref name="initial"/>, sign·x[start..end)) per lane, NaN if any is NaN (<see cref="ILanes{TVec}.Max"/>),
    /// with four running maxima so that the loop waits on no chain of dependent maxima.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec BlockMaximum<TVec, TLanes>(ReadOnlySpan<float> x, int start, int end, TVec signs, TVec initial)
        where TLanes : ILanes<TVec>
    {
        TVec max0 = initial, max1 = initial, max2 = initial, max3 = initial;
        int i = start;
        for (; i <= end - 4 * TLanes.Count; i += 4 * TLanes.Count)
        {
            max0 = TLanes.Max(max0, TLanes.Multiply(signs, TLanes.Load(x, i)));
            max1 = TLanes.Max(max1, TLanes.Multiply(signs, TLanes.Load(x, i + TLanes.Count)));
            max2 = TLanes.Max(max2, TLanes.Multiply(signs, TLanes.Load(x, i + 2 * TLanes.Count)));
            max3 = TLanes.Max(max3, TLanes.Multiply(signs, TLanes.Load(x, i + 3 * TLanes.Count)));
        }

        for (; i < end; i += TLanes.Count)
        {
            max0 = TLanes.Max(max0, TLanes.Multiply(signs, TLanes.Load(x, i)));
        }

        return TLanes.Max(TLanes.Max(max0, max1), TLanes.Max(max2, max3));
    }

    /// <summary>
    /// Pass 2: e^(v − m)·<paramref name="scaleOrLog"/> (= 1/S), or (v − m) − <paramref name="scaleOrLog"/> (= ln S)
    /// for log-softmax, with an overlapping last vector read before the loop (in place is allowed).
    /// </summary>
    private static void WriteSoftmaxOutputsSingle<TVec, TLanes>(ReadOnlySpan<float> x, Span<float> destination, double sign, double max,
        double scaleOrLog, bool logarithm)
        where TLanes : ILanes<TVec>
    {
        int n = x.Length;
        int last = n - TLanes.Count;
        if (last < 0)
        {
            for (int i = 0; i < n; i++)
            {
                ScalarLanes.Store(SoftmaxOutputSingle<double, ScalarLanes>(x, i, sign, max, scaleOrLog, logarithm), destination, i);
            }

            return;
        }

        TVec lastOutput = SoftmaxOutputSingle<TVec, TLanes>(x, last, sign, max, scaleOrLog, logarithm);
        if (logarithm)
        {
            for (int i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store(SoftmaxOutputSingle<TVec, TLanes>(x, i, sign, max, scaleOrLog, logarithm: true), destination, i);
            }
        }
        else
        {
            for (int i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store(SoftmaxOutputSingle<TVec, TLanes>(x, i, sign, max, scaleOrLog, logarithm: false), destination, i);
            }
        }

        TLanes.Store(lastOutput, destination, last);
    }

    /// <summary>One vector of pass 2's outputs from <paramref name="index"/>; v = −∞ gives 0 (−∞ for the log).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec SoftmaxOutputSingle<TVec, TLanes>(ReadOnlySpan<float> x, int index, double sign, double max, double scaleOrLog,
        bool logarithm)
        where TLanes : ILanes<TVec>
    {
        TVec difference = TLanes.FusedMultiplyAdd(TLanes.Create(sign), TLanes.Load(x, index), TLanes.Create(-max));
        return logarithm
            ? TLanes.Subtract(difference, TLanes.Create(scaleOrLog))
            : TLanes.Multiply(LaneMath.ExpMinimaxForSingle<TVec, TLanes>(LaneMath.ClampBelow<TVec, TLanes>(difference, SoftmaxSmallestDifference)),
                TLanes.Create(scaleOrLog));
    }
}
