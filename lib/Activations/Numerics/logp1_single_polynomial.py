#!/usr/bin/env python3
"""Regenerates LaneMath.LogP1UnitIntervalForSingle: ln(1 + t) on [0, 1] for kernels rounded to float.

ln(1 + t) = t + t^2 R(t) with R of degree 10 (11 coefficients), fitted by the Remez exchange to minimise the
relative error of t + t^2 R(t) itself, i.e. |R - h| w with h(t) = (ln(1 + t) - t)/t^2 and w(t) = t^2/ln(1 + t).
No range reduction: on [0, 1] the nearest singularity (t = -1) is as far, relative to the interval, as on the
[1/sqrt2 - 1, sqrt2 - 1] of an exponent split, so a split would not shorten the polynomial, and the form needs
neither 1 + t (whose rounding error a log of u = 1 + t has to add back) nor a division (the atanh series).
The double-rounded coefficients are checked under double Horner evaluation: relative error below 2^-32.8,
about 2^-8 float ULP. Run with python3-mpmath installed (a few seconds).
"""
import mpmath as mp

mp.mp.dps = 50
COEFFICIENTS = 11


def h(t):
    return (mp.log1p(t) - t) / t**2


def w(t):
    return t**2 / mp.log1p(t)


def horner(c, t):
    v = 0
    for a in reversed(c):
        v = v * t + a
    return v


def remez(n):
    points = [(1 - mp.cos(mp.pi * (i + mp.mpf(0.5)) / (n + 1))) / 2 for i in range(n + 1)]
    grid = [mp.mpf(i) / 4000 for i in range(1, 4001)]
    for _ in range(40):
        # R(t_i) - h(t_i) = (-1)^i E / w(t_i) at the n + 1 reference points
        a = mp.matrix([[t**j for j in range(n)] + [(-1) ** i / w(t)] for i, t in enumerate(points)])
        solution = mp.lu_solve(a, mp.matrix([h(t) for t in points]))
        c, level = [solution[j] for j in range(n)], abs(solution[n])
        error = [(horner(c, t) - h(t)) * w(t) for t in grid]
        extrema, start = [], 0  # the largest |error| of each run of one sign
        for k in range(1, len(grid) + 1):
            if k == len(grid) or mp.sign(error[k]) != mp.sign(error[start]):
                extrema.append(max(range(start, k), key=lambda q: abs(error[q])))
                start = k
        while len(extrema) > n + 1:
            extrema.pop(0 if abs(error[extrema[0]]) < abs(error[extrema[-1]]) else -1)
        points = [grid[q] for q in extrema]
        if max(abs(e) for e in error) < level * (1 + mp.mpf(10) ** -6):
            break
    return c


rounded = [float(a) for a in remez(COEFFICIENTS)]
worst = 0
for i in range(1, 6001):
    t = float(mp.mpf(i) / 6000) if i % 2 else float(mp.mpf(2) ** (-i / 100))
    v = 0.0
    for a in reversed(rounded):
        v = v * t + a
    worst = max(worst, abs((mp.mpf(t) + mp.mpf(t) ** 2 * mp.mpf(v)) / mp.log1p(t) - 1))
assert worst < mp.mpf(2) ** -32.8, worst
print("lowest degree first:", ", ".join(repr(a) for a in rounded))
print(f"max relative error of t + t^2 R(t) on (0, 1]: 2^{float(mp.log(worst, 2)):.2f}")
