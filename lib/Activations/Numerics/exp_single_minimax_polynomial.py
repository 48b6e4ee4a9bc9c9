"""Coefficients of LaneMath.ExpMinimaxForSingle: e^r ≈ 1 + c1·r + … + c7·r^7 on |r| ≤ ln2/2 with the
smallest relative error (Lawson's iteration on weighted least squares, 400 Chebyshev nodes), checked with the
coefficients rounded to double on a grid of 20001 points. Run: /usr/bin/python3 exp_single_minimax_polynomial.py
Printed: degree, log2 of the largest relative error, the coefficients c1..c_degree (repr: the exact doubles)."""
import mpmath as mp
import numpy as np

mp.mp.dps = 40
H = mp.log(2) / 2


def fit(degree, nodes=400, iterations=30):
    xs = [H * mp.cos(mp.pi * (i + mp.mpf(1) / 2) / nodes) for i in range(nodes)]
    weights = [mp.mpf(1)] * nodes
    for _ in range(iterations):
        a = mp.matrix(nodes, degree)
        b = mp.matrix(nodes, 1)
        for i, x in enumerate(xs):
            e = mp.e ** x
            for j in range(degree):
                a[i, j] = weights[i] * x ** (j + 1) / e
            b[i] = weights[i] * (e - 1) / e
        c = mp.lu_solve(a.T * a, a.T * b)
        errors = [abs((1 + sum(c[j] * x ** (j + 1) for j in range(degree))) / mp.e ** x - 1) for x in xs]
        largest = max(errors)
        weights = [w * (1 + e / largest) for w, e in zip(weights, errors)]  # Lawson: weight the worst nodes up
    coefficients = [float(c[j]) for j in range(degree)]
    worst = 0
    for x in np.linspace(-float(H), float(H), 20001):
        xm = mp.mpf(x)
        p = 1 + sum(mp.mpf(coefficients[j]) * xm ** (j + 1) for j in range(degree))
        worst = max(worst, abs(p / mp.e ** xm - 1))
    return coefficients, worst


if __name__ == "__main__":
    for degree in (6, 7):
        coefficients, worst = fit(degree)
        print(degree, float(mp.log(worst, 2)), [repr(c) for c in coefficients])
