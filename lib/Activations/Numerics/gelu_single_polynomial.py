#!/usr/bin/env python3
"""Regenerates SingleSeries of Activation.GELU.cs: the normal CDF for GELU's float results, with one exponential.

For z = |x|/sqrt(2) >= 0 and t = 2/(2 + z) in (0, 1] (the substitution of Numerical Recipes' erfc),
erfc(z) = t exp(P(t) - z^2) with P(t) = ln(erfcx(z)/t), a smooth function of t. For float inputs
(|x| <= 20, so t >= 2/(2 + 20/sqrt(2))) z^2 = x^2/2 is exact in double, and a P with absolute error
2^-41 makes Phi(x) = erfc(-x/sqrt(2))/2 relatively accurate to 2^-41, far below a float ULP (2^-24).
This fits P with 18 coefficients (degree 17) by Chebyshev interpolation and checks the double-rounded
coefficients under double Horner evaluation. Run with python3-mpmath installed.
"""
import mpmath as mp

mp.mp.dps = 40


def p(t):
    z = 2 / t - 2
    return mp.log(mp.erfc(z) * mp.exp(z * z) / t)


t_min = 2 / (2 + 20 / mp.sqrt(2))
poly = mp.chebyfit(p, [t_min, 1], 18)  # highest degree first
rounded = [float(c) for c in poly]
worst = 0
for i in range(4001):
    t = float(t_min + (1 - t_min) * mp.mpf(i) / 4000)
    v = 0.0
    for c in rounded:
        v = v * t + c
    worst = max(worst, abs(mp.mpf(v) - p(mp.mpf(t))))
assert worst < mp.mpf(2) ** -41, worst
print("lowest degree first:", ", ".join(repr(c) for c in reversed(rounded)))
print(f"max |P_double - P| on [{float(t_min):.4f}, 1]: 2^{float(mp.log(worst, 2)):.1f}")
