import Activations

/// The elements of a tensor, contiguous and row-major, in one Swift array of the tensor's dtype.
///
/// Arrays (rather than raw memory) let the activation functions' array forms run on tensor data
/// without copies, and give copy-on-write: a reshaped tensor shares its elements until either side is
/// modified in place.
enum TensorStorage {
    case float32([Float])
    case float64([Double])
    case int64([Int64])
    case bool([Bool])

    var dtype: DType {
        switch self {
        case .float32: .float32
        case .float64: .float64
        case .int64: .int64
        case .bool: .bool
        }
    }

    var count: Int {
        switch self {
        case .float32(let a): a.count
        case .float64(let a): a.count
        case .int64(let a): a.count
        case .bool(let a): a.count
        }
    }

    /// Every element as a `Double` (exact for all dtypes except integers beyond 2^53).
    var doubles: [Double] {
        switch self {
        case .float32(let a): a.map { Double($0) }
        case .float64(let a): a
        case .int64(let a): a.map { Double($0) }
        case .bool(let a): a.map { $0 ? 1 : 0 }
        }
    }

    subscript(doubleAt index: Int) -> Double {
        switch self {
        case .float32(let a): Double(a[index])
        case .float64(let a): a[index]
        case .int64(let a): Double(a[index])
        case .bool(let a): a[index] ? 1 : 0
        }
    }

    /// Elements `indices`, in that order, in the same dtype.
    func gather(_ indices: [Int]) -> TensorStorage {
        switch self {
        case .float32(let a): .float32(indices.map { a[$0] })
        case .float64(let a): .float64(indices.map { a[$0] })
        case .int64(let a): .int64(indices.map { a[$0] })
        case .bool(let a): .bool(indices.map { a[$0] })
        }
    }

    /// The elements repeated `times` times end to end (broadcasting a trailing block), same dtype.
    func tiled(_ times: Int) -> TensorStorage {
        func repeated<T>(_ a: [T]) -> [T] {
            if a.count == 1 { return Array(repeating: a[0], count: times) }
            var out = [T]()
            out.reserveCapacity(a.count * times)
            for _ in 0..<times { out.append(contentsOf: a) }
            return out
        }
        switch self {
        case .float32(let a): return .float32(repeated(a))
        case .float64(let a): return .float64(repeated(a))
        case .int64(let a): return .int64(repeated(a))
        case .bool(let a): return .bool(repeated(a))
        }
    }

    /// The elements of a tensor of shape `source` broadcast to `target` (see ``Broadcasting``).
    func broadcast(from source: [Int], to target: [Int]) -> TensorStorage {
        if source == target { return self }
        // A block that matches the target's trailing dimensions (a bias row) is repeated whole.
        let trimmed = Array(source.drop { $0 == 1 })
        if trimmed.count <= target.count, Array(target.suffix(trimmed.count)) == trimmed {
            return tiled(target.reduce(1, *) / Swift.max(count, 1))
        }
        return strided(shape: target, strides: Broadcasting.sourceStrides(from: source, to: target))
    }

    /// Elements `range`, in the same dtype.
    func slice(_ range: Range<Int>) -> TensorStorage {
        switch self {
        case .float32(let a): .float32(Array(a[range]))
        case .float64(let a): .float64(Array(a[range]))
        case .int64(let a): .int64(Array(a[range]))
        case .bool(let a): .bool(Array(a[range]))
        }
    }

    /// The same values converted to `dtype` (floats to integers truncate toward zero, like torch).
    func converted(to dtype: DType) -> TensorStorage {
        if dtype == self.dtype { return self }
        switch (self, dtype) {
        case (.float32(let a), .float64): return .float64(a.map { Double($0) })
        case (.float64(let a), .float32): return .float32(a.map { Float($0) })
        case (.int64(let a), .float32): return .float32(a.map { Float($0) })
        case (.int64(let a), .float64): return .float64(a.map { Double($0) })
        case (.bool(let a), .float32): return .float32(a.map { $0 ? 1 : 0 })
        case (.bool(let a), .float64): return .float64(a.map { $0 ? 1 : 0 })
        case (.bool(let a), .int64): return .int64(a.map { $0 ? 1 : 0 })
        case (_, .bool): return .bool(doubles.map { $0 != 0 })
        case (.float32(let a), .int64): return .int64(a.map { Self.truncatedInt($0) })
        case (.float64(let a), .int64): return .int64(a.map { Self.truncatedInt($0) })
        default: fatalError("unreachable conversion \(self.dtype) -> \(dtype)")
        }
    }

    private static func truncatedInt<T: BinaryFloatingPoint>(_ x: T) -> Int64 {
        guard x.isFinite else { return x.isNaN ? 0 : (x > 0 ? .max : .min) }
        return Int64(exactly: x.rounded(.towardZero)) ?? (x > 0 ? .max : .min)
    }

    static func filled(_ value: Double, count: Int, dtype: DType) -> TensorStorage {
        switch dtype {
        case .float32: .float32(Array(repeating: Float(value), count: count))
        case .float64: .float64(Array(repeating: value, count: count))
        case .int64: .int64(Array(repeating: Int64(value), count: count))
        case .bool: .bool(Array(repeating: value != 0, count: count))
        }
    }

    static func fromDoubles(_ values: [Double], dtype: DType) -> TensorStorage {
        TensorStorage.float64(values).converted(to: dtype)
    }
}
