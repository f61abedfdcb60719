"""NumPy counterparts of Benchmarks/ActivationsBenchmark, and the table that compares them.

    python3 activations_numpy.py [--swift SWIFT.tsv] [COUNT ...] [CASE ...]

Times each NumPy expression on float32 inputs, and the cases named `…/f64` on the same values in
float64 (median wall time; every call makes a fresh array, as ours does), and prints one table: median
milliseconds of ours and NumPy's, the ratio ours/NumPy, and our time over our plain copy (the
memory-bandwidth floor; `copy/f64` for the float64 rows). Without --swift it prints NumPy's times
only. NumPy has no erf, so both GELU rows compare against the usual tanh-form expression.
"""
import argparse
import os
import statistics
import sys
import time

import numpy as np

SQRT_2_OVER_PI = np.float32(0.7978845608028654)
SELU_ALPHA = np.float32(1.6732632423543772)
SELU_SCALE = np.float32(1.0507009873554805)


def gelu_tanh(x):
    return 0.5 * x * (1 + np.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x**3)))


def gelu_tanh_derivative(x):
    t = np.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x**3))
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x * x)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_derivative(x):
    s = sigmoid(x)
    return s * (1 - s)


def softplus(x):
    return np.log1p(np.exp(x))


def mish(x):
    return x * np.tanh(softplus(x))


def mish_derivative(x):
    t = np.tanh(softplus(x))
    return t + x * sigmoid(x) * (1 - t * t)


def softmax(x):
    e = np.exp(x - x.max())
    return e / e.sum()


def log_softmax(x):
    shifted = x - x.max()
    return shifted - np.log(np.exp(shifted).sum())


ONE, SLOPE = np.float32(1), np.float32(0.01)
CASES = [
    ("copy", "forward", lambda x: x.copy()),
    ("ReLU", "forward", lambda x: np.maximum(x, 0)),
    ("ReLU", "derivative", lambda x: (x > 0).astype(np.float32)),
    ("LeakyReLU", "forward", lambda x: np.where(x > 0, x, 0.01 * x)),
    ("LeakyReLU", "derivative", lambda x: np.where(x > 0, ONE, SLOPE)),
    ("ELU", "forward", lambda x: np.where(x > 0, x, np.expm1(x))),
    ("ELU", "derivative", lambda x: np.where(x > 0, ONE, np.exp(x))),
    ("SELU", "forward", lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * np.expm1(x))),
    ("SELU", "derivative", lambda x: SELU_SCALE * np.where(x > 0, ONE, SELU_ALPHA * np.exp(x))),
    ("GELU", "forward", gelu_tanh),
    ("GELU", "derivative", gelu_tanh_derivative),
    ("GELU-tanh", "forward", gelu_tanh),
    ("GELU-tanh", "derivative", gelu_tanh_derivative),
    ("SiLU", "forward", lambda x: x * sigmoid(x)),
    ("SiLU", "derivative", lambda x: sigmoid(x) * (1 + x * (1 - sigmoid(x)))),
    ("Mish", "forward", mish),
    ("Mish", "derivative", mish_derivative),
    ("Softplus", "forward", softplus),
    ("Softplus", "derivative", sigmoid),
    ("LogSigmoid", "forward", lambda x: -softplus(-x)),
    ("LogSigmoid", "derivative", lambda x: 1 / (1 + np.exp(x))),
    ("Tanhshrink", "forward", lambda x: x - np.tanh(x)),
    ("Tanhshrink", "derivative", lambda x: np.tanh(x) ** 2),
    ("Sigmoid", "forward", sigmoid),
    ("Sigmoid", "derivative", sigmoid_derivative),
    ("Tanh", "forward", np.tanh),
    ("Tanh", "derivative", lambda x: 1 - np.tanh(x) ** 2),
    ("softmax", "forward", softmax),
    ("logSoftmax", "forward", log_softmax),
]


# float64 counterparts of the transcendental cases, with float64 constants.
CASES += [
    ("copy/f64", "forward", lambda x: x.copy()),
    ("ELU/f64", "forward", lambda x: np.where(x > 0, x, np.expm1(x))),
    ("ELU/f64", "derivative", lambda x: np.where(x > 0, 1.0, np.exp(x))),
    ("SELU/f64", "forward", lambda x: 1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * np.expm1(x))),
    ("SELU/f64", "derivative", lambda x: 1.0507009873554805 * np.where(x > 0, 1.0, 1.6732632423543772 * np.exp(x))),
    ("CELU/f64", "forward", lambda x: np.where(x > 0, x, np.expm1(x))),
    ("CELU/f64", "derivative", lambda x: np.where(x > 0, 1.0, np.exp(x))),
    ("GELU/f64", "forward", gelu_tanh),
    ("GELU/f64", "derivative", gelu_tanh_derivative),
    ("GELU-tanh/f64", "forward", gelu_tanh),
    ("GELU-tanh/f64", "derivative", gelu_tanh_derivative),
    ("Mish/f64", "forward", mish),
    ("Mish/f64", "derivative", mish_derivative),
    ("Softplus/f64", "forward", softplus),
    ("Softplus/f64", "derivative", sigmoid),
    ("LogSigmoid/f64", "forward", lambda x: -softplus(-x)),
    ("LogSigmoid/f64", "derivative", lambda x: 1 / (1 + np.exp(x))),
    ("Tanhshrink/f64", "forward", lambda x: x - np.tanh(x)),
    ("Tanhshrink/f64", "derivative", lambda x: np.tanh(x) ** 2),
    ("SiLU/f64", "forward", lambda x: x * sigmoid(x)),
    ("SiLU/f64", "derivative", lambda x: sigmoid(x) * (1 + x * (1 - sigmoid(x)))),
    ("Sigmoid/f64", "forward", sigmoid),
    ("Sigmoid/f64", "derivative", sigmoid_derivative),
    ("Tanh/f64", "forward", np.tanh),
    ("Tanh/f64", "derivative", lambda x: 1 - np.tanh(x) ** 2),
    ("softmax/f64", "forward", softmax),
    ("logSoftmax/f64", "forward", log_softmax),
]


def inputs(count):
    return np.random.default_rng(7).uniform(-6, 6, count).astype(np.float32)


def median_seconds(f, x, runs):
    """Median wall time (the minimum if BENCHMARK_STATISTIC=min, as for ours)."""
    f(x)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f(x)
        times.append(time.perf_counter() - start)
    return min(times) if os.environ.get("BENCHMARK_STATISTIC") == "min" else statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--swift", help="tab-separated output of ActivationsBenchmark")
    parser.add_argument("selection", nargs="*", help="element counts and case names (default: all)")
    args = parser.parse_args()
    args.counts = [int(a) for a in args.selection if a.isdigit()] or [1_000_000, 10_000_000]
    names = {a for a in args.selection if not a.isdigit()}
    cases = [c for c in CASES if not names or {c[0], c[0].split("/")[0]} & names or c[0].startswith("copy")]

    numpy_times = {}
    for count in args.counts:
        x = inputs(count)
        wide = x.astype(np.float64)
        runs = 11 if count >= 10_000_000 else 31
        for name, stage, f in cases:
            numpy_times[(name, stage, count)] = median_seconds(f, wide if name.endswith("/f64") else x, runs)

    ours = {}
    if args.swift:
        with open(args.swift) as rows:
            for line in rows:
                name, stage, count, seconds = line.split("\t")
                ours[(name, stage, int(count))] = float(seconds)

    statistic = "minimum" if os.environ.get("BENCHMARK_STATISTIC") == "min" else "median"
    print(f"NumPy {np.__version__}; {statistic} wall time in ms; ratio = ours / NumPy; floor = ours / our copy")
    header = f"{'function':<22} {'pass':<10} {'n':>9} {'ours':>9} {'NumPy':>9} {'ratio':>6} {'floor':>6}"
    print(header)
    print("-" * len(header))
    for name, stage, f in cases:
        # Our rows for this case: the plain one (through `any Activation`), then each other path (`Name@path`).
        paths = [""] + sorted({n[len(name):] for (n, st, _) in ours if st == stage and n.startswith(name + "@")})
        for path in paths:
            for count in args.counts:
                theirs = numpy_times[(name, stage, count)]
                mine = ours.get((name + path, stage, count))
                if path and mine is None:
                    continue
                copy = ours.get(("copy/f64" if name.endswith("/f64") else "copy", "forward", count))
                mine_text = f"{mine * 1e3:9.3f}" if mine is not None else f"{'-':>9}"
                ratio = f"{mine / theirs:6.2f}" if mine is not None else f"{'-':>6}"
                floor = f"{mine / copy:6.2f}" if mine is not None and copy else f"{'-':>6}"
                print(f"{name + path:<22} {stage:<10} {count:>9} {mine_text} {theirs * 1e3:9.3f} {ratio} {floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
