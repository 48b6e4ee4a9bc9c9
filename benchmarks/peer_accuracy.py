#!/usr/bin/python3
"""How accurate are the peers of the race in float32? For every element-wise function that
numpy_torch.py times, numpy's article formula and PyTorch's kernel are evaluated on float32 inputs and
compared with a float64 reference written to be accurate (stable forms, series where the direct form
cancels), in float32 ULPs of the reference: 0.5 = correctly rounded, 1 = faithful.

Inputs: every 257th float32 bit pattern (16.7 million finite values spread evenly over the exponents,
so ±0, subnormals, the tails and the overflow region are all sampled) and 2^20 values uniform on
[-8, 8] (the race's inputs). A sample, not the exhaustive sweep of tools/AccuracySweep: the maximum it
finds is a lower bound on the peer's error. Run: /usr/bin/python3 benchmarks/peer_accuracy.py [F1,F2,...]
"""
import sys

import numpy as np

from numpy_torch import NUMPY, TORCH, torch

SELU_ALPHA, SELU_SCALE = 1.6732632423543772, 1.0507009873554805


def sigmoid64(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


def tanhshrink64(x):
    # x - tanh x cancels near 0: its series to x^9 there (error below 2^-60 relative for |x| < 1/32).
    u = x * x
    series = x * u * (1 / 3 + u * (-2 / 15 + u * (17 / 315 + u * (-62 / 2835))))
    return np.where(np.abs(x) < 1 / 32, series, x - np.tanh(x))


def gelu64(x):
    return 0.5 * x * torch.special.erfc(torch.from_numpy(-x / np.sqrt(2))).numpy()


def softplus64(x):
    return np.logaddexp(0, x)


REFERENCE = {
    "Sigmoid": sigmoid64,
    "Tanh": np.tanh,
    "TanhShrink": tanhshrink64,
    "ELU": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0))),
    "SELU": lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(np.minimum(x, 0))),
    "CELU": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0))),
    "SiLU": lambda x: x * sigmoid64(x),
    "Softplus": softplus64,
    "LogSigmoid": lambda x: -softplus64(-x),
    "Mish": lambda x: x * np.tanh(softplus64(x)),
    "GELU": gelu64,
    # 1 + tanh z = 2 sigmoid(2z), so the tanh form is x * sigmoid(2z) without the cancellation for x < 0.
    "GELUTanh": lambda x: x * sigmoid64(2 * 0.7978845608028654 * (x + 0.044715 * x ** 3)),
    "Softsign": lambda x: x / (1 + np.abs(x)),
    "HardSigmoid": lambda x: np.clip(x / 6 + 0.5, 0, 1),
    "HardSwish": lambda x: x * np.clip(x + 3, 0, 6) / 6,
}


def inputs():
    bits = np.arange(0, 2**32, 257, dtype=np.uint64).astype(np.uint32)
    x = bits.view(np.float32)
    x = x[np.isfinite(x)]
    uniform = (np.random.default_rng(12345).random(2**20) * 16 - 8).astype(np.float32)
    return np.concatenate([x, uniform])


def ulp_errors(result, reference):
    """|result - reference| in float32 ULPs of the reference (the spacing at its float32 rounding)."""
    rounded = np.abs(reference).astype(np.float32)
    spacing = np.spacing(rounded).astype(np.float64)
    # The spacing below a power of two is half the spacing above it: use the smaller one at the boundary.
    below = np.spacing(np.nextafter(rounded, np.float32(0))).astype(np.float64)
    spacing = np.where(below < spacing, np.where(np.abs(reference) < rounded, below, spacing), spacing)
    return np.abs(result.astype(np.float64) - reference) / spacing


def measure(function, x, reference):
    worst, at, above_one, nan_out, overflow = 0.0, 0.0, 0, 0, 0
    for start in range(0, x.size, 1 << 22):
        chunk = x[start:start + (1 << 22)]
        with np.errstate(all="ignore"):
            result = np.asarray(function(chunk), dtype=np.float32)
            ref = reference(chunk.astype(np.float64))
            finite_ref = np.isfinite(ref) & (np.abs(ref) <= np.finfo(np.float32).max)
            nan_out += int(np.count_nonzero(np.isnan(result) & ~np.isnan(ref)))
            overflow += int(np.count_nonzero(np.isinf(result) & finite_ref))
            ok = finite_ref & np.isfinite(result)
            errors = np.where(ok, ulp_errors(result, ref), 0)
        i = int(np.argmax(errors))
        above_one += int(np.count_nonzero(errors > 1))
        if errors[i] > worst:
            worst, at = float(errors[i]), float(chunk[i])
    return worst, at, above_one, nan_out, overflow


def main():
    wanted = set(sys.argv[1].split(",")) if len(sys.argv) > 1 else None
    x = inputs()
    print(f"numpy {np.__version__}" + (f", torch {torch.__version__}" if torch else ", torch not installed")
          + f"; {x.size} float32 inputs")
    print("| function | peer | max error (ulp) | at x | inputs above 1 ulp | NaN outputs | overflows |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, reference in REFERENCE.items():
        if wanted is not None and name not in wanted:
            continue
        peers = [("numpy", NUMPY.get(name))]
        if torch is not None:
            peers.append(("PyTorch", (lambda f: lambda c: f(torch.from_numpy(c)).numpy())(TORCH[name]) if name in TORCH else None))
        for peer, function in peers:
            if function is None or (name == "GELU" and torch is None):
                continue
            worst, at, above_one, nan_out, overflow = measure(function, x, reference)
            print(f"| {name} | {peer} | {worst:.4g} | {at:.8g} | {above_one} | {nan_out} | {overflow} |", flush=True)


if __name__ == "__main__":
    main()
