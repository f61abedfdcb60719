// The activation array paths as a lesson program calls them: `Benchmarks/run-activations` compiles this file
// as the engine compiles a lesson (swiftc without -O, so -Onone, against the release LessonRuntime library)
// and prints rows in ActivationsBenchmark's format, the case named `Name@path`:
// - `@lesson`: the concrete type (`Sigmoid()(x)`), `@lesson-any`: through `any Activation`,
//   `@lesson-generic`: through a generic function of this unoptimised program;
// - `@tensor`: a `Tensor` with autograd, forward `f(t)` and backward (`y.backward(g)`, which is g · f′(x));
// - `@first`: the first forward call and the first derivative call of the process, timed once each (a lesson
//   calls most functions once; this is what its reader waits for).
// Usage: activations-lesson [count …] [case …], as ActivationsBenchmark.
import Activations
import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let useMinimum = getenv("BENCHMARK_STATISTIC").map { String(cString: $0) } == "min"

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func seconds(runs: Int, _ body: () -> Int) -> Double {
    var sink = body()
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        sink &+= body()
        times.append(now() - start)
    }
    precondition(sink > 0)
    times.sort()
    return useMinimum ? times[0] : times[times.count / 2]
}

/// The same values as ActivationsBenchmark's inputs: uniform in [−6, 6).
func inputs(_ count: Int) -> [Float] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var values = [Float](repeating: 0, count: count)
    for i in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        values[i] = Float(state >> 40) / Float(1 << 24) * 12 - 6
    }
    return values
}

func viaGeneric<A: Activation>(_ f: A, _ x: [Float]) -> [Float] { f(x) }
func derivativeViaGeneric<A: Activation>(_ f: A, _ x: [Float]) -> [Float] { f.derivative(x) }
func viaGeneric<A: Activation>(_ f: A, _ x: [Double]) -> [Double] { f(x) }
func derivativeViaGeneric<A: Activation>(_ f: A, _ x: [Double]) -> [Double] { f.derivative(x) }

let arguments = CommandLine.arguments.dropFirst()
let counts = arguments.compactMap { Int($0) }
let only = Set(arguments.filter { Int($0) == nil })
func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }

// The first calls of the process, before any warm-up: what a lesson that calls Sigmoid once pays.
do {
    let count = counts.first ?? 1_000_000
    let x = inputs(count)
    var start = now()
    let y = Sigmoid()(x)
    print("Sigmoid@first\tforward\t\(count)\t\(now() - start)")
    start = now()
    let d = Sigmoid().derivative(x)
    print("Sigmoid@first\tderivative\t\(count)\t\(now() - start)")
    precondition(y.count == d.count)
}

for count in counts.isEmpty ? [1_000_000, 10_000_000] : counts {
    let x = inputs(count)
    let wide = x.map(Double.init)
    let runs = count >= 10_000_000 ? 7 : 21
    func report(_ name: String, _ pass: String, _ body: () -> Int) {
        print("\(name)\t\(pass)\t\(count)\t\(seconds(runs: runs, body))")
    }
    func paths(_ name: String, _ f: some Activation) {
        guard wanted(name) else { return }
        let any: any Activation = f
        report(name + "@lesson", "forward") { f(x).count }
        report(name + "@lesson", "derivative") { f.derivative(x).count }
        report(name + "@lesson-any", "forward") { any(x).count }
        report(name + "@lesson-any", "derivative") { any.derivative(x).count }
        report(name + "@lesson-generic", "forward") { viaGeneric(f, x).count }
        report(name + "@lesson-generic", "derivative") { derivativeViaGeneric(f, x).count }
        report(name + "/f64@lesson", "forward") { f(wide).count }
        report(name + "/f64@lesson", "derivative") { f.derivative(wide).count }
        report(name + "/f64@lesson-generic", "forward") { viaGeneric(f, wide).count }
        report(name + "/f64@lesson-generic", "derivative") { derivativeViaGeneric(f, wide).count }
        let t = Tensor(x, requiresGrad: true)
        let g = Tensor.ones(shape: t.shape)
        report(name + "@tensor", "forward") { f(t).count }
        let y = f(t)  // the graph is kept, so backward can run again on it
        report(name + "@tensor", "derivative") {
            t.grad = nil
            y.backward(g)
            return t.grad!.count
        }
    }
    paths("ReLU", ReLU())
    paths("Sigmoid", Sigmoid())
    paths("Tanh", Tanh())
    paths("GELU", GELU())
    paths("Mish", Mish())
    paths("Softplus", Softplus())
}
