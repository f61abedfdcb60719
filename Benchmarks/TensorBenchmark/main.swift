// Times one forward and backward pass of a 3-layer MLP (batch 256, width 512, Float) on our Tensor
// API: three `linear` layers with ReLU between them and a mean-squared-error loss, then
// `backward()`. Also times the parts (one 256×512×512 matmul, one ReLU forward) to show where the
// time goes. Prints tab-separated rows `case<TAB>wall seconds<TAB>CPU seconds` (CPU time of the
// whole process: both cores' work when a kernel splits), which `Benchmarks/run-tensor` merges with
// the NumPy timings of `Benchmarks/tensor_numpy.py`.
// Usage: TensorBenchmark [runs] (default 30). BENCHMARK_STATISTIC=min reports the minimum instead.
import Activations
import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let runs = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 30
let useMinimum = getenv("BENCHMARK_STATISTIC").map { String(cString: $0) } == "min"

/// The time of `clock` in seconds.
func seconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Median (or minimum) wall and process CPU times of `body` after one warm-up run, tab-separated.
func measure(_ body: () -> Void) -> String {
    body()
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<runs {
        let wall = seconds(CLOCK_MONOTONIC)
        let cpu = seconds(CLOCK_PROCESS_CPUTIME_ID)
        body()
        walls.append(seconds(CLOCK_MONOTONIC) - wall)
        cpus.append(seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu)
    }
    walls.sort()
    cpus.sort()
    return useMinimum ? "\(walls[0])\t\(cpus[0])" : "\(walls[runs / 2])\t\(cpus[runs / 2])"
}

let batch = 256
let width = 512
var generator = Generator(seed: 42)
let x = Tensor.randn(batch, width, generator: &generator)
let target = Tensor.randn(batch, width, generator: &generator)
let bound = 1 / Double(width).squareRoot()
let layers = (0..<3).map { _ in
    (
        weight: Tensor.uniform(
            shape: [width, width], low: -bound, high: bound, generator: &generator, requiresGrad: true),
        bias: Tensor.uniform(shape: [width], low: -bound, high: bound, generator: &generator, requiresGrad: true)
    )
}

func step() -> Double {
    var h = x
    for (i, layer) in layers.enumerated() {
        h = linear(h, weight: layer.weight, bias: layer.bias)
        if i < layers.count - 1 { h = h.relu() }
    }
    let loss = (h - target).pow(2).mean()
    for layer in layers {
        layer.weight.zeroGrad()
        layer.bias.zeroGrad()
    }
    loss.backward()
    return loss.item()
}

print("mlp_forward_backward\t\(measure { _ = step() })")
let a = Tensor.randn(batch, width, generator: &generator)
let b = Tensor.randn(width, width, generator: &generator)
print("matmul_256x512x512\t\(measure { _ = a.matmul(b) })")
print("relu_256x512\t\(measure { _ = a.relu() })")
// The same pass repeated gives the same loss to the bit: kernels are deterministic.
let first = step()
let second = step()
precondition(first.bitPattern == second.bitPattern, "non-deterministic loss: \(first) vs \(second)")
print("loss\t\(first)")
