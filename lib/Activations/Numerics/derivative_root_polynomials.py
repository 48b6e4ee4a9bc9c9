#!/usr/bin/env python3
"""Regenerates the near-root polynomials of GELU', GELUTanh' and Mish' (python3-mpmath).

Where f'(x) = 0 its two terms cancel (e.g. Phi(x) + x phi(x) for GELU), so the direct formula has
only absolute accuracy there. Around the root x0 the library evaluates instead
    f'(x0 + d) = d * P(d),   |d| <= 5/8,
with P(d) = f'(x0 + d)/d approximated by mpmath.chebyfit (degree 20, Chebyshev nodes) and
d = (x - x0_hi) - x0_lo, where x - x0_hi is exact (Sterbenz). Prints x0 as hi + lo and P's
coefficients in ascending order.
"""
import mpmath as mp

mp.mp.dps = 60
KAPPA = mp.mpf("0.044715")
RADIUS = mp.mpf(5) / 8
DEGREE = 20


def sigmoid(x):
    return 1 / (1 + mp.exp(-x))


def gelu_tanh_derivative(x):
    v = mp.sqrt(8 / mp.pi) * x * (1 + KAPPA * x * x)
    return sigmoid(v) + x * sigmoid(v) * sigmoid(-v) * mp.sqrt(8 / mp.pi) * (1 + 3 * KAPPA * x * x)


def mish_derivative(x):
    softplus = mp.log1p(mp.exp(x))
    return mp.tanh(softplus) + x * sigmoid(x) * mp.sech(softplus) ** 2


FUNCTIONS = {
    "GELU": (lambda x: mp.ncdf(x) + x * mp.npdf(x), -0.75),
    "GELUTanh": (gelu_tanh_derivative, -0.75),
    "Mish": (mish_derivative, -1.19),
}

for name, (derivative, guess) in FUNCTIONS.items():
    x0 = mp.findroot(derivative, guess)
    x0_hi = float(x0)
    x0_lo = float(x0 - x0_hi)
    quotient = lambda d: derivative(x0 + d) / d if d != 0 else mp.diff(derivative, x0)
    polynomial = mp.chebyfit(quotient, [-RADIUS, RADIUS], DEGREE + 1)
    coefficients = ", ".join(repr(float(c)) for c in reversed(polynomial))
    print(f"{name}: root {x0_hi!r} + {x0_lo!r}\n        [{coefficients}]")
