"""NumPy counterpart of Benchmarks/TensorBenchmark: a 3-layer MLP (batch 256, width 512, float32),
forward and hand-written backward, and the table that compares the two.

    OPENBLAS_NUM_THREADS=1 python3 tensor_numpy.py [--swift SWIFT.tsv] [--runs N]

Prints median milliseconds of ours and NumPy's for the whole pass and for its parts, and the ratio
ours/NumPy. Without --swift it prints NumPy's times only. Run it with OPENBLAS_NUM_THREADS=1 (as
Benchmarks/run-tensor does): the comparison is against single-threaded OpenBLAS.
"""
import argparse
import os
import statistics
import time

import numpy as np

BATCH, WIDTH = 256, 512


def measure(body, runs, use_min):
    body()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return min(times) if use_min else statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--swift")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    use_min = os.environ.get("BENCHMARK_STATISTIC") == "min"

    rng = np.random.default_rng(42)
    x = rng.standard_normal((BATCH, WIDTH), dtype=np.float32)
    target = rng.standard_normal((BATCH, WIDTH), dtype=np.float32)
    bound = 1 / np.sqrt(WIDTH)
    layers = [(rng.uniform(-bound, bound, (WIDTH, WIDTH)).astype(np.float32),
               rng.uniform(-bound, bound, WIDTH).astype(np.float32)) for _ in range(3)]

    def step():
        # Forward: h = x W^T + b, ReLU between layers; loss = mean((h - target)^2).
        inputs, pre = [], []
        h = x
        for i, (w, b) in enumerate(layers):
            inputs.append(h)
            z = h @ w.T + b
            pre.append(z)
            h = np.maximum(z, 0) if i < len(layers) - 1 else z
        diff = h - target
        loss = np.mean(diff * diff)
        # Backward, by hand.
        g = (2.0 / diff.size) * diff
        grads = []
        for i in reversed(range(len(layers))):
            w, _ = layers[i]
            if i < len(layers) - 1:
                g = g * (pre[i] > 0)
            grads.append((g.T @ inputs[i], g.sum(axis=0)))
            g = g @ w
        return loss

    a = rng.standard_normal((BATCH, WIDTH), dtype=np.float32)
    b = rng.standard_normal((WIDTH, WIDTH), dtype=np.float32)
    numpy_times = {
        "mlp_forward_backward": measure(step, args.runs, use_min),
        "matmul_256x512x512": measure(lambda: a @ b, args.runs, use_min),
        "relu_256x512": measure(lambda: np.maximum(a, 0), args.runs, use_min),
    }
    swift_times = {}
    if args.swift:
        with open(args.swift) as f:
            for line in f:
                name, value = line.rstrip("\n").split("\t")
                if name != "loss":
                    swift_times[name] = float(value)
    print(f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}, numpy {np.__version__}")
    print(f"{'case':<24}{'ours ms':>10}{'numpy ms':>10}{'ratio':>8}")
    for name, t in numpy_times.items():
        ours = swift_times.get(name)
        ours_text = f"{ours * 1e3:10.3f}" if ours is not None else f"{'-':>10}"
        ratio = f"{ours / t:8.2f}" if ours is not None else f"{'-':>8}"
        print(f"{name:<24}{ours_text}{t * 1e3:10.3f}{ratio}")


if __name__ == "__main__":
    main()
