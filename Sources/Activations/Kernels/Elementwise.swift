import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How much one element costs, which decides when splitting an array across cores pays for the
/// hand-off (about 10 µs).
package enum ElementCost {
    /// A compare and a select: memory bound, worth splitting only for large arrays.
    case trivial
    /// An `exp` or a division: compute bound, worth splitting early.
    case transcendental

    var parallelThreshold: Int {
        switch self {
        case .trivial: 1 << 18
        case .transcendental: 1 << 14
        }
    }
}

/// The driver of every array form: allocates the result without zero-filling it, asks the kernel
/// for huge pages on large results, and runs the kernel over contiguous chunks on all cores.
///
/// Results never depend on the split: kernels are element-wise, so the same input gives the same
/// bytes on one core or many.
package enum Elementwise {
    /// Cores to split large arrays over (at least 1, at most 8).
    static let workers: Int = {
        let online = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return Swift.max(1, Swift.min(8, Int(online)))
    }()

    /// `kernel` applied to every element. The loop is specialised for the kernel's type, so a
    /// branch-free kernel vectorises, on every core and whatever constants the kernel holds.
    @inline(__always)
    static func map<K: ElementKernel>(_ x: [K.Element], cost: ElementCost, _ kernel: K) -> [K.Element] {
        apply(x, cost: cost) { source, result, count in run(kernel, source, result, count) }
    }

    /// `f` applied to every element. A closure that captures values can stay opaque to the optimiser
    /// once the work is split across threads (a call per element): hot paths pass an `ElementKernel`.
    @inline(__always)
    package static func map<T>(_ x: [T], cost: ElementCost, _ f: (T) -> T) -> [T] {
        apply(x, cost: cost) { source, result, count in
            for i in 0..<count { result[i] = f(source[i]) }
        }
    }

    /// The loop itself, one specialisation per kernel type.
    static func run<K: ElementKernel>(
        _ kernel: K, _ source: UnsafePointer<K.Element>, _ result: UnsafeMutablePointer<K.Element>, _ count: Int
    ) {
        for i in 0..<count { result[i] = kernel(source[i]) }
    }

    /// Runs `kernel(source, result, count)` over chunks of `x`, writing a fresh array.
    @inline(__always)
    static func apply<T>(
        _ x: [T], cost: ElementCost, _ kernel: (UnsafePointer<T>, UnsafeMutablePointer<T>, Int) -> Void
    ) -> [T] {
        let n = x.count
        if n == 0 { return [] }
        return x.withUnsafeBufferPointer { source in
            [T](unsafeUninitializedCapacity: n) { result, initialized in
                let from = source.baseAddress!
                let to = result.baseAddress!
                adviseHugePages(to, bytes: n * MemoryLayout<T>.stride)
                forEachChunk(count: n, parallel: n >= cost.parallelThreshold) { start, end in
                    kernel(from + start, to + start, end - start)
                }
                initialized = n
            }
        }
    }

    /// Calls `body(start, end)` for consecutive ranges covering `0..<count` elements, on all cores
    /// when there are enough of them for `cost`.
    @inline(__always)
    package static func forEachChunk(count: Int, cost: ElementCost, _ body: (Int, Int) -> Void) {
        forEachChunk(count: count, parallel: count >= cost.parallelThreshold, body)
    }

    /// Calls `body(start, end)` for consecutive ranges covering `0..<count`, on all cores if
    /// `parallel`. Chunk borders are multiples of 64 elements (whole cache lines).
    @inline(__always)
    package static func forEachChunk(count: Int, parallel: Bool, _ body: (Int, Int) -> Void) {
        let parts = parallel ? Swift.min(workers, Swift.max(1, count / 64)) : 1
        if parts == 1 {
            body(0, count)
            return
        }
        let step = (count / parts + 63) & ~63
        // Each chunk writes only its own range, and concurrentPerform returns after all of them:
        // sharing the non-Sendable body across the workers is safe.
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                let start = Swift.min(count, part * step)
                let end = part == parts - 1 ? count : Swift.min(count, start + step)
                if start < end { shared.value(start, end) }
            }
        }
    }

    /// Large fresh buffers fault in 4 KiB pages one by one; huge pages halve that cost (NumPy does
    /// the same for arrays of 4 MiB and more). Advisory only: failure changes nothing.
    static func adviseHugePages(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
        #if os(Linux)
            guard bytes >= 4 << 20 else { return }
            let page = 4096
            let start = (Int(bitPattern: pointer) + page - 1) & ~(page - 1)
            let end = (Int(bitPattern: pointer) + bytes) & ~(page - 1)
            guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}

/// An element-wise function as a value: constants (a slope, α) are stored properties, and the loop
/// that applies it is specialised for its type, so it is inlined and vectorised.
protocol ElementKernel {
    associatedtype Element
    func callAsFunction(_ x: Element) -> Element
}

/// A value handed to concurrent workers whose safety the caller guarantees (disjoint writes).
package struct UncheckedSendable<Value>: @unchecked Sendable {
    package let value: Value
    package init(_ value: Value) { self.value = value }
}
