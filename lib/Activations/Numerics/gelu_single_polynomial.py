#!/usr/bin/env python3
"""Regenerates SingleSeries of Activation.GELU.cs: the normal CDF for GELU's float results, with one exponential.

For z = |x|/sqrt(2) >= 0 and t = 3/(3 + z) in (0, 1] (the substitution of Numerical Recipes' erfc, with 3 for
its 2: the shortest polynomial for this accuracy among 2, 2.5, ..., 4), Phi(-|x|) = erfc(z)/2 = t exp(P(t) - z^2)
with P(t) = ln(erfcx(z)/(2t)), a smooth function of t. For the float inputs that matter (|x| <= 14.5: below
-14.5 GELU is under half the smallest float, above 14.5 it rounds to x) z^2 = x^2/2 is exact in double, and a
P with absolute error 2^-30 makes Phi(-|x|) relatively accurate to 2^-30, which adds 2^-6 ULP to a float
result. This fits P with 12 coefficients (degree 11) by Chebyshev interpolation and checks the double-rounded
coefficients under double Horner evaluation. Run with python3-mpmath installed.
"""
import mpmath as mp

mp.mp.dps = 40
C = 3
LIMIT = mp.mpf(14.5)


def p(t):
    z = C / t - C
    return mp.log(mp.erfc(z) * mp.exp(z * z) / (2 * t))


t_min = C / (C + LIMIT / mp.sqrt(2))
poly = mp.chebyfit(p, [t_min, 1], 12)  # highest degree first
rounded = [float(c) for c in poly]
worst = 0
for i in range(20001):
    t = float(t_min + (1 - t_min) * mp.mpf(i) / 20000)
    v = 0.0
    for c in rounded:
        v = v * t + c
    worst = max(worst, abs(mp.mpf(v) - p(mp.mpf(t))))
assert worst < mp.mpf(2) ** -30, worst
print("lowest degree first:", ", ".join(repr(c) for c in reversed(rounded)))
print(f"max |P_double - P| on [{float(t_min):.4f}, 1]: 2^{float(mp.log(worst, 2)):.1f}")
print("1/(C sqrt(2)):", repr(float(1 / (C * mp.sqrt(2)))), repr(float(mp.mpf(1) / (C * mp.sqrt(2)))))
