// Times the array forms of the activations on `Float` inputs, forward and derivative, through `any Activation`
// and through a generic caller (cases named `Sigmoid@generic`), and a plain array copy as the memory-bandwidth
// floor; then the transcendental ones on `Double` inputs (cases named `Sigmoid/f64`, …, with their own
// `copy/f64` floor). Prints tab-separated rows
// `case<TAB>pass<TAB>count<TAB>median seconds`, which `Benchmarks/run-activations` merges with the
// NumPy timings into one table. Usage: ActivationsBenchmark [count …] [case …] (default: counts
// 1000000 10000000, every case; a case is named as in the first column, e.g. `Tanh softmax`).
import Activations

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let useMinimum = getenv("BENCHMARK_STATISTIC").map { String(cString: $0) } == "min"

/// Monotonic wall-clock time in seconds.
func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Median wall time of `body` over `runs` runs, after one warm-up run (the minimum if the environment
/// sets BENCHMARK_STATISTIC=min, steadier on a busy machine). Each run makes a fresh result array, as
/// NumPy's functions do.
func median<T>(runs: Int, _ body: () -> [T]) -> Double {
    var sink = body().count
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let y = body()
        times.append(now() - start)
        sink &+= y.count
    }
    precondition(sink > 0)
    times.sort()
    return useMinimum ? times[0] : times[times.count / 2]
}

/// Uniform values in [−6, 6) from a fixed linear congruential sequence: the same input every run.
func inputs(_ count: Int) -> [Float] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Float(state >> 40) / Float(1 << 24) * 12 - 6
    }
}

/// A plain copy into a fresh array: one read and one write of every element, nothing else. Like
/// NumPy's copy and our kernels, it asks for huge pages on results of 4 MiB and more, so the floor
/// is not inflated by page faults that the kernels avoid.
func copy<T>(_ x: [T]) -> [T] {
    [T](unsafeUninitializedCapacity: x.count) { buffer, count in
        #if os(Linux)
            let bytes = x.count * MemoryLayout<T>.stride
            let page = 4096
            let start = (Int(bitPattern: buffer.baseAddress!) + page - 1) & ~(page - 1)
            let end = (Int(bitPattern: buffer.baseAddress!) + bytes) & ~(page - 1)
            if bytes >= 4 << 20, end > start {
                _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
            }
        #endif
        x.withUnsafeBufferPointer { source in
            buffer.baseAddress!.update(from: source.baseAddress!, count: x.count)
        }
        count = x.count
    }
}

let cases: [(String, any Activation)] = [
    ("ReLU", ReLU()),
    ("LeakyReLU", LeakyReLU()),
    ("ELU", ELU()),
    ("SELU", SELU()),
    ("GELU", GELU()),
    ("GELU-tanh", GELU(approximate: .tanh)),
    ("SiLU", SiLU()),
    ("Mish", Mish()),
    ("Softplus", Softplus()),
    ("LogSigmoid", LogSigmoid()),
    ("Tanhshrink", Tanhshrink()),
    ("Sigmoid", Sigmoid()),
    ("Tanh", Tanh()),
]

/// The `Double` cases: every transcendental activation.
let doubleCases: [(String, any Activation)] = [
    ("ELU", ELU()),
    ("SELU", SELU()),
    ("CELU", CELU()),
    ("GELU", GELU()),
    ("GELU-tanh", GELU(approximate: .tanh)),
    ("SiLU", SiLU()),
    ("Mish", Mish()),
    ("Softplus", Softplus()),
    ("LogSigmoid", LogSigmoid()),
    ("Tanhshrink", Tanhshrink()),
    ("Sigmoid", Sigmoid()),
    ("Tanh", Tanh()),
]

/// The generic path: a caller generic over the activation, opened from the existential once.
@inline(never)
func viaGeneric<A: Activation>(_ f: A, _ x: [Float]) -> [Float] { f(x) }
@inline(never)
func derivativeViaGeneric<A: Activation>(_ f: A, _ x: [Float]) -> [Float] { f.derivative(x) }

let counts = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let only = Set(CommandLine.arguments.dropFirst().filter { Int($0) == nil })
for count in counts.isEmpty ? [1_000_000, 10_000_000] : counts {
    let x = inputs(count)
    let runs = count >= 10_000_000 ? 11 : 31
    func report<T>(_ name: String, _ pass: String, _ body: () -> [T]) {
        let base = String(name.split(separator: "/")[0].split(separator: "@")[0])
        guard only.isEmpty || only.contains(name) || only.contains(base) || base == "copy" else { return }
        print("\(name)\t\(pass)\t\(count)\t\(median(runs: runs, body))")
    }
    report("copy", "forward") { copy(x) }
    for (name, f) in cases {
        report(name, "forward") { f(x) }
        report(name, "derivative") { f.derivative(x) }
        report(name + "@generic", "forward") { viaGeneric(f, x) }
        report(name + "@generic", "derivative") { derivativeViaGeneric(f, x) }
    }
    report("softmax", "forward") { softmax(x) }
    report("logSoftmax", "forward") { logSoftmax(x) }

    let wide = x.map(Double.init)
    report("copy/f64", "forward") { copy(wide) }
    for (name, f) in doubleCases {
        report(name + "/f64", "forward") { f(wide) }
        report(name + "/f64", "derivative") { f.derivative(wide) }
    }
    report("softmax/f64", "forward") { softmax(wide) }
    report("logSoftmax/f64", "forward") { logSoftmax(wide) }
}
