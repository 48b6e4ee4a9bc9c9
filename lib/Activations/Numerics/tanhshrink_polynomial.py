#!/usr/bin/env python3
"""Regenerates the polynomials of Activation.TanhShrink.cs: x - tanh x = x^3 R(x^2) for |x| < 1.

R(u) = (x - tanh x)/x^3 = 1/3 - 2u/15 + 17u^2/315 - ... (u = x^2) is analytic on [0, 1]; its nearest
singularity is u = -pi^2/4 (tanh has a pole at x = i pi/2), so a Chebyshev fit converges by ~3.5 bits per
degree. The kernels evaluate R = 1/3 + u S(u); this fits S and checks the double-rounded coefficients:
- SmallSeries (double forms): 17 coefficients (degree 16), u S(u) off by less than 2^-57 of R on [0, 1];
- SingleSmallSeries (float forms, a double kernel rounded to float, used for |x| < 3/8 only): 5 coefficients
  (degree 4) on u in [0, 9/64], less than 2^-34 of R, which adds at most 2^24 * 2^-34 = 2^-10 ULP to the float result.
Run with python3-mpmath.
"""
import mpmath as mp

mp.mp.dps = 60


def r(u):
    if u == 0:
        return mp.mpf(1) / 3
    x = mp.sqrt(u)
    return (x - mp.tanh(x)) / x**3


def s(u):
    return mp.mpf(-2) / 15 if u == 0 else (r(u) - mp.mpf(1) / 3) / u


for name, coefficients, top, bound in (("SmallSeries", 17, 1, -57), ("SingleSmallSeries", 5, mp.mpf(9) / 64, -34)):
    poly = mp.chebyfit(s, [0, top], coefficients)  # highest degree first
    rounded = [mp.mpf(float(c)) for c in poly]
    worst = max(abs(u * (mp.polyval(rounded, u) - s(u))) / r(u) for u in (top * i / 4000 for i in range(4001)))
    assert worst < mp.mpf(2) ** bound, worst
    print(f"{name}, lowest degree first:", ", ".join(repr(float(c)) for c in reversed(poly)))
    print(f"  max |u (S_rounded - S)| / R on [0, {float(top)}]: 2^{float(mp.log(worst, 2)):.1f}")
