#!/usr/bin/python3
"""Times numpy (and PyTorch, when installed) on the activation formulas at the sizes of the
BenchmarkDotNet project, single-threaded, and prints ms per call and ns per element (best of several
runs, inputs uniform on [-8, 8] like ElementwiseBenchmark). Run: /usr/bin/python3 benchmarks/numpy_torch.py
Optional argument: a comma-separated list of sizes (default 1024,65536,1048576). Options (used by the
one-process race, `dotnet run -c Release --project tests/Activations.Benchmarks -- race`):
--dtype float32|float64 (default both), --functions A,B,... (default all), --median R (the median of R calls
after a warm-up instead of the best time).
"""
import os
import sys
import time

# One thread, like the C# benchmarks (set before numpy/torch load their thread pools).
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[variable] = "1"

import numpy as np

try:
    import torch
    torch.set_num_threads(1)
except ImportError:
    torch = None


def best_seconds(function, budget=0.5, repeats_min=5):
    """Best time of one call over at least repeats_min calls and about `budget` seconds."""
    function()
    best = float("inf")
    start = time.perf_counter()
    count = 0
    while count < repeats_min or time.perf_counter() - start < budget:
        t0 = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - t0)
        count += 1
    return best


def median_seconds(function, repeats):
    """Median time of one call over `repeats` calls after three warm-up calls."""
    for _ in range(3):
        function()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        function()
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2]


def softmax(x):
    e = np.exp(x - x.max())
    return e / e.sum()


# The article's formulas in numpy, written as a reader would (no out= tricks).
NUMPY = {
    "copy": lambda x: x.copy(),
    "Sigmoid": lambda x: 1 / (1 + np.exp(-x)),
    "Tanh": np.tanh,
    "TanhShrink": lambda x: x - np.tanh(x),
    "ReLU": lambda x: np.maximum(0, x),
    "ReLU6": lambda x: np.minimum(np.maximum(0, x), 6),
    "LeakyReLU": lambda x: np.where(x > 0, x, 0.01 * x),
    "Threshold": lambda x: np.where(x > 0, x, 0),
    "HardTanh": lambda x: np.clip(x, -1, 1),
    "HardSigmoid": lambda x: np.clip(x / 6 + 0.5, 0, 1),
    "HardSwish": lambda x: x * np.clip(x + 3, 0, 6) / 6,
    "HardShrink": lambda x: np.where(np.abs(x) > 0.5, x, 0),
    "SoftShrink": lambda x: np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0)),
    "ELU": lambda x: np.where(x > 0, x, np.expm1(x)),
    "SELU": lambda x: 1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * np.expm1(x)),
    "CELU": lambda x: np.maximum(0, x) + np.minimum(0, np.expm1(x)),
    "SiLU": lambda x: x / (1 + np.exp(-x)),
    "Softplus": lambda x: np.log1p(np.exp(x)),
    "LogSigmoid": lambda x: -np.log1p(np.exp(-x)),
    "Mish": lambda x: x * np.tanh(np.log1p(np.exp(x))),
    "GELUTanh": lambda x: 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x ** 3))),
    "Softsign": lambda x: x / (1 + np.abs(x)),
    "Softmax": softmax,
}

TORCH = {}
if torch is not None:
    import torch.nn.functional as F

    TORCH = {
        "copy": lambda x: x.clone(),
        "Sigmoid": torch.sigmoid,
        "Tanh": torch.tanh,
        "TanhShrink": F.tanhshrink,
        "ReLU": torch.relu,
        "ReLU6": F.relu6,
        "LeakyReLU": F.leaky_relu,
        "Threshold": lambda x: F.threshold(x, 0.0, 0.0),
        "HardTanh": F.hardtanh,
        "HardSigmoid": F.hardsigmoid,
        "HardSwish": F.hardswish,
        "HardShrink": F.hardshrink,
        "SoftShrink": F.softshrink,
        "ELU": F.elu,
        "SELU": F.selu,
        "CELU": F.celu,
        "SiLU": F.silu,
        "Softplus": F.softplus,
        "LogSigmoid": F.logsigmoid,
        "Mish": F.mish,
        "GELU": F.gelu,
        "GELUTanh": lambda x: F.gelu(x, approximate="tanh"),
        "Softsign": F.softsign,
        "Softmax": lambda x: torch.softmax(x, 0),
        "LogSoftmax": lambda x: torch.log_softmax(x, 0),
        "Softmin": lambda x: F.softmin(x, 0),
    }


def main():
    args = sys.argv[1:]
    options = {}
    for name in ("--dtype", "--functions", "--median"):
        if name in args:
            i = args.index(name)
            options[name] = args[i + 1]
            del args[i:i + 2]
    sizes = [int(s) for s in (args[0] if args else "1024,65536,1048576").split(",")]
    dtypes = [np.dtype(options["--dtype"]).type] if "--dtype" in options else [np.float32, np.float64]
    wanted = set(options["--functions"].split(",")) if "--functions" in options else None
    if "--median" in options:
        repeats = int(options["--median"])
        timer = lambda function: median_seconds(function, repeats)
    else:
        timer = best_seconds
    numpy_functions = {k: v for k, v in NUMPY.items() if wanted is None or k in wanted}
    torch_functions = {k: v for k, v in TORCH.items() if wanted is None or k in wanted}
    print(f"numpy {np.__version__}" + (f", torch {torch.__version__} ({torch.get_num_threads()} thread)" if torch else ", torch not installed"))
    print(f"{'library':<6} {'dtype':<8} {'function':<10} {'N':>8} {'ms':>9} {'ns/elem':>8} {'x copy':>7}")
    rng = np.random.default_rng(12345)
    for dtype in dtypes:
        for n in sizes:
            x = (rng.random(n) * 16 - 8).astype(dtype)
            copy = timer(lambda: x.copy())
            for name, function in numpy_functions.items():
                seconds = timer(lambda: function(x))
                print(f"{'numpy':<6} {np.dtype(dtype).name:<8} {name:<10} {n:>8} {seconds * 1e3:>9.4f} "
                      f"{seconds * 1e9 / n:>8.3f} {seconds / copy:>7.2f}")
            if torch_functions:
                xt = torch.from_numpy(x)
                copy_t = timer(lambda: xt.clone())
                for name, function in torch_functions.items():
                    seconds = timer(lambda: function(xt))
                    print(f"{'torch':<6} {np.dtype(dtype).name:<8} {name:<10} {n:>8} {seconds * 1e3:>9.4f} "
                          f"{seconds * 1e9 / n:>8.3f} {seconds / copy_t:>7.2f}")


if __name__ == "__main__":
    main()
