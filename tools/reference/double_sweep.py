#!/usr/bin/env python3
"""Many-point high-precision references for the double paths of lib/Activations, computed with MPFR.

    /usr/bin/python3 tools/reference/double_sweep.py --count N [--seed S] [--jobs J] --out DIR
    /usr/bin/python3 tools/reference/double_sweep.py --cross-check

mpmath (generate.py) needs ~1 ms per point; MPFR through gmpy2 (Debian: apt-get install python3-gmpy2) evaluates
exp/expm1/log1p/tanh/sech/erfc at 256+ bits in microseconds, which makes millions of points affordable. The
mathematical definitions are generate.py's own (imported; generate.use_backend points them at gmpy2), evaluated
with the same Ziv strategy (two working precisions 64 bits apart must agree to 2^-100; exact ties recomputed at
4600 bits) and rounded by the same integer code (generate.round_parts).

Inputs, the same for every variant: generate.py's edge inputs (zeros, subnormal and normal extremes, overflow
thresholds, kinks, roots of the derivatives with neighbours), each with its 1..8 neighbours on both sides, then
N random doubles (seeded): 40% log-uniform over the whole finite range (subnormals included) with both signs,
20% log-uniform in 1e-8 .. 1e3 with both signs, 40% uniform in [-50, 50].

Output: DIR/<variant>.bin for every variant of generate.VARIANTS, little-endian float64 records of five
(x, f(x) rounded to nearest double, residual, f'(x) rounded, residual), residual = (exact - rounded) / ulp(exact)
in [-0.5, 0.5] (the CSV convention). Read by `dotnet run -c Release --project tools/AccuracySweep -- --double DIR`.

--cross-check recomputes the committed mpmath references (tests/.../References/Double/*.csv) with gmpy2 and
reports any rounded value that differs or residual that differs by more than the CSV's 4 significant digits.
"""

import argparse
import math
import multiprocessing
import os
import random
import re
import struct
import sys
import time

import gmpy2

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402  (the definitions, the edge inputs, the rounding)

DOUBLE = generate.DOUBLE


class Gmpy2Namespace:
    """The part of mpmath's `mp` that generate.py's definitions use, on MPFR (gmpy2)."""
    exp = staticmethod(gmpy2.exp)
    expm1 = staticmethod(gmpy2.expm1)
    log1p = staticmethod(gmpy2.log1p)
    tanh = staticmethod(gmpy2.tanh)
    sech = staticmethod(gmpy2.sech)
    erfc = staticmethod(gmpy2.erfc)
    sqrt = staticmethod(gmpy2.sqrt)

    @property
    def pi(self):
        return gmpy2.const_pi()

    @property
    def prec(self):
        return gmpy2.get_context().precision

    @staticmethod
    def ldexp(x, n):
        return gmpy2.mpfr(x) * gmpy2.mpfr(2) ** n  # exact: a power of two

    @staticmethod
    def mag(x):
        """k with |x| < 2^k (mpmath's mag may be one larger; only used to add guard bits)."""
        return int(gmpy2.get_exp(gmpy2.mpfr(x)))

    @staticmethod
    def workprec(bits):
        # MPFR's default exponent range (about +-2^30) is far beyond double's: results that underflow in it
        # are ~2^-1e9, which rounds to zero in double like the exact value.
        return gmpy2.local_context(precision=bits)


def use_gmpy2():
    generate.use_backend(Gmpy2Namespace(), gmpy2.mpfr)


def round_double(v):
    """generate.round_to_format(v, DOUBLE) for an mpfr v."""
    if v == 0:
        return 0.0, 0.0
    man, exp = v.as_mantissa_exp()
    man, exp = int(man), int(exp)
    return generate.round_parts(man < 0, abs(man), exp, DOUBLE)


def reference(fn, x, params, extra_bits):
    """(rounded, residual) of fn(x), as generate.row does it."""
    hi, r = round_double(generate.evaluate(fn, x, params, extra_bits))
    if abs(r) == 0.5:
        hi, r = round_double(generate.evaluate(fn, x, params, extra_bits, start_bits=4600))
    return hi, r


def edge_and_neighbours():
    points = []
    for p in generate.edge_inputs(DOUBLE):  # needs mpmath (findroot for the derivative roots): call before use_gmpy2
        points.append(p)
        up = down = p
        for _ in range(8):
            up, down = math.nextafter(up, math.inf), math.nextafter(down, -math.inf)
            points += [up, down]
    return points


def random_points(count, seed):
    rng = random.Random(seed)
    whole, moderate = int(count * 0.4), int(count * 0.2)
    dense = count - whole - moderate
    points = []
    for _ in range(whole):  # significand uniform in [1, 2), binary exponent uniform over the whole range
        v = math.ldexp(rng.uniform(1.0, 2.0), rng.randint(-1074, 1023))
        points.append(math.copysign(v, rng.choice((-1.0, 1.0))))
    for _ in range(moderate):
        points.append(rng.choice((-1.0, 1.0)) * 10 ** rng.uniform(-8, 3))
    for _ in range(dense):
        points.append(rng.uniform(-50.0, 50.0))
    return points


def unique(points):
    seen, result = set(), []
    for x in points:
        if not math.isfinite(x):  # the neighbours of +-max are +-inf
            continue
        key = struct.pack("<d", x)
        if key not in seen:
            seen.add(key)
            result.append(x)
    return result


def write_variant(args):
    name, xs, out = args
    use_gmpy2()
    variant = next(v for v in generate.VARIANTS if v.name == name)
    params = generate.variant_params(variant, DOUBLE)
    started = time.time()
    records = bytearray()
    for x in xs:
        value, value_r = reference(variant.value, x, params, variant.extra_bits)
        derivative, derivative_r = reference(variant.derivative, x, params, variant.extra_bits)
        records += struct.pack("<5d", x, value, value_r, derivative, derivative_r)
    path = os.path.join(out, name + ".bin")
    with open(path + ".partial", "wb") as f:
        f.write(records)
    os.replace(path + ".partial", path)
    return name, len(xs), time.time() - started


def cross_check():
    """gmpy2 against the committed mpmath references."""
    use_gmpy2()
    folder = os.path.join(generate.OUT, "Double")
    checked = mismatches = 0
    for variant in generate.VARIANTS:
        params = generate.variant_params(variant, DOUBLE)
        with open(os.path.join(folder, variant.name + ".csv")) as f:
            rows = [line.strip().split(",") for line in f if line[0] not in "#x"]
        for cells in rows:
            x = float(cells[0])
            if math.isinf(x):
                continue
            for fn, hi_text, r_text in ((variant.value, cells[1], cells[2]), (variant.derivative, cells[3], cells[4])):
                hi, r = reference(fn, x, params, variant.extra_bits)
                checked += 1
                # the CSV keeps 4 significant digits of the residual
                if hi != float(hi_text) or abs(r - float(r_text)) > 5e-4 * max(abs(r), 1e-300) + 1e-300:
                    mismatches += 1
                    print(f"MISMATCH {variant.name} x={x!r}: gmpy2 ({hi!r}, {r:.4g}) vs mpmath ({hi_text}, {r_text})")
    print(f"cross-check: {checked} reference values recomputed with gmpy2 (MPFR {gmpy2.mpfr_version()}), {mismatches} mismatches")
    return mismatches == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, help="random inputs per variant (plus the edge inputs)")
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--out", help="output folder")
    parser.add_argument("--variants", help="comma-separated variant names (default: all)")
    parser.add_argument("--cross-check", action="store_true", help="compare gmpy2 with the committed mpmath references")
    args = parser.parse_args()
    if args.cross_check:
        sys.exit(0 if cross_check() else 1)
    if args.count is None or args.count < 0 or not args.out:
        parser.error("--count N (N >= 0) and --out DIR are required (or --cross-check)")
    names = [v.name for v in generate.VARIANTS]
    if args.variants:
        wanted = re.split(r",(?![^()]*\))", args.variants)  # commas outside parentheses: Softplus(beta=2,threshold=10)
        unknown = set(wanted) - set(names)
        if unknown:
            parser.error(f"unknown variants {sorted(unknown)}; known: {', '.join(names)}")
        names = [n for n in names if n in wanted]
    xs = unique(edge_and_neighbours() + random_points(args.count, args.seed))
    os.makedirs(args.out, exist_ok=True)
    print(f"{len(xs)} inputs x {len(names)} variants = {len(xs) * len(names)} inputs in total, {args.jobs} processes", flush=True)
    started = time.time()
    with multiprocessing.Pool(args.jobs) as pool:
        for name, n, seconds in pool.imap_unordered(write_variant, [(n, xs, args.out) for n in names]):
            print(f"{name:32} {n} points {seconds:7.1f} s", flush=True)
    print(f"wrote {args.out} in {time.time() - started:.0f} s (seed {args.seed})")


if __name__ == "__main__":
    main()
