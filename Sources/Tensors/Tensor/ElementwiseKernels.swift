import Activations

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `Float` and `Double`, with their maths functions, so kernels can be written once and specialised
/// for both. `Float.exp` is the library's own ``FloatMath/exp(_:)``; the others come from the C
/// library, whose results could differ in the last bit on another libm (glibc picks FMA-compiled
/// variants at run time on CPUs that have FMA; those are meant to agree but this is not guaranteed).
protocol TensorFloat: BinaryFloatingPoint, SIMDScalar, Sendable, Codable {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    static func wrap(_ values: [Self]) -> TensorStorage
}

extension Float: TensorFloat {
    // Our own exp (≤ 1 ulp, only + − × ÷): the same bits on every machine, and it vectorises.
    static func exp(_ x: Float) -> Float { FloatMath.exp(x) }
    static func log(_ x: Float) -> Float { logf(x) }
    static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    static func wrap(_ values: [Float]) -> TensorStorage { .float32(values) }
}

extension Double: TensorFloat {
    static func exp(_ x: Double) -> Double { cExp(x) }
    static func log(_ x: Double) -> Double { cLog(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
    static func wrap(_ values: [Double]) -> TensorStorage { .float64(values) }
}

// File-scope wrappers: inside `extension Double`, `exp` would name the static requirement itself.
private func cExp(_ x: Double) -> Double { exp(x) }
private func cLog(_ x: Double) -> Double { log(x) }
private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }

/// An element-wise binary operation, specialised (not called through a closure) in the kernels.
protocol BinaryOperation {
    static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T
    static func apply(_ a: Int64, _ b: Int64) -> Int64
}

enum AddOp: BinaryOperation {
    @inline(__always) static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T { a + b }
    @inline(__always) static func apply(_ a: Int64, _ b: Int64) -> Int64 { a &+ b }
}

enum SubOp: BinaryOperation {
    @inline(__always) static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T { a - b }
    @inline(__always) static func apply(_ a: Int64, _ b: Int64) -> Int64 { a &- b }
}

enum MulOp: BinaryOperation {
    @inline(__always) static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T { a * b }
    @inline(__always) static func apply(_ a: Int64, _ b: Int64) -> Int64 { a &* b }
}

enum DivOp: BinaryOperation {
    @inline(__always) static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T { a / b }
    // Never reached: true division promotes integers to float32 first.
    @inline(__always) static func apply(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? 0 : a / b }
}

enum PowOp: BinaryOperation {
    @inline(__always) static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T { T.pow(a, b) }
    static func apply(_ a: Int64, _ b: Int64) -> Int64 {
        guard b >= 0 else { return a == 1 ? 1 : (a == -1 ? (b % 2 == 0 ? 1 : -1) : 0) }
        var result: Int64 = 1
        var base = a
        var e = b
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            base = base &* base
            e >>= 1
        }
        return result
    }
}

/// `max` that propagates NaN, as torch's `maximum` does.
enum MaximumOp: BinaryOperation {
    @inline(__always) static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T {
        a.isNaN || a > b ? a : (b.isNaN ? b : (a == b ? a : b))
    }
    @inline(__always) static func apply(_ a: Int64, _ b: Int64) -> Int64 { Swift.max(a, b) }
}

/// `min` that propagates NaN, as torch's `minimum` does.
enum MinimumOp: BinaryOperation {
    @inline(__always) static func apply<T: TensorFloat>(_ a: T, _ b: T) -> T {
        a.isNaN || a < b ? a : (b.isNaN ? b : (a == b ? a : b))
    }
    @inline(__always) static func apply(_ a: Int64, _ b: Int64) -> Int64 { Swift.min(a, b) }
}

/// Element-wise kernels over equal-length arrays or an array and one scalar (count 1).
enum Kernels {
    static func binary<Op: BinaryOperation, T: TensorFloat>(_: Op.Type, _ a: [T], _ b: [T]) -> [T] {
        let n = max(a.count, b.count)
        return [T](unsafeUninitializedCapacity: n) { out, initialized in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    let o = out.baseAddress!
                    let x = pa.baseAddress!
                    let y = pb.baseAddress!
                    Elementwise.forEachChunk(count: n, cost: .trivial) { lo, hi in
                        let range = lo..<hi
                        if pa.count == pb.count {
                            for i in range { o[i] = Op.apply(x[i], y[i]) }
                        } else if pa.count == 1 {
                            let s = x[0]
                            for i in range { o[i] = Op.apply(s, y[i]) }
                        } else {
                            let s = y[0]
                            for i in range { o[i] = Op.apply(x[i], s) }
                        }
                    }
                }
            }
            initialized = n
        }
    }

    static func binary<Op: BinaryOperation>(_: Op.Type, _ a: [Int64], _ b: [Int64]) -> [Int64] {
        let n = max(a.count, b.count)
        if a.count == b.count { return (0..<n).map { Op.apply(a[$0], b[$0]) } }
        if a.count == 1 { return b.map { Op.apply(a[0], $0) } }
        return a.map { Op.apply($0, b[0]) }
    }

    /// `map` over a float array, split across cores when large. The loop is written here rather than
    /// calling `Elementwise.map`, which is generic across the module boundary: unspecialised, it
    /// moved every element through value witnesses (a sixth of a training step's time).
    @inline(__always)
    static func map<T: TensorFloat>(_ a: [T], _ f: (T) -> T) -> [T] {
        let n = a.count
        return [T](unsafeUninitializedCapacity: n) { out, initialized in
            a.withUnsafeBufferPointer { pa in
                let o = out.baseAddress
                let x = pa.baseAddress
                if n > 0 {
                    Elementwise.forEachChunk(count: n, cost: .trivial) { lo, hi in
                        for i in lo..<hi { o![i] = f(x![i]) }
                    }
                }
            }
            initialized = n
        }
    }

    /// `zip(a, b).map(f)` over equal-length float arrays, split across cores when large.
    @inline(__always)
    static func zipMap<T: TensorFloat>(_ a: [T], _ b: [T], _ f: (T, T) -> T) -> [T] {
        usageCheck(a.count == b.count, "internal error: zipMap over \(a.count) and \(b.count) elements")
        let n = a.count
        return [T](unsafeUninitializedCapacity: n) { out, initialized in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    let o = out.baseAddress
                    let x = pa.baseAddress
                    let y = pb.baseAddress
                    if n > 0 {
                        Elementwise.forEachChunk(count: n, cost: .trivial) { lo, hi in
                            let range = lo..<hi
                            for i in range { o![i] = f(x![i], y![i]) }
                        }
                    }
                }
            }
            initialized = n
        }
    }
}
