#!/usr/bin/env python3
"""Regenerates ErfcxTailSeries of Lanes/LaneMath.Erfcx.cs: erfcx(z) for z >= 4 without a continued fraction.

With u = 4/z in (0, 1], G(u) = sqrt(pi) z erfcx(z) = 1 - u^2/32 + 3u^4/1024 - ... is smooth on [0, 1] (its
asymptotic series diverges, but only by about e^(-z^2) = e^(-16/u^2), which a polynomial follows easily), so
erfcx(z) = G(u) u / (4 sqrt(pi)). This fits G with 20 coefficients (degree 19) by Chebyshev interpolation and
checks the double-rounded coefficients: error below 2^-56 of G on [0, 1]. Run with python3-mpmath installed.
"""
import mpmath as mp

mp.mp.dps = 50


def g(u):
    if u == 0:
        return mp.mpf(1)
    z = 4 / u
    return z * mp.erfc(z) * mp.exp(z * z) * mp.sqrt(mp.pi)


poly = mp.chebyfit(g, [0, 1], 20)  # highest degree first
rounded = [mp.mpf(float(c)) for c in poly]
worst = max(abs(mp.polyval(rounded, u) - g(u)) / g(u) for u in (mp.mpf(i) / 2000 for i in range(2001)))
assert worst < mp.mpf(2) ** -56, worst
print("lowest degree first:", ", ".join(repr(float(c)) for c in reversed(poly)))
print(f"max |G_rounded - G| / G on [0, 1]: 2^{float(mp.log(worst, 2)):.1f}")
print("1/(4 sqrt(pi)) =", repr(float(1 / (4 * mp.sqrt(mp.pi)))), "+", repr(float(1 / (4 * mp.sqrt(mp.pi)) - mp.mpf(float(1 / (4 * mp.sqrt(mp.pi)))))))
