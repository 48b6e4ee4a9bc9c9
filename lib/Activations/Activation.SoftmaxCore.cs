using System.Numerics;
using System.Runtime.InteropServices;

namespace Activations;

public static partial class Activation
{
    /// <summary>
    /// The stable softmax family in one place: softmax (±log, of x or of −x), computed in double for
    /// both element types (float: <see cref="SoftmaxSingle{TVec, TLanes}"/>, two passes; double: the three below).
    /// </summary>
    /// <remarks>
    /// <para>With m = max v (v = x or −x): s_i = e^(v_i − m)/S, S = Σ e^(v_j − m) ∈ [1, n], so no
    /// exponential overflows and the largest term is exactly 1. Each difference v_i − m is formed with
    /// its rounding error (TwoSum) and e^(d + δ) = e^d(1 + δ), because a relative error ε of a difference
    /// of 700 would become an error 700ε of a tiny output. S − 1 is summed with Neumaier's compensated
    /// summation over the terms other than the first maximum, so log S = log1p(S − 1) keeps its accuracy
    /// when S is near 1.</para>
    /// <para>Special values (after negation for softmin): any NaN makes every output NaN; if some
    /// entries are +∞ they share the mass equally (1/k each) and the others get 0; −∞ entries get 0; if
    /// every entry is −∞ the output is uniform (1/n), the limit of softmax(x − c) as c → ∞.
    /// Log outputs follow: −ln k, −∞, and −ln n.</para>
    /// </remarks>
    private static void SoftmaxCore<T>(ReadOnlySpan<T> x, Span<T> destination, bool negate, bool logarithm)
        where T : IFloatingPointIeee754<T>
    {
        ThrowHelper.ThrowIfDestinationTooShort(x.Length, destination.Length);
        ThrowHelper.ThrowIfPartiallyOverlapping(x, destination);
        int n = x.Length;
        if (n == 0)
        {
            return;
        }

        if (Vector512.IsHardwareAccelerated)
        {
            SoftmaxPasses<T, Vector512<double>, Lanes512>(x, destination, negate, logarithm);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            SoftmaxPasses<T, Vector256<double>, Lanes256>(x, destination, negate, logarithm);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            SoftmaxPasses<T, Vector128<double>, Lanes128>(x, destination, negate, logarithm);
        }
        else
        {
            SoftmaxPasses<T, double, ScalarLanes>(x, destination, negate, logarithm);
        }
    }

    /// <summary>
    /// The three passes of <see cref="SoftmaxCore{T}"/> for double (maximum, sum of exponentials, output) a vector
    /// of double lanes at a time, each with a scalar remainder. S − 1 is summed per lane with Neumaier's
    /// compensation and the lanes are combined the same way, so the result may differ in the last bit
    /// between vector widths (not in accuracy).
    /// </summary>
    internal static void SoftmaxPasses<T, TVec, TLanes>(ReadOnlySpan<T> x, Span<T> destination, bool negate, bool logarithm)
        where T : IFloatingPointIeee754<T>
        where TLanes : ILanes<TVec>
    {
        if (typeof(T) == typeof(float))
        {
            SoftmaxSingle<TVec, TLanes>(
                MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, float>(ref MemoryMarshal.GetReference(x)), x.Length),
                MemoryMarshal.CreateSpan(ref Unsafe.As<T, float>(ref MemoryMarshal.GetReference(destination)), destination.Length),
                negate, logarithm);
            return;
        }

        int n = x.Length;
        double sign = negate ? -1 : 1;
        double max = MaximumOrNaN<T, TVec, TLanes>(x, sign);
        if (double.IsNaN(max))
        {
            destination[..n].Fill(T.NaN);
            return;
        }

        if (double.IsInfinity(max))
        {
            SoftmaxInfinite(x, destination, sign, logarithm, double.IsPositiveInfinity(max));
            return;
        }

        // S − 1 = Σ_{i ≠ argMax} e^(v_i − m), argMax the first maximum (its term is exactly 1). Softmax keeps each
        // e^(v_i − m) in the destination for the output pass, so every exponential is computed once; log-softmax
        // needs only the sum.
        int argMax = FirstIndexOf<T, TVec, TLanes>(x, sign, max);
        Span<double> terms = logarithm ? default
            : MemoryMarshal.CreateSpan(ref Unsafe.As<T, double>(ref MemoryMarshal.GetReference(destination)), n);
        TVec laneSum = TLanes.Create(0);
        TVec laneCompensation = TLanes.Create(0);
        double sum = 0;
        double compensation = 0;
        AddExpOfDifferences<T, TVec, TLanes>(x[..argMax], sign, max, terms.IsEmpty ? default : terms[..argMax],
            ref laneSum, ref laneCompensation, ref sum, ref compensation);
        AddExpOfDifferences<T, TVec, TLanes>(x[(argMax + 1)..], sign, max, terms.IsEmpty ? default : terms[(argMax + 1)..],
            ref laneSum, ref laneCompensation, ref sum, ref compensation);
        for (int lane = 0; lane < TLanes.Count; lane++)
        {
            AddCompensated(TLanes.GetElement(laneSum, lane), ref sum, ref compensation);
            compensation += TLanes.GetElement(laneCompensation, lane);
        }

        double sumMinusOne = sum + compensation;
        if (logarithm)
        {
            WriteLogOutputs<T, TVec, TLanes>(x, destination, sign, max, StableMath.LogP1(sumMinusOne));
        }
        else
        {
            terms[argMax] = 1;
            WriteOutputs<T, TVec, TLanes>(terms, destination, 1 + sumMinusOne);
        }
    }

    /// <summary>
    /// The outputs when the maximum of v = sign·x is infinite: +∞ entries share the mass equally (1/k each, log −ln k)
    /// and the others get 0 (log −∞); if every entry is −∞ (<paramref name="positiveInfinity"/> false) the uniform
    /// limit 1/n (log −ln n).
    /// </summary>
    private static void SoftmaxInfinite<T>(ReadOnlySpan<T> x, Span<T> destination, double sign, bool logarithm, bool positiveInfinity)
        where T : IFloatingPointIeee754<T>
    {
        int n = x.Length;
        if (!positiveInfinity)
        {
            destination[..n].Fill(T.CreateTruncating(logarithm ? -Math.Log(n) : 1.0 / n));
            return;
        }

        int infinite = 0;
        for (int i = 0; i < n; i++)
        {
            infinite += double.IsPositiveInfinity(sign * double.CreateTruncating(x[i])) ? 1 : 0;
        }

        T share = T.CreateTruncating(logarithm ? -Math.Log(infinite) : 1.0 / infinite);
        T rest = logarithm ? T.NegativeInfinity : T.Zero;
        for (int i = 0; i < n; i++)
        {
            destination[i] = double.IsPositiveInfinity(sign * double.CreateTruncating(x[i])) ? share : rest;
        }
    }

    /// <summary>destination[i] = terms[i]/S; terms may be the destination itself.</summary>
    private static void WriteOutputs<T, TVec, TLanes>(ReadOnlySpan<double> terms, Span<T> destination, double scale)
        where T : IFloatingPointIeee754<T>
        where TLanes : ILanes<TVec>
    {
        int n = terms.Length;
        int last = n - TLanes.Count;
        if (last >= 0)
        {
            // When terms is the destination, the overlapping last vector must be read before the loop overwrites it.
            TVec lastOutput = TLanes.Divide(TLanes.Load(terms, last), TLanes.Create(scale));
            for (int i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store(TLanes.Divide(TLanes.Load(terms, i), TLanes.Create(scale)), destination, i);
            }

            TLanes.Store(lastOutput, destination, last);
            return;
        }

        for (int i = 0; i < n; i++)
        {
            ScalarLanes.Store(terms[i] / scale, destination, i);
        }
    }

    /// <summary>destination[i] = (v_i − m) − ln S, v_i − m with its rounding error.</summary>
    private static void WriteLogOutputs<T, TVec, TLanes>(ReadOnlySpan<T> x, Span<T> destination, double sign, double max, double logScale)
        where T : IFloatingPointIeee754<T>
        where TLanes : ILanes<TVec>
    {
        int n = x.Length;
        int last = n - TLanes.Count;
        if (last >= 0)
        {
            // In place, the overlapping last vector must be read before the loop overwrites it.
            TVec lastOutput = LogOutput<T, TVec, TLanes>(x, last, sign, max, logScale);
            for (int i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store(LogOutput<T, TVec, TLanes>(x, i, sign, max, logScale), destination, i);
            }

            TLanes.Store(lastOutput, destination, last);
            return;
        }

        for (int i = 0; i < n; i++)
        {
            ScalarLanes.Store(LogOutput<T, double, ScalarLanes>(x, i, sign, max, logScale), destination, i);
        }
    }

    /// <summary>The first i with sign·x_i = <paramref name="value"/>, which occurs in x.</summary>
    private static int FirstIndexOf<T, TVec, TLanes>(ReadOnlySpan<T> x, double sign, double value)
        where T : IFloatingPointIeee754<T>
        where TLanes : ILanes<TVec>
    {
        int i = 0;
        for (; i <= x.Length - TLanes.Count; i += TLanes.Count)
        {
            if (!TLanes.None(TLanes.Equal(TLanes.Multiply(TLanes.Create(sign), TLanes.Load(x, i)), TLanes.Create(value))))
            {
                break; // the first match is in this vector
            }
        }

        while (sign * double.CreateTruncating(x[i]) != value)
        {
            i++;
        }

        return i;
    }

    /// <summary>max of sign·x, or NaN if any entry is NaN.</summary>
    private static double MaximumOrNaN<T, TVec, TLanes>(ReadOnlySpan<T> x, double sign)
        where T : IFloatingPointIeee754<T>
        where TLanes : ILanes<TVec>
    {
        TVec signs = TLanes.Create(sign);
        TVec laneMax = TLanes.Create(double.NegativeInfinity);
        TVec nan = TLanes.Create(0);
        int i = 0;
        for (; i <= x.Length - TLanes.Count; i += TLanes.Count)
        {
            TVec v = TLanes.Multiply(signs, TLanes.Load(x, i));
            nan = TLanes.Or(nan, TLanes.IsNaN(v));
            laneMax = TLanes.Max(laneMax, v);
        }

        if (!TLanes.None(nan))
        {
            return double.NaN;
        }

        double max = double.NegativeInfinity;
        for (int lane = 0; lane < TLanes.Count; lane++)
        {
            max = Math.Max(max, TLanes.GetElement(laneMax, lane));
        }

        for (; i < x.Length; i++)
        {
            double v = sign * double.CreateTruncating(x[i]);
            if (double.IsNaN(v))
            {
                return v;
            }

            max = Math.Max(max, v);
        }

        return max;
    }

    /// <summary>Adds e^(sign·x_i − max) for every i: vectors to the per-lane sums, the remainder to the
    /// scalar ones (all Neumaier-compensated); each term is also written to <paramref name="terms"/> unless it is empty.</summary>
    private static void AddExpOfDifferences<T, TVec, TLanes>(ReadOnlySpan<T> x, double sign, double max, Span<double> terms,
        ref TVec laneSum, ref TVec laneCompensation, ref double sum, ref double compensation)
        where T : IFloatingPointIeee754<T>
        where TLanes : ILanes<TVec>
    {
        bool keep = !terms.IsEmpty;
        int i = 0;
        for (; i <= x.Length - TLanes.Count; i += TLanes.Count)
        {
            TVec term = ExpOfDifference<T, TVec, TLanes>(TLanes.Multiply(TLanes.Create(sign), TLanes.Load(x, i)), max);
            if (keep)
            {
                TLanes.Store(term, terms, i);
            }

            TVec total = TLanes.Add(laneSum, term);
            TVec ifSumLarger = TLanes.Add(TLanes.Subtract(laneSum, total), term);
            TVec ifTermLarger = TLanes.Add(TLanes.Subtract(term, total), laneSum);
            laneCompensation = TLanes.Add(laneCompensation,
                TLanes.Select(TLanes.GreaterThanOrEqual(laneSum, term), ifSumLarger, ifTermLarger));
            laneSum = total;
        }

        for (; i < x.Length; i++)
        {
            double term = ExpOfDifference<T, double, ScalarLanes>(sign * double.CreateTruncating(x[i]), max);
            if (keep)
            {
                terms[i] = term;
            }

            AddCompensated(term, ref sum, ref compensation);
        }
    }

    /// <summary>Neumaier's step (terms are positive): sum += term, its rounding error added to compensation.</summary>
    private static void AddCompensated(double term, ref double sum, ref double compensation)
    {
        double t = sum + term;
        compensation += sum >= term ? (sum - t) + term : (term - t) + sum;
        sum = t;
    }

    /// <summary>One vector of log-softmax outputs from index <paramref name="index"/>: (v − m) − ln S.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec LogOutput<T, TVec, TLanes>(ReadOnlySpan<T> x, int index, double sign, double max, double logScale)
        where T : IFloatingPointIeee754<T>
        where TLanes : ILanes<TVec>
    {
        TVec v = TLanes.Multiply(TLanes.Create(sign), TLanes.Load(x, index));
        TVec d = LaneMath.TwoSum<TVec, TLanes>(v, TLanes.Create(-max), out TVec error);
        TVec result = TLanes.Add(TLanes.Subtract(d, TLanes.Create(logScale)), error);
        return TLanes.Select(TLanes.Equal(d, TLanes.Create(double.NegativeInfinity)), d, result);
    }

    /// <summary>
    /// e^(v − m) with the rounding error δ of d = v − m applied: e^(d + δ) ≈ e^d·(1 + δ). Below d = −708
    /// e^d is subnormal and taken as (e^(d/2))², rounded once; below −746 it is 0 (also for v = −∞, where δ
    /// is NaN).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVec ExpOfDifference<T, TVec, TLanes>(TVec v, double max)
        where TLanes : ILanes<TVec>
    {
        TVec d = LaneMath.TwoSum<TVec, TLanes>(v, TLanes.Create(-max), out TVec error);
        TVec subnormal = TLanes.LessThan(d, TLanes.Create(LaneMath.ExpMin));
        TVec h = LaneMath.Exp<TVec, TLanes>(TLanes.Select(subnormal, TLanes.Multiply(TLanes.Create(0.5), d), d));
        TVec e = TLanes.Select(subnormal, TLanes.Multiply(h, h), h);
        TVec term = TLanes.FusedMultiplyAdd(e, error, e);
        return TLanes.Select(TLanes.LessThan(d, TLanes.Create(-746)), TLanes.Create(0), term);
    }
}
