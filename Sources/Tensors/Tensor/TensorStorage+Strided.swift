import Activations

extension TensorStorage {
    /// The elements of a tensor of shape `target` (row-major) where element `index` reads this
    /// storage at `Σ index[d] · strides[d]`: broadcasting (a zero stride repeats an element) and
    /// transposing (swapped strides), copied in one pass without an index array.
    func strided(shape target: [Int], strides: [Int]) -> TensorStorage {
        switch self {
        case .float32(let a): .float32(Self.strided(a, shape: target, strides: strides))
        case .float64(let a): .float64(Self.strided(a, shape: target, strides: strides))
        case .int64(let a): .int64(Self.strided(a, shape: target, strides: strides))
        case .bool(let a): .bool(Self.strided(a, shape: target, strides: strides))
        }
    }

    /// The walk behind ``strided(shape:strides:)``, specialised per element type: the last
    /// dimension is a run (a fill when its stride is 0), the others advance a multi-index.
    private static func strided<T>(_ a: [T], shape target: [Int], strides: [Int]) -> [T] {
        let total = target.reduce(1, *)
        guard total > 0 else { return [] }
        let inner = target.last ?? 1
        let innerStride = strides.last ?? 0
        return a.withUnsafeBufferPointer { source in
            [T](unsafeUninitializedCapacity: total) { out, initialized in
                let from = source.baseAddress!
                let to = out.baseAddress!
                var counter = [Int](repeating: 0, count: target.count)
                var base = 0
                var position = 0
                while position < total {
                    let run = to + position
                    switch innerStride {
                    case 0: run.initialize(repeating: from[base], count: inner)
                    case 1: run.initialize(from: from + base, count: inner)
                    default: for j in 0..<inner { (run + j).initialize(to: from[base + j * innerStride]) }
                    }
                    position += inner
                    // Advance the multi-index over every dimension but the last.
                    var d = target.count - 2
                    while d >= 0 {
                        counter[d] += 1
                        base += strides[d]
                        if counter[d] < target[d] { break }
                        base -= strides[d] * counter[d]
                        counter[d] = 0
                        d -= 1
                    }
                }
                initialized = total
            }
        }
    }
}
