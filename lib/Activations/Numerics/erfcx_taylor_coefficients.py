#!/usr/bin/env python3
"""Regenerates the table of Lanes/LaneMath.Erfcx.cs (scaled Taylor coefficients of erfcx).

erfcx(z) = exp(z^2) erfc(z) solves y' = 2 z y - 2/sqrt(pi). Around a centre c, with
y(c + h) = sum a_n h^n, the ODE gives the exact recurrence
    a_0 = erfcx(c),  a_1 = 2 c a_0 - 2/sqrt(pi),  (n+1) a_{n+1} = 2 c a_n + 2 a_{n-1}.
Each interval [c - 1/4, c + 1/4] is evaluated in t = 4 (z - c), |t| <= 1, so the table holds
b_n = a_n / 4^n, truncated where |b_n| < 2^-60 |b_0|. The table is transposed (row n holds b_n of
the eight intervals, for a per-lane lookup) and the shorter polynomials are padded with leading zeros,
which Horner's rule passes through exactly: fma(0, t, b) = b. Run with python3-mpmath installed.
"""
import mpmath as mp

mp.mp.dps = 100


def erfcx(z):
    return mp.erfc(z) * mp.exp(z * z)


def scaled_taylor(c, n_max=40):
    a = [erfcx(c), 2 * c * erfcx(c) - 2 / mp.sqrt(mp.pi)]
    for n in range(1, n_max):
        a.append((2 * c * a[n] + 2 * a[n - 1]) / (n + 1))
    b = [a[n] / mp.mpf(4) ** n for n in range(n_max + 1)]
    last = max(n for n in range(n_max + 1) if abs(b[n]) > abs(b[0]) * mp.mpf(2) ** -60)
    return b[: last + 1]


columns = [scaled_taylor(mp.mpf(i) / 2 + mp.mpf(1) / 4) for i in range(8)]
rows = max(len(column) for column in columns)
for n in range(rows):
    row = [repr(float(column[n])) if n < len(column) else "0.0" for column in columns]
    print(f"        // b_{n}\n        {', '.join(row[:4])},\n        {', '.join(row[4:])},")
