"""NumPy counterpart of Benchmarks/TensorBenchmark: a 3-layer MLP (batch 256, width 512, float32),
forward and hand-written backward, and the table that compares the two.

    OPENBLAS_NUM_THREADS=1 python3 tensor_numpy.py [--swift SWIFT.tsv] [--runs N]

Prints median wall milliseconds of ours and NumPy's for the whole pass and for its parts, the ratio
ours/NumPy, and the same for process CPU time (ours may use both cores; NumPy uses one, so the CPU
ratio compares work done per core). Without --swift it prints NumPy's times only. Run it with OPENBLAS_NUM_THREADS=1 (as
Benchmarks/run-tensor does): the comparison is against single-threaded OpenBLAS.
"""
import argparse
import os
import statistics
import time

import numpy as np

BATCH, WIDTH = 256, 512


def measure(body, runs, use_min):
    """Median (or minimum) wall and process CPU seconds of body() after one warm-up call."""
    body()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        body()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    pick = min if use_min else statistics.median
    return pick(walls), pick(cpus)


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
                fields = line.rstrip("\n").split("\t")
                if fields[0] != "loss":
                    swift_times[fields[0]] = (float(fields[1]), float(fields[2]))
    print(f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}, numpy {np.__version__}, "
          f"{'minimum' if use_min else 'median'} of {args.runs} runs")
    print(f"{'case':<24}{'ours ms':>10}{'numpy ms':>10}{'ratio':>8}{'ours cpu':>10}{'numpy cpu':>10}{'ratio':>8}")
    for name, (wall, cpu) in numpy_times.items():
        row = f"{name:<24}"
        ours = swift_times.get(name)
        if ours is None:
            row += f"{'-':>10}{wall * 1e3:10.3f}{'-':>8}{'-':>10}{cpu * 1e3:10.3f}{'-':>8}"
        else:
            row += f"{ours[0] * 1e3:10.3f}{wall * 1e3:10.3f}{ours[0] / wall:8.2f}"
            row += f"{ours[1] * 1e3:10.3f}{cpu * 1e3:10.3f}{ours[1] / max(cpu, 1e-9):8.2f}"
        print(row)


if __name__ == "__main__":
    main()
