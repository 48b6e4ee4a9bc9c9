using System.Numerics;

namespace Activations;

public static partial class Activation
{
    /// <summary>
    /// The stable softmax family in one place: softmax (±log, of x or of −x), computed in double for
    /// both element types.
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

        double sign = negate ? -1 : 1;
        double max = double.NegativeInfinity;
        int argMax = -1;
        for (int i = 0; i < n; i++)
        {
            double v = sign * double.CreateTruncating(x[i]);
            if (double.IsNaN(v))
            {
                destination[..n].Fill(T.NaN);
                return;
            }

            if (v > max)
            {
                max = v;
                argMax = i;
            }
        }

        if (argMax < 0)
        {
            // Every entry is −∞ (+∞ for softmin): the uniform limit.
            destination[..n].Fill(T.CreateTruncating(logarithm ? -Math.Log(n) : 1.0 / n));
            return;
        }

        if (double.IsPositiveInfinity(max))
        {
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

            return;
        }

        // S − 1 = Σ_{i ≠ argMax} e^(v_i − m), Neumaier-compensated (all terms are positive).
        double sum = 0;
        double compensation = 0;
        for (int i = 0; i < n; i++)
        {
            if (i == argMax)
            {
                continue;
            }

            double term = ExpOfDifference(sign * double.CreateTruncating(x[i]), max);
            double t = sum + term;
            compensation += sum >= term ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }

        double sumMinusOne = sum + compensation;
        if (logarithm)
        {
            double logSum = StableMath.LogP1(sumMinusOne);
            for (int i = 0; i < n; i++)
            {
                double d = DoubleDouble.TwoSum(sign * double.CreateTruncating(x[i]), -max, out double error);
                destination[i] = T.CreateTruncating(double.IsNegativeInfinity(d) ? d : (d - logSum) + error);
            }
        }
        else
        {
            double total = 1 + sumMinusOne;
            for (int i = 0; i < n; i++)
            {
                destination[i] = T.CreateTruncating(ExpOfDifference(sign * double.CreateTruncating(x[i]), max) / total);
            }
        }
    }

    /// <summary>e^(v − m) with the rounding error δ of v − m applied: e^(d + δ) ≈ e^d·(1 + δ).</summary>
    private static double ExpOfDifference(double v, double max)
    {
        double d = DoubleDouble.TwoSum(v, -max, out double error);
        if (d < -746)
        {
            return 0; // underflows; also v = −∞ (where the error term is NaN)
        }

        double e = Math.Exp(d);
        return Math.FusedMultiplyAdd(e, error, e);
    }
}
