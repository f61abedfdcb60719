import Activations

/// Reductions keep a fixed summation order (and accumulate `Float` in `Double`), so results are the
/// same bits on every machine and for every thread count.
enum Reduction {
    /// Sums `x` viewed as `[outer, n, inner]` over the middle dimension, in `Double`, `k` ascending.
    /// Full sums (`inner == 1`) use eight fixed lanes combined by a fixed tree, which is both faster
    /// and more accurate than one running sum.
    static func sum<T: BinaryFloatingPoint>(_ x: UnsafeBufferPointer<T>, outer: Int, n: Int, inner: Int) -> [Double] {
        var out = [Double](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            let base = o * n * inner
            if inner == 1 {
                var lanes = SIMD8<Double>()
                var k = 0
                while k + 8 <= n {
                    var v = SIMD8<Double>()
                    for j in 0..<8 { v[j] = Double(x[base + k + j]) }
                    lanes += v
                    k += 8
                }
                var tail = 0.0
                while k < n {
                    tail += Double(x[base + k])
                    k += 1
                }
                out[o] =
                    ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]))
                    + tail
            } else {
                out.withUnsafeMutableBufferPointer { acc in
                    for k in 0..<n {
                        let row = base + k * inner
                        for i in 0..<inner { acc[o * inner + i] += Double(x[row + i]) }
                    }
                }
            }
        }
        return out
    }

    /// The `[outer, n, inner]` view of `shape` around dimension `dim`.
    static func split(_ shape: [Int], _ dim: Int) -> (outer: Int, n: Int, inner: Int) {
        (shape[..<dim].reduce(1, *), shape[dim], shape[(dim + 1)...].reduce(1, *))
    }
}

extension Tensor {
    /// Sums over `[outer, n, inner]`, result in `dtype` (ints summed exactly in `Int64`).
    private func rawSum(outer: Int, n: Int, inner: Int, outShape: [Int]) -> Tensor {
        let storage: TensorStorage
        switch self.storage {
        case .float32(let a):
            storage = .float32(
                a.withUnsafeBufferPointer { Reduction.sum($0, outer: outer, n: n, inner: inner) }.map { Float($0) })
        case .float64(let a):
            storage = .float64(a.withUnsafeBufferPointer { Reduction.sum($0, outer: outer, n: n, inner: inner) })
        case .int64, .bool:
            guard case .int64(let a) = self.storage.converted(to: .int64) else { fatalError("unreachable") }
            var out = [Int64](repeating: 0, count: outer * inner)
            for o in 0..<outer {
                for k in 0..<n {
                    for i in 0..<inner { out[o * inner + i] &+= a[(o * n + k) * inner + i] }
                }
            }
            storage = .int64(out)
        }
        return Tensor(shape: outShape, storage: storage)
    }

    /// The sum of all elements (a 0-d tensor; integers and booleans sum to `int64`), like torch.
    public func sum() -> Tensor {
        let source = shape
        return rawSum(outer: 1, n: count, inner: 1, outShape: []).recorded("SumBackward0", [self]) { g in
            [g.expand(source)]
        }
    }

    /// Sums along `dim`, dropping it unless `keepDim`.
    public func sum(dim: Int, keepDim: Bool = false) -> Tensor {
        let d = normalizedDim(dim)
        let (outer, n, inner) = Reduction.split(shape, d)
        var kept = shape
        kept[d] = 1
        let outShape = keepDim ? kept : shape.enumerated().filter { $0.offset != d }.map(\.element)
        let source = shape
        return rawSum(outer: outer, n: n, inner: inner, outShape: outShape).recorded("SumBackward1", [self]) { g in
            [g.reshape(shape: kept).expand(source)]
        }
    }

    /// The mean of all elements. Integer and boolean tensors give a `float32` mean (torch refuses
    /// them; here `(x > 0).mean()` is the fraction of positive elements, as a user expects).
    public func mean() -> Tensor {
        let source = shape
        let n = Double(count)
        let base = dtype.isFloatingPoint ? self : converted(to: .float32)
        // Sum in Double, divide once, round once: as close to the true mean as the dtype allows.
        let total: Double
        switch base.storage {
        case .float32(let a): total = a.withUnsafeBufferPointer { Reduction.sum($0, outer: 1, n: a.count, inner: 1) }[0]
        case .float64(let a): total = a.withUnsafeBufferPointer { Reduction.sum($0, outer: 1, n: a.count, inner: 1) }[0]
        default: fatalError("unreachable")
        }
        let result = Tensor(shape: [], storage: .fromDoubles([total / n], dtype: base.dtype))
        return result.recorded("MeanBackward0", [base]) { g in [(g / n).expand(source)] }
    }

    /// The mean along `dim`, dropping it unless `keepDim`.
    public func mean(dim: Int, keepDim: Bool = false) -> Tensor {
        let base = dtype.isFloatingPoint ? self : converted(to: .float32)
        let d = normalizedDim(dim)
        let n = Double(shape[d])
        let (outer, _, inner) = Reduction.split(shape, d)
        var kept = shape
        kept[d] = 1
        let outShape = keepDim ? kept : shape.enumerated().filter { $0.offset != d }.map(\.element)
        let sums: [Double]
        switch base.storage {
        case .float32(let a):
            sums = a.withUnsafeBufferPointer { Reduction.sum($0, outer: outer, n: Int(n), inner: inner) }
        case .float64(let a):
            sums = a.withUnsafeBufferPointer { Reduction.sum($0, outer: outer, n: Int(n), inner: inner) }
        default: fatalError("unreachable")
        }
        let result = Tensor(shape: outShape, storage: .fromDoubles(sums.map { $0 / n }, dtype: base.dtype))
        let source = shape
        return result.recorded("MeanBackward1", [base]) { g in [(g / n).reshape(shape: kept).expand(source)] }
    }

    /// The largest element (NaN if any element is NaN), like torch's `max()`. Its gradient is shared
    /// evenly between tied maxima, as in torch.
    public func max() -> Tensor { extreme(largest: true) }

    /// The smallest element (NaN if any element is NaN), like torch's `min()`.
    public func min() -> Tensor { extreme(largest: false) }

    private func extreme(largest: Bool) -> Tensor {
        usageCheck(
            count > 0,
            "\(largest ? "max" : "min")(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."
        )
        let values = scalars
        var best = values[0]
        for v in values.dropFirst() where !best.isNaN {
            if v.isNaN || (largest ? v > best : v < best) { best = v }
        }
        let result = Tensor(shape: [], storage: .fromDoubles([best], dtype: dtype))
        return result.recorded(largest ? "MaxBackward1" : "MinBackward1", [self]) { g in
            let mask = (self == best).converted(to: g.dtype)
            return [mask * g / mask.sum()]
        }
    }

    /// Largest values along `dim` and their indices (first occurrence), like `torch.max(x, dim)`.
    public func max(dim: Int, keepDim: Bool = false) -> (values: Tensor, indices: Tensor) {
        extreme(dim: dim, keepDim: keepDim, largest: true)
    }

    /// Smallest values along `dim` and their indices (first occurrence), like `torch.min(x, dim)`.
    public func min(dim: Int, keepDim: Bool = false) -> (values: Tensor, indices: Tensor) {
        extreme(dim: dim, keepDim: keepDim, largest: false)
    }

    private func extreme(dim: Int, keepDim: Bool, largest: Bool) -> (values: Tensor, indices: Tensor) {
        let d = normalizedDim(dim)
        let (outer, n, inner) = Reduction.split(shape, d)
        usageCheck(n > 0, "\(largest ? "max" : "min")(): Expected reduction dim \(d) to have non-zero size.")
        let x = scalars
        var best = [Double](repeating: 0, count: outer * inner)
        var bestIndex = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var b = x[o * n * inner + i]
                var at = 0
                for k in 1..<n where !b.isNaN {
                    let v = x[(o * n + k) * inner + i]
                    if v.isNaN || (largest ? v > b : v < b) {
                        b = v
                        at = k
                    }
                }
                best[o * inner + i] = b
                bestIndex[o * inner + i] = at
            }
        }
        var kept = shape
        kept[d] = 1
        let outShape = keepDim ? kept : shape.enumerated().filter { $0.offset != d }.map(\.element)
        let indices = Tensor(shape: outShape, storage: .int64(bestIndex.map { Int64($0) }))
        let source = shape
        let values = Tensor(shape: outShape, storage: .fromDoubles(best, dtype: dtype))
            .recorded(largest ? "MaxBackward0" : "MinBackward0", [self]) { g in
                var grad = [Double](repeating: 0, count: source.reduce(1, *))
                let gv = g.scalars
                for o in 0..<outer {
                    for i in 0..<inner { grad[(o * n + bestIndex[o * inner + i]) * inner + i] = gv[o * inner + i] }
                }
                return [Tensor(shape: source, storage: .fromDoubles(grad, dtype: g.dtype))]
            }
        return (values, indices)
    }

    /// Index of the largest element along `dim` (first occurrence), an `int64` tensor.
    public func argmax(dim: Int, keepDim: Bool = false) -> Tensor { noGrad { max(dim: dim, keepDim: keepDim).indices } }

    /// Index of the largest element of the flattened tensor, a 0-d `int64` tensor.
    public func argmax() -> Tensor { noGrad { flatten().max(dim: 0).indices } }

    /// Index of the smallest element along `dim` (first occurrence), an `int64` tensor.
    public func argmin(dim: Int, keepDim: Bool = false) -> Tensor { noGrad { min(dim: dim, keepDim: keepDim).indices } }

    /// The Euclidean norm of all elements, like `torch.linalg.vector_norm` / `x.norm()`.
    public func norm() -> Tensor {
        let base = dtype.isFloatingPoint ? self : converted(to: .float32)
        let squares = base.scalars.map { $0 * $0 }
        let total = squares.withUnsafeBufferPointer { Reduction.sum($0, outer: 1, n: squares.count, inner: 1) }[0]
        let result = Tensor(shape: [], storage: .fromDoubles([total.squareRoot()], dtype: base.dtype))
        return result.recorded("LinalgVectorNormBackward0", [base]) { g in
            // The subgradient at the zero vector is zero, as in torch.
            let n = result.item()
            return [n == 0 ? base * 0 : base * (g / n)]
        }
    }

    /// The variance of all elements; unbiased (divides by `count - 1`) unless `unbiased` is false,
    /// like torch's `var()`.
    public func `var`(unbiased: Bool = true) -> Tensor {
        let base = dtype.isFloatingPoint ? self : converted(to: .float32)
        let (m, ss) = base.meanAndSquaredDeviations()
        let divisor = Double(count - (unbiased ? 1 : 0))
        let result = Tensor(shape: [], storage: .fromDoubles([ss / divisor], dtype: base.dtype))
        return result.recorded("VarBackward0", [base]) { g in [(base - m) * (g * (2 / divisor))] }
    }

    /// The standard deviation of all elements; unbiased unless `unbiased` is false, like torch's `std()`.
    public func std(unbiased: Bool = true) -> Tensor {
        let base = dtype.isFloatingPoint ? self : converted(to: .float32)
        let (m, ss) = base.meanAndSquaredDeviations()
        let divisor = Double(count - (unbiased ? 1 : 0))
        let s = (ss / divisor).squareRoot()
        let result = Tensor(shape: [], storage: .fromDoubles([s], dtype: base.dtype))
        return result.recorded("StdBackward0", [base]) { g in [(base - m) * (g / (divisor * s))] }
    }

    /// The mean and the sum of squared deviations from it, both in `Double`, two passes.
    private func meanAndSquaredDeviations() -> (Double, Double) {
        let x = scalars
        let m = x.withUnsafeBufferPointer { Reduction.sum($0, outer: 1, n: x.count, inner: 1) }[0] / Double(x.count)
        let d = x.map { ($0 - m) * ($0 - m) }
        return (m, d.withUnsafeBufferPointer { Reduction.sum($0, outer: 1, n: d.count, inner: 1) }[0])
    }
}
