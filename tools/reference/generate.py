#!/usr/bin/env python3
"""High-precision reference values for the element-wise activation functions of lib/Activations.

Regenerate (Debian's python3-mpmath, no other dependency):

    /usr/bin/python3 tools/reference/generate.py

It writes one CSV per function variant and data set to
tests/Activations.Accuracy.Tests/References/{Double,Single}/<variant>.csv, and for GLU, a function of two
inputs a and b, References/GLU.{Double,Single}.csv with a row per (a, b) pair (`generate.py GLU` for those alone).

Every value is computed from the *mathematical* definition of the PyTorch function (erfc, expm1, log1p,
tanh, sech ... in mpmath), never from a floating-point formula. Each evaluation is repeated at a higher
working precision until two precisions agree to 2^-100 relative (Ziv's strategy), so cancellation inside
a definition (for instance x - tanh x near 0, or GELU' near its root) cannot go unnoticed; a result that
lands exactly on a rounding tie is recomputed at 4600 bits, which separates near-ties such as
GELU(x) = x/2 + x^2/sqrt(2 pi) for subnormal x from true ties.

Inputs (the same for every variant of a data set): +-0, subnormal and normal extremes, powers of ten, the
exp overflow/underflow thresholds of both formats, every kink of every variant with its two neighbours on
each side, the roots of GELU', GELU-tanh', SiLU' and Mish' with neighbours and relative offsets
1e-12 .. 1e-2, then seeded random inputs (seed 20240601): for doubles 400 log-uniform over the whole
range, 500 log-uniform in 1e-8 .. 1e3 and 900 uniform in [-50, 50] (300 / 300 / 500 for floats); the last
two rows are x = -Infinity and +Infinity with the limits of f and f'.

Parameters (alpha, beta, lambda, ...) are taken as the binary value the caller passes: the double nearest
to 0.01 for the Double set, the float nearest to 0.01 for the Single set. Constants that belong to the
definition (SELU's alpha and scale, GELU-tanh's 0.044715 and sqrt(2/pi)) are exact decimals.

Columns of a CSV (after the '#' comment lines and the header row):
    x                        the input, round-trip text (Python repr for doubles, shortest round-trip
                             text for floats; 'Infinity' / '-Infinity' for the limits)
    value                    f(x) correctly rounded (to nearest, ties to even) to the data set's format,
                             with gradual underflow and overflow to +-Infinity
    value_residual_ulp       (f(x) - value) / ulp(f(x)), in [-0.5, 0.5], 4 significant digits; ulp is taken
                             in the binade of the exact f(x) (2^-1074 or 2^-149 below the normal range)
    derivative, derivative_residual_ulp   the same for f'(x)
so exact = value + residual * ulp, known to about 1e-4 ulp: enough to measure errors in fractions of an ulp.
"""

import math
import os
import random
import struct
import sys

import mpmath
from mpmath import mp, mpf

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "Activations.Accuracy.Tests", "References")
SEED = 20240601
INF = math.inf


# ---------------------------------------------------------------------------------------------------------
# Binary formats and correct rounding
# ---------------------------------------------------------------------------------------------------------
class Format:
    def __init__(self, name, precision, emin, emax):
        self.name, self.p, self.emin, self.emax = name, precision, emin, emax


DOUBLE = Format("Double", 53, -1022, 1023)
SINGLE = Format("Single", 24, -126, 127)


def to_single(x):
    """The float32 nearest to the Python float x (struct rounds to nearest even)."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(INF, x)


def round_to_format(v, fmt):
    """(hi, r): hi = v rounded to nearest-even in fmt (as a Python float), r = (v - hi) / ulp(v)."""
    if v == 0:
        return 0.0, 0.0
    sign, man, exp, _ = v._mpf_  # |v| = man * 2^exp exactly (abs() would round to mp.prec)
    return round_parts(bool(sign), int(man), int(exp), fmt)


def round_parts(negative, man, exp, fmt):
    """round_to_format for v = (-1)^negative * man * 2^exp, man > 0 an int (any arbitrary-precision library)."""
    e = exp + man.bit_length() - 1  # floor(log2 a)
    q = max(e, fmt.emin) - (fmt.p - 1)  # log2 of the quantum (ulp) of a in fmt
    shift = exp - q
    if exp + man.bit_length() <= q - 1:  # a < 2^(q-1), half the quantum: rounds to zero
        n = 0
    elif shift >= 0:
        n = man << shift
    else:
        n = man >> -shift
        remainder = man - (n << -shift)
        half = 1 << (-shift - 1)
        if remainder > half or (remainder == half and n & 1):
            n += 1
    if n.bit_length() + q > fmt.emax + 1:  # n * 2^q >= 2^(emax+1): overflow
        return (-INF if negative else INF), 0.0
    hi = math.ldexp(n, q)
    # r = |v| / 2^q - n = remainder / 2^s exactly (integers); rounded once to a float (from its top 64 bits)
    s = q - exp
    remainder = man - (n << s) if s >= 0 else (man << -s) - n
    s = max(s, 0)
    if remainder.bit_length() > 64:
        drop = remainder.bit_length() - 64
        remainder, s = remainder >> drop, s - drop
    r = math.ldexp(remainder, -s)
    return (-hi, -r) if negative else (hi, r)


# ---------------------------------------------------------------------------------------------------------
# Mathematical building blocks (mpmath, at the current working precision)
# ---------------------------------------------------------------------------------------------------------
def use_backend(namespace, number_type):
    """Evaluate the definitions of this module with another arbitrary-precision library (double_sweep.py uses
    MPFR through gmpy2): namespace replaces mpmath's mp (exp, expm1, log1p, tanh, sech, erfc, sqrt, pi, ldexp,
    prec, mag, workprec) and number_type replaces mpf."""
    global mp, mpf
    mp, mpf = namespace, number_type


def sigmoid(x):
    if x >= 0:
        return 1 / (1 + mp.exp(-x))
    e = mp.exp(x)
    return e / (1 + e)


def softplus(z):
    """log(1 + e^z) without forming e^z for large z."""
    if z > 0:
        return z + mp.log1p(mp.exp(-z))
    return mp.log1p(mp.exp(z))


def erfc_positive(z):
    """erfc(z) for z >= 0. mpmath's erfc fails beyond ~1e100; there the asymptotic series
    erfc(z) = e^{-z^2}/(z sqrt(pi)) * sum_k (-1)^k (2k-1)!! / (2z^2)^k converges to full precision in a few terms."""
    if z < 1e6:
        return mp.erfc(z)
    s, term, k, t = mpf(1), mpf(1), 0, 1 / (2 * z * z)
    eps = mp.ldexp(1, -mp.prec - 10)
    while abs(term) > eps:
        k += 1
        term *= -(2 * k - 1) * t
        s += term
    return mp.exp(-z * z) / (z * mp.sqrt(mp.pi)) * s


def std_normal_cdf(x):
    """Phi(x) = erfc(-x/sqrt2)/2, written so that erfc only sees a non-negative argument."""
    z = abs(x) / mp.sqrt(2)
    return erfc_positive(z) / 2 if x < 0 else 1 - erfc_positive(z) / 2


def std_normal_pdf(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def clip(v, low, high):
    return low if v < low else high if v > high else v


SELU_ALPHA = "1.6732632423543772848170429916717"
SELU_SCALE = "1.0507009873554804934193349852946"
GELU_TANH_CUBIC = "0.044715"


def gelu_tanh_u(x):
    """u = sqrt(2/pi) (x + 0.044715 x^3) and du/dx."""
    c = mpf(GELU_TANH_CUBIC)
    k = mp.sqrt(2 / mp.pi)
    return k * (x + c * x ** 3), k * (1 + 3 * c * x * x)


def gelu_tanh(x):
    # 0.5 x (1 + tanh u) = x sigma(2u): the identity 1 + tanh u = 2 sigma(2u) avoids cancellation for u << 0.
    u, _ = gelu_tanh_u(x)
    return x * sigmoid(2 * u)


def gelu_tanh_derivative(x):
    # d/dx [x sigma(2u)] = sigma(2u) + x * 2 sigma(2u) sigma(-2u) u'
    u, du = gelu_tanh_u(x)
    return sigmoid(2 * u) + x * 2 * sigmoid(2 * u) * sigmoid(-2 * u) * du


def mish(x):
    return x * mp.tanh(softplus(x))


def mish_derivative(x):
    sp = softplus(x)
    return mp.tanh(sp) + x * mp.sech(sp) ** 2 * sigmoid(x)


# ---------------------------------------------------------------------------------------------------------
# The variants: name (as the C# tests spell it), parameters, f, f', limits at -inf and +inf
# ---------------------------------------------------------------------------------------------------------
class Variant:
    def __init__(self, name, params, value, derivative, limits, extra_bits=None):
        self.name = name
        self.params = params  # dict name -> Python float (the double value)
        self.value = value  # (x, p) -> mpf, p = dict of mpf parameters
        self.derivative = derivative
        self.limits = limits  # p -> ((f(-inf), f(+inf)), (f'(-inf), f'(+inf))), as floats or mpf
        self.extra_bits = extra_bits or (lambda x: 0)


def tanhshrink_extra_bits(x):
    # x - tanh x = x^3/3 + O(x^5): the subtraction loses about 2*log2(1/|x|) bits.
    return 2 * max(0, -mp.mag(x)) + 16 if x != 0 else 0


def step(condition):
    return mpf(1) if condition else mpf(0)


def relu_like_variants():
    return [
        Variant("ReLU", {},
                lambda x, p: x if x > 0 else mpf(0),
                lambda x, p: step(x > 0),
                lambda p: ((0.0, INF), (0.0, 1.0))),
        *[Variant(name, {"alpha": a},
                  lambda x, p: x if x > 0 else p["alpha"] * x,
                  lambda x, p: mpf(1) if x > 0 else p["alpha"],
                  lambda p: ((-INF, INF), (p["alpha"], 1.0)))
          for name, a in (("LeakyReLU", 0.01), ("LeakyReLU(alpha=0.2)", 0.2))],
        *[Variant(name, {"theta": t},
                  lambda x, p: step(x > p["theta"]),
                  lambda x, p: mpf(0),
                  lambda p: ((0.0, 1.0), (0.0, 0.0)))
          for name, t in (("Threshold", 0.0), ("Threshold(theta=1.5)", 1.5))],
        *[Variant(name, {"min": lo, "max": hi},
                  lambda x, p: clip(x, p["min"], p["max"]),
                  lambda x, p: step(p["min"] < x < p["max"]),
                  lambda p: ((p["min"], p["max"]), (0.0, 0.0)))
          for name, lo, hi in (("HardTanh", -1.0, 1.0), ("HardTanh(min=-2,max=3)", -2.0, 3.0))],
        Variant("ReLU6", {},
                lambda x, p: clip(x, mpf(0), mpf(6)),
                lambda x, p: step(0 < x < 6),
                lambda p: ((0.0, 6.0), (0.0, 0.0))),
        *[Variant(name, {"lambda": l},
                  lambda x, p: x if abs(x) > p["lambda"] else mpf(0),
                  lambda x, p: step(abs(x) > p["lambda"]),
                  lambda p: ((-INF, INF), (1.0, 1.0)))
          for name, l in (("HardShrink", 0.5), ("HardShrink(lambda=1.5)", 1.5))],
        *[Variant(name, {"lambda": l},
                  lambda x, p: x - p["lambda"] if x > p["lambda"] else x + p["lambda"] if x < -p["lambda"] else mpf(0),
                  lambda x, p: step(abs(x) > p["lambda"]),
                  lambda p: ((-INF, INF), (1.0, 1.0)))
          for name, l in (("SoftShrink", 0.5), ("SoftShrink(lambda=1.5)", 1.5))],
        *[Variant(name, {"slope": a},
                  lambda x, p: x if x > 0 else p["slope"] * x,
                  lambda x, p: mpf(1) if x > 0 else p["slope"],
                  lambda p: ((-INF if p["slope"] > 0 else INF, INF), (p["slope"], 1.0)))
          for name, a in (("PReLU", 0.25), ("PReLU(slope=-0.5)", -0.5))],
        # RReLU in evaluation mode: LeakyReLU with the exact mean (lower + upper)/2 of the binary parameters.
        *[Variant(name, {"lower": lo, "upper": hi},
                  lambda x, p: x if x > 0 else (p["lower"] + p["upper"]) / 2 * x,
                  lambda x, p: mpf(1) if x > 0 else (p["lower"] + p["upper"]) / 2,
                  lambda p: ((-INF, INF), ((p["lower"] + p["upper"]) / 2, 1.0)))
          for name, lo, hi in (("RReLU", 0.125, 1 / 3), ("RReLU(lower=0.25,upper=0.7)", 0.25, 0.7))],
        # PyTorch's threshold: x if x > threshold else value.
        *[Variant(name, {"threshold": t, "value": v},
                  lambda x, p: x if x > p["threshold"] else p["value"],
                  lambda x, p: step(x > p["threshold"]),
                  lambda p: ((p["value"], INF), (0.0, 1.0)))
          for name, t, v in (("ThresholdReplace", 1.0, 0.0), ("ThresholdReplace(threshold=-0.5,value=2.5)", -0.5, 2.5))],
        # HardSigmoid = relu6(x + 3) / 6; PyTorch's gradient is 1/6 on the open interval (-3, 3), 0 elsewhere.
        Variant("HardSigmoid", {},
                lambda x, p: clip(x / 6 + mpf(1) / 2, mpf(0), mpf(1)),
                lambda x, p: mpf(1) / 6 if -3 < x < 3 else mpf(0),
                lambda p: ((0.0, 1.0), (0.0, 0.0))),
        # HardSwish = x relu6(x + 3) / 6; PyTorch's gradient: 0 for x < -3, x/3 + 1/2 for -3 <= x <= 3, 1 above.
        Variant("HardSwish", {},
                lambda x, p: x * clip(x / 6 + mpf(1) / 2, mpf(0), mpf(1)),
                lambda x, p: mpf(0) if x < -3 else x / 3 + mpf(1) / 2 if x <= 3 else mpf(1),
                lambda p: ((0.0, INF), (0.0, 1.0))),
    ]


def smooth_variants():
    selu_alpha, selu_scale = SELU_ALPHA, SELU_SCALE
    return [
        Variant("Sigmoid", {},
                lambda x, p: sigmoid(x),
                lambda x, p: sigmoid(x) * sigmoid(-x),
                lambda p: ((0.0, 1.0), (0.0, 0.0))),
        Variant("Tanh", {},
                lambda x, p: mp.tanh(x),
                lambda x, p: mp.sech(x) ** 2,
                lambda p: ((-1.0, 1.0), (0.0, 0.0))),
        Variant("TanhShrink", {},
                lambda x, p: x - mp.tanh(x),
                lambda x, p: mp.tanh(x) ** 2,
                lambda p: ((-INF, INF), (1.0, 1.0)),
                extra_bits=tanhshrink_extra_bits),
        *[Variant(name, {"alpha": a},
                  lambda x, p: x if x > 0 else p["alpha"] * mp.expm1(x),
                  lambda x, p: mpf(1) if x > 0 else p["alpha"] * mp.exp(x),
                  lambda p: ((-p["alpha"], INF), (0.0, 1.0)))
          for name, a in (("ELU", 1.0), ("ELU(alpha=1.5)", 1.5))],
        Variant("SELU", {},
                lambda x, p: mpf(selu_scale) * (x if x > 0 else mpf(selu_alpha) * mp.expm1(x)),
                lambda x, p: mpf(selu_scale) * (1 if x > 0 else mpf(selu_alpha) * mp.exp(x)),
                lambda p: ((-mpf(selu_scale) * mpf(selu_alpha), INF), (0.0, mpf(selu_scale)))),
        *[Variant(name, {"alpha": a},
                  lambda x, p: x if x > 0 else p["alpha"] * mp.expm1(x / p["alpha"]),
                  lambda x, p: mpf(1) if x > 0 else mp.exp(x / p["alpha"]),
                  lambda p: ((-p["alpha"], INF), (0.0, 1.0)))
          for name, a in (("CELU", 1.0), ("CELU(alpha=2)", 2.0))],
        Variant("GELU", {},
                lambda x, p: x * std_normal_cdf(x),
                lambda x, p: std_normal_cdf(x) + x * std_normal_pdf(x),
                lambda p: ((0.0, INF), (0.0, 1.0))),
        Variant("GELUTanh", {},
                lambda x, p: gelu_tanh(x),
                lambda x, p: gelu_tanh_derivative(x),
                lambda p: ((0.0, INF), (0.0, 1.0))),
        Variant("SiLU", {},
                lambda x, p: x * sigmoid(x),
                lambda x, p: sigmoid(x) * (1 + x * sigmoid(-x)),
                lambda p: ((0.0, INF), (0.0, 1.0))),
        Variant("Mish", {},
                lambda x, p: mish(x),
                lambda x, p: mish_derivative(x),
                lambda p: ((0.0, INF), (0.0, 1.0))),
        # PyTorch: x itself when beta*x > threshold (a jump of log1p(e^-threshold)/beta, far above an ulp).
        *[Variant(name, {"beta": b, "threshold": t},
                  lambda x, p: x if p["beta"] * x > p["threshold"] else softplus(p["beta"] * x) / p["beta"],
                  lambda x, p: mpf(1) if p["beta"] * x > p["threshold"] else sigmoid(p["beta"] * x),
                  lambda p: ((0.0, INF), (0.0, 1.0)))
          for name, b, t in (("Softplus", 1.0, 20.0), ("Softplus(beta=2,threshold=10)", 2.0, 10.0))],
        Variant("Softsign", {},
                lambda x, p: x / (1 + abs(x)),
                lambda x, p: 1 / (1 + abs(x)) ** 2,
                lambda p: ((-1.0, 1.0), (0.0, 0.0))),
        Variant("LogSigmoid", {},
                lambda x, p: -softplus(-x),
                lambda x, p: sigmoid(-x),
                lambda p: ((-INF, 0.0), (1.0, 0.0))),
    ]


VARIANTS = sorted(smooth_variants() + relu_like_variants(), key=lambda v: v.name)

# Derivatives with a simple root: near it, f' = (difference of two O(1) terms) and only a careful
# implementation stays within a few ulps, so the data sets sample it closely.
DERIVATIVE_ROOT_GUESSES = {"GELU": -0.75, "GELUTanh": -0.75, "SiLU": -1.28, "Mish": -1.19}


# ---------------------------------------------------------------------------------------------------------
# Evaluation with Ziv's strategy
# ---------------------------------------------------------------------------------------------------------
def evaluate(fn, x, params, extra_bits, start_bits=256):
    """fn(x) to ~2^-100 relative: recompute at +64 bits until two precisions agree."""
    bits = start_bits + extra_bits(mpf(x))
    while True:
        with mp.workprec(bits):
            a = fn(mpf(x), {k: mpf(v) for k, v in params.items()})
        with mp.workprec(bits + 64):
            b = fn(mpf(x), {k: mpf(v) for k, v in params.items()})
            if a == b or abs(a - b) <= abs(b) * mp.ldexp(1, -100):
                return +b
        bits *= 2
        if bits > 20000:
            raise RuntimeError(f"no convergence for {fn} at x={x!r}")


def variant_params(variant, fmt):
    if fmt is SINGLE:
        return {k: to_single(v) for k, v in variant.params.items()}
    return dict(variant.params)


# ---------------------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------------------
def next_up(x, fmt, steps=1):
    for _ in range(steps):
        if fmt is DOUBLE:
            x = math.nextafter(x, INF)
        else:
            bits = struct.unpack("<I", struct.pack("<f", x))[0]
            if x == 0:
                x = math.ldexp(1, -149)
                continue
            bits = bits + 1 if x > 0 else bits - 1
            x = struct.unpack("<f", struct.pack("<I", bits))[0]
    return x


def next_down(x, fmt, steps=1):
    return -next_up(-x, fmt, steps)


def derivative_roots(fmt):
    """The nearest fmt numbers to the roots of f' (found with mpmath.findroot at 200 bits)."""
    roots = []
    by_name = {v.name: v for v in VARIANTS}
    for name, guess in DERIVATIVE_ROOT_GUESSES.items():
        with mp.workprec(200):
            root = mp.findroot(lambda t: by_name[name].derivative(t, {}), mpf(guess))
            r, _ = round_to_format(root, fmt)
            roots.append(r)
    return roots


def edge_inputs(fmt):
    tiny = 5e-324 if fmt is DOUBLE else math.ldexp(1, -149)
    min_normal = 2.2250738585072014e-308 if fmt is DOUBLE else math.ldexp(1, -126)
    max_value = sys.float_info.max if fmt is DOUBLE else to_single(3.4028234663852886e38)
    subnormal = 1e-310 if fmt is DOUBLE else 1e-40
    magnitudes = [0.0, tiny, 2 * tiny, subnormal, min_normal, 1e-300, 1e-100, 1e-20, 1e-8, 1e-4, 1e-2, 0.1,
                  0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0, 15.0, 20.0, 30.0,
                  40.0, 50.0, 100.0, 700.0, 710.0, 1000.0, 1e10, 1e20, 1e100, 1e300, max_value,
                  # exp overflow / underflow thresholds, where 1 + e^-x == 1, where tanh rounds to 1
                  709.782712893384, 745.1332191019412, 36.7368005696771, 19.061547465398498,
                  88.72283935546875, 103.97207641601562, 16.635532333438687, 9.010913347279288]
    if fmt is SINGLE:
        magnitudes = [m for m in magnitudes if m < 3.4028234663852886e38 or m == max_value]
    points = []
    for m in magnitudes:
        m = m if fmt is DOUBLE else to_single(m)
        points += [m, -m]
    # kinks and branch switches of the variants: the point itself and two neighbours on each side
    kinks = [0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, -2.0, 3.0, -3.0, 5.0, 6.0, 20.0, 10.0, -20.0]
    for k in kinks:
        for s in (1, 2):
            points += [next_up(k, fmt, s), next_down(k, fmt, s)]
    for r in derivative_roots(fmt):
        points.append(r)
        for s in (1, 2, 3):
            points += [next_up(r, fmt, s), next_down(r, fmt, s)]
        for rel in (1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 1e-2):
            for s in (1 + rel, 1 - rel):
                points.append(r * s if fmt is DOUBLE else to_single(r * s))
    # sorted, -0.0 before +0.0; duplicates go in inputs() (by bit pattern: a set would merge -0.0 and 0.0)
    return sorted((p for p in points if math.isfinite(p)), key=lambda v: (v, math.copysign(1, v)))


def random_inputs(fmt, rng, whole_range, moderate, dense):
    """Random inputs. Doubles are drawn as 10-significant-digit decimals: the nearest double has an
    arbitrary-looking 53-bit significand, and its repr stays short (keeps the CSVs small)."""
    def short(v):
        return float("%.10g" % v) if fmt is DOUBLE else to_single(v)

    points = []
    for _ in range(whole_range):  # log-uniform over the whole finite range, subnormals included
        if fmt is DOUBLE:
            v = float("%.10fe%d" % (rng.uniform(1, 10), rng.randint(-324, 307)))
        else:
            bits = (rng.getrandbits(1) << 31) | (rng.randrange(0, 255) << 23) | rng.getrandbits(23)
            v = struct.unpack("<f", struct.pack("<I", bits))[0]
        points.append(math.copysign(v, rng.choice((-1.0, 1.0))))
    for _ in range(moderate):  # log-uniform in 1e-8 .. 1e3, where most functions change shape
        points.append(short(rng.choice((-1.0, 1.0)) * 10 ** rng.uniform(-8, 3)))
    for _ in range(dense):
        points.append(short(rng.uniform(-50, 50)))
    return points


def inputs(fmt):
    rng = random.Random(SEED if fmt is DOUBLE else SEED + 1)
    if fmt is DOUBLE:
        rand = random_inputs(fmt, rng, whole_range=400, moderate=500, dense=900)
    else:
        rand = random_inputs(fmt, rng, whole_range=300, moderate=300, dense=500)
    seen, result = set(), []
    for x in edge_inputs(fmt) + rand:
        key = struct.pack("<d", x)
        if key not in seen:
            seen.add(key)
            result.append(x)
    return result


# ---------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------
def number_text(v, fmt):
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    if fmt is DOUBLE:
        return repr(v)
    for digits in range(1, 10):  # shortest text that reads back as the same float
        text = "%.*g" % (digits, v)
        if to_single(float(text)) == v and math.copysign(1, to_single(float(text))) == math.copysign(1, v):
            return text
    raise AssertionError(v)


def residual_text(r):
    return "0" if r == 0 else "%.4g" % r


def row(x, fmt, variant, params):
    cells = [number_text(x, fmt)]
    if math.isinf(x):
        with mp.workprec(256):
            (f_low, f_high), (d_low, d_high) = variant.limits({k: mpf(v) for k, v in params.items()})
            for v in ((f_low, d_low) if x < 0 else (f_high, d_high)):
                hi, r = (v, 0.0) if v in (INF, -INF) else round_to_format(mpf(v), fmt)
                cells += [number_text(hi, fmt), residual_text(r)]
        return ",".join(cells)
    for fn in (variant.value, variant.derivative):
        hi, r = round_to_format(evaluate(fn, x, params, variant.extra_bits), fmt)
        if abs(r) == 0.5:
            # A tie at 256 bits may be a near-tie (GELU(x) = x/2 + x^2/sqrt(2 pi) + ... for subnormal x):
            # settle it with enough bits to see perturbations down to the smallest subnormal squared.
            hi, r = round_to_format(evaluate(fn, x, params, variant.extra_bits, start_bits=4600), fmt)
        cells += [number_text(hi, fmt), residual_text(r)]
    return ",".join(cells)


def write_variant(variant, fmt, xs):
    params = variant_params(variant, fmt)
    folder = os.path.join(OUT, fmt.name)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, variant.name + ".csv")
    param_text = ", ".join(f"{k}={number_text(v, fmt)}" for k, v in params.items()) or "none"
    lines = [
        f"# {variant.name} and its derivative, {fmt.name} inputs; parameters: {param_text}",
        f"# generated by tools/reference/generate.py (mpmath {mpmath.__version__}, >= 256-bit working precision,"
        " Ziv-checked); regenerate: /usr/bin/python3 tools/reference/generate.py",
        "# value, derivative: exact result rounded to nearest-even; *_residual_ulp = (exact - rounded) / ulp(exact)",
        "x,value,value_residual_ulp,derivative,derivative_residual_ulp",
    ]
    lines += [row(x, fmt, variant, params) for x in xs + [-INF, INF]]
    with open(path, "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return path


# ---------------------------------------------------------------------------------------------------------
# GLU, a function of two inputs: one CSV of (a, b) pairs per format, References/GLU.<format>.csv
# ---------------------------------------------------------------------------------------------------------
def glu_pairs(fmt):
    """Edge values of a (scale) crossed with edge values of b (the gate, where sigma underflows or rounds
    to 1), then seeded random pairs: a log-uniform over the whole range with b uniform in [-50, 50], and b
    uniform in [-1500, 50] (the tail where a enters the exponential)."""
    rng = random.Random(SEED + 12 if fmt is DOUBLE else SEED + 13)
    tiny = 5e-324 if fmt is DOUBLE else math.ldexp(1, -149)
    max_value = sys.float_info.max if fmt is DOUBLE else to_single(3.4028234663852886e38)
    cast = (lambda v: v) if fmt is DOUBLE else to_single
    scales = [0.0, tiny, 1e-300, 1e-30, 1e-8, 0.5, 1.0, 3.0, 1e10, 1e30, 1e300, max_value]
    gates = [0.0, 1e-8, 0.5, 1.0, 2.0, 10.0, 36.7368005696771, 40.0, 41.0, 100.0, 700.0, 745.5, 800.0, 1000.0,
             1400.0, 1e10, max_value]
    a_values = sorted({cast(m) * s for m in scales for s in (1.0, -1.0) if math.isfinite(cast(m))})
    b_values = sorted({cast(m) * s for m in gates for s in (1.0, -1.0) if math.isfinite(cast(m))})
    b_values += [next_up(cast(40.0), fmt), next_down(cast(-40.0), fmt)]
    pairs = [(a, b) for a in a_values for b in b_values]

    def whole_range():
        if fmt is DOUBLE:
            return float("%.10fe%d" % (rng.uniform(1, 10), rng.randint(-324, 307))) * rng.choice((-1.0, 1.0))
        return to_single(math.ldexp(rng.uniform(1, 2), rng.randint(-149, 127)) * rng.choice((-1.0, 1.0)))

    short = (lambda v: float("%.10g" % v)) if fmt is DOUBLE else to_single
    pairs += [(whole_range(), short(rng.uniform(-50, 50))) for _ in range(600)]
    pairs += [(whole_range(), short(rng.uniform(-1500, 50))) for _ in range(300)]
    return [(a, b) for a, b in pairs if math.isfinite(a) and math.isfinite(b)]


def write_glu(fmt):
    path = os.path.join(OUT, f"GLU.{fmt.name}.csv")
    lines = [
        f"# GLU(a, b) = a*sigmoid(b) and its partial derivatives, {fmt.name} inputs",
        f"# generated by tools/reference/generate.py (mpmath {mpmath.__version__}, >= 256-bit working precision,"
        " Ziv-checked); regenerate: /usr/bin/python3 tools/reference/generate.py GLU",
        "# value, da = sigmoid(b), db = a*sigmoid(b)*sigmoid(-b): exact result rounded to nearest-even;"
        " *_residual_ulp = (exact - rounded) / ulp(exact)",
        "a,b,value,value_residual_ulp,da,da_residual_ulp,db,db_residual_ulp",
    ]
    functions = (lambda x, p: p["a"] * sigmoid(x),
                 lambda x, p: sigmoid(x),
                 lambda x, p: p["a"] * sigmoid(x) * sigmoid(-x))
    for a, b in glu_pairs(fmt):
        cells = [number_text(a, fmt), number_text(b, fmt)]
        for fn in functions:
            hi, r = round_to_format(evaluate(fn, b, {"a": a}, lambda x: 0), fmt)
            cells += [number_text(hi, fmt), residual_text(r)]
        lines.append(",".join(cells))
    with open(path, "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{fmt.name:6} GLU {len(lines) - 4:5} pairs  {os.path.getsize(path) / 1024:7.1f} KiB", flush=True)


def main():
    only = set(sys.argv[1:])
    if not only or "GLU" in only:
        for fmt in (DOUBLE, SINGLE):
            write_glu(fmt)
        only.discard("GLU")
        if not only and len(sys.argv) > 1:
            return
    total = 0
    for fmt in (DOUBLE, SINGLE):
        xs = inputs(fmt)
        for variant in VARIANTS:
            if only and variant.name not in only:
                continue
            path = write_variant(variant, fmt, xs)
            size = os.path.getsize(path)
            total += size
            print(f"{fmt.name:6} {variant.name:32} {len(xs) + 2:5} points  {size / 1024:7.1f} KiB", flush=True)
    print(f"wrote {total / 1024 / 1024:.2f} MiB under {os.path.relpath(OUT, ROOT)}")
    print("regenerate with: /usr/bin/python3 tools/reference/generate.py [variant names to restrict to]")


if __name__ == "__main__":
    main()
