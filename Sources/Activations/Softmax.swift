#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// softmax(x)ᵢ = e^{xᵢ} / Σⱼ e^{xⱼ} over a whole vector, vectorised like the `Float` form below (the
/// exponentials through ``DoubleKernels``).
///
/// Shifted by the maximum first, so no input overflows: softmax([1000, 1001, 1002]) is finite.
/// Limits instead of PyTorch's NaN: entries equal to +∞ share the whole mass equally. A NaN anywhere,
/// or every entry −∞, gives NaN everywhere. The empty vector gives the empty vector.
public func softmax(_ x: [Double]) -> [Double] {
    VectorSoftmax.run(x, logarithmic: false)
}

/// softmax for `Float`: three vectorised passes (maximum; exponentials and their sum; scaling in
/// place), each on all cores for long vectors. The sum is accumulated in fixed blocks in a fixed order, so the
/// result does not depend on the number of cores.
public func softmax(_ x: [Float]) -> [Float] {
    VectorSoftmax.run(x, logarithmic: false)
}

/// logSoftmax(x)ᵢ = xᵢ − ln Σⱼ e^{xⱼ}, computed as (xᵢ − m) − ln Σⱼ e^{xⱼ − m} with m = max x, so it
/// is exact where softmax would underflow to 0 (logSoftmax([0, −1000]) = [0, −1000]).
/// Entries equal to +∞ give −ln k (k of them), the others −∞; NaN as for `softmax`.
public func logSoftmax(_ x: [Double]) -> [Double] {
    VectorSoftmax.run(x, logarithmic: true)
}

/// logSoftmax for `Float`, vectorised like `softmax(_: [Float])`.
public func logSoftmax(_ x: [Float]) -> [Float] {
    VectorSoftmax.run(x, logarithmic: true)
}

/// The passes shared by the four public functions.
enum VectorSoftmax {
    /// Elements per partial sum: small enough for a tight sum in `Float` lanes, and fixed so that
    /// threads never change the order of additions.
    static let block = 256

    static func run<T: SoftmaxElement>(_ x: [T], logarithmic: Bool) -> [T] {
        if x.isEmpty { return [] }
        let (maximum, hasNaN) = T.maximum(x)
        if hasNaN || maximum == -.infinity { return [T](repeating: .nan, count: x.count) }
        if maximum == .infinity {
            let k = T(x.lazy.filter { $0 == .infinity }.count)
            let top: T = logarithmic ? -T.logarithm(k) : 1 / k
            let rest: T = logarithmic ? -.infinity : 0
            return x.map { $0 == .infinity ? top : rest }
        }
        if logarithmic {
            let sum = partialSums(x.count) { start, end in T.sumOfExponentials(x, maximum, start, end) }
            let offset = T(Double.logarithm(sum))
            return Elementwise.map(x, cost: .trivial, Shift(maximum: maximum, offset: offset))
        }
        // One fresh array: the exponentials are written into the result and scaled in place.
        return x.withUnsafeBufferPointer { source in
            [T](unsafeUninitializedCapacity: x.count) { result, initialized in
                let from = source.baseAddress!
                let to = result.baseAddress!
                Elementwise.adviseHugePages(to, bytes: x.count * MemoryLayout<T>.stride)
                let sum = partialSums(x.count) { start, end in T.storeExponentials(from, to, maximum, start, end) }
                let scale = T(1 / sum)
                Elementwise.forEachChunk(count: x.count, cost: .trivial) { start, end in
                    for i in start..<end { to[i] *= scale }
                }
                initialized = x.count
            }
        }
    }

    /// (x − max) − ln Σ e^{x − max}.
    struct Shift<T: BinaryFloatingPoint>: ElementKernel {
        let maximum, offset: T
        func callAsFunction(_ x: T) -> T { (x - maximum) - offset }
    }

    /// Σ of `blockSum(start, end)` over consecutive blocks of `block` elements, blocks computed on
    /// all cores for long vectors but always added in index order.
    static func partialSums(_ count: Int, _ blockSum: (Int, Int) -> Double) -> Double {
        let blocks = (count + block - 1) / block
        var sums = [Double](repeating: 0, count: blocks)
        sums.withUnsafeMutableBufferPointer { sums in
            let out = sums.baseAddress!
            let parallel = count >= ElementCost.transcendental.parallelThreshold
            Elementwise.forEachChunk(count: blocks, parallel: parallel) { first, last in
                for b in first..<last {
                    out[b] = blockSum(b * block, Swift.min(count, (b + 1) * block))
                }
            }
        }
        return sums.reduce(0, +)
    }
}

/// What the softmax passes need from an element type.
protocol SoftmaxElement: BinaryFloatingPoint {
    /// The largest element and whether any element is NaN.
    static func maximum(_ x: [Self]) -> (Self, Bool)
    /// Σ e^{xᵢ − m} over start..<end, in `Double`.
    static func sumOfExponentials(_ x: [Self], _ m: Self, _ start: Int, _ end: Int) -> Double
    /// Writes e^{xᵢ − m} over start..<end and returns their sum.
    static func storeExponentials(
        _ x: UnsafePointer<Self>, _ y: UnsafeMutablePointer<Self>, _ m: Self, _ start: Int, _ end: Int
    ) -> Double
    static func logarithm(_ x: Self) -> Self
}

/// The sums shared by `Float` and `Double`: 16 lanes at a time, so the loops vectorise without
/// reordering additions behind our back (the lane order is fixed, so the result does not depend on the
/// machine).
extension SoftmaxElement where Self: SIMDScalar {
    static func sumOfExponentials(_ x: [Self], _ m: Self, _ start: Int, _ end: Int) -> Double {
        // Through a small stack buffer, so the exponentials are computed by the same vectorised loop.
        withUnsafeTemporaryAllocation(of: Self.self, capacity: end - start) { buffer in
            x.withUnsafeBufferPointer { x in
                storeExponentials(x.baseAddress! + start, buffer.baseAddress!, m, 0, end - start)
            }
        }
    }

    /// Σ y[start..<end]: 16 lane sums in `Self`, then the tail in `Double`.
    static func laneSum(_ y: UnsafePointer<Self>, _ start: Int, _ end: Int) -> Double {
        var lanes = SIMD16<Self>()
        var i = start
        while i + 16 <= end {
            lanes += UnsafeRawPointer(y + i).loadUnaligned(as: SIMD16<Self>.self)
            i += 16
        }
        var s = Double(lanes.sum())
        while i < end {
            s += Double(y[i])
            i += 1
        }
        return s
    }
}

extension Double: SoftmaxElement {
    // A plain loop: 16 lanes of `Double` with 64-bit masks compile to scalar code on baseline x86-64,
    // several times slower than this.
    static func maximum(_ x: [Double]) -> (Double, Bool) {
        var m = -Double.infinity
        for v in x {
            if v.isNaN { return (.nan, true) }
            if v > m { m = v }
        }
        return (m, false)
    }

    static func storeExponentials(
        _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ m: Double, _ start: Int, _ end: Int
    ) -> Double {
        for i in start..<end { y[i] = DoubleKernels.exp(x[i] - m) }
        return laneSum(y, start, end)
    }

    static func logarithm(_ x: Double) -> Double { log(x) }
}

extension Float: SoftmaxElement {
    static func maximum(_ x: [Float]) -> (Float, Bool) {
        x.withUnsafeBufferPointer { x in
            let n = x.count
            let p = x.baseAddress!
            var m = SIMD16<Float>(repeating: -.infinity)
            var nan = SIMDMask<SIMD16<Int32>>()
            var i = 0
            while i + 16 <= n {
                let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<Float>.self)
                m.replace(with: v, where: v .> m)
                nan .|= v .!= v
                i += 16
            }
            var result = m.max()
            var hasNaN = any(nan)
            while i < n {
                if p[i].isNaN { hasNaN = true }
                if p[i] > result { result = p[i] }
                i += 1
            }
            return (result, hasNaN)
        }
    }

    static func storeExponentials(
        _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ m: Float, _ start: Int, _ end: Int
    ) -> Double {
        if let wide = WideKernels.shiftedExp {
            wide(x + start, y + start, end - start, m)
        } else {
            for i in start..<end { y[i] = FloatMath.exp(x[i] - m) }
        }
        return laneSum(y, start, end)
    }

    static func logarithm(_ x: Float) -> Float { Float(Double.logarithm(Double(x))) }
}
