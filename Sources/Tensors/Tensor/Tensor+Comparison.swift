import Activations

/// An element-wise comparison, specialised in the kernel.
protocol ComparisonOperation {
    static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool
}

enum GreaterOp: ComparisonOperation {
    @inline(__always) static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a > b }
}
enum LessOp: ComparisonOperation {
    @inline(__always) static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a < b }
}
enum GreaterEqualOp: ComparisonOperation {
    @inline(__always) static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a >= b }
}
enum LessEqualOp: ComparisonOperation {
    @inline(__always) static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a <= b }
}
enum EqualOp: ComparisonOperation {
    @inline(__always) static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a == b }
}
enum NotEqualOp: ComparisonOperation {
    @inline(__always) static func compare<T: Comparable>(_ a: T, _ b: T) -> Bool { a != b }
}

extension Tensor {
    /// Compares element-wise (broadcasting) in the promoted dtype; the result is a `.bool` tensor.
    static func compare<Op: ComparisonOperation>(_: Op.Type, _ a: Tensor, _ b: Tensor) -> Tensor {
        let shape = Broadcasting.shape(a.shape, b.shape)
        let dtype = DType.promote(a.dtype, b.dtype) == .bool ? DType.int64 : DType.promote(a.dtype, b.dtype)
        func operand(_ t: Tensor) -> TensorStorage {
            let s = t.storage.converted(to: dtype)
            return t.shape == shape ? s : s.broadcast(from: t.shape, to: shape)
        }
        let x = operand(a)
        let y = operand(b)
        let n = shape.reduce(1, *)
        let values: [Bool]
        switch (x, y) {
        case (.float32(let p), .float32(let q)): values = (0..<n).map { Op.compare(p[$0], q[$0]) }
        case (.float64(let p), .float64(let q)): values = (0..<n).map { Op.compare(p[$0], q[$0]) }
        case (.int64(let p), .int64(let q)): values = (0..<n).map { Op.compare(p[$0], q[$0]) }
        default: fatalError("unreachable")
        }
        return Tensor(shape: shape, storage: .bool(values))
    }

    public static func > (a: Tensor, b: Tensor) -> Tensor { compare(GreaterOp.self, a, b) }
    public static func < (a: Tensor, b: Tensor) -> Tensor { compare(LessOp.self, a, b) }
    public static func >= (a: Tensor, b: Tensor) -> Tensor { compare(GreaterEqualOp.self, a, b) }
    public static func <= (a: Tensor, b: Tensor) -> Tensor { compare(LessEqualOp.self, a, b) }
    /// Element-wise equality (a `.bool` tensor), like torch's `==`; for identity use `===`.
    public static func == (a: Tensor, b: Tensor) -> Tensor { compare(EqualOp.self, a, b) }
    public static func != (a: Tensor, b: Tensor) -> Tensor { compare(NotEqualOp.self, a, b) }

    public static func > (a: Tensor, b: Double) -> Tensor { a > a.scalarOperand(b) }
    public static func < (a: Tensor, b: Double) -> Tensor { a < a.scalarOperand(b) }
    public static func >= (a: Tensor, b: Double) -> Tensor { a >= a.scalarOperand(b) }
    public static func <= (a: Tensor, b: Double) -> Tensor { a <= a.scalarOperand(b) }
    public static func == (a: Tensor, b: Double) -> Tensor { a == a.scalarOperand(b) }
    public static func != (a: Tensor, b: Double) -> Tensor { a != a.scalarOperand(b) }

    /// Element-wise logical and of two masks.
    public func logicalAnd(_ other: Tensor) -> Tensor {
        let a = bools
        let b = other.bools
        usageCheck(shape == other.shape, "logicalAnd needs masks of equal shapes, got \(shape) and \(other.shape)")
        return Tensor(shape: shape, storage: .bool(zip(a, b).map { $0 && $1 }))
    }

    /// Element-wise logical not of a mask (`~mask` in torch).
    public func logicalNot() -> Tensor { Tensor(shape: shape, storage: .bool(bools.map { !$0 })) }

    /// `true` when both tensors have the same shape and every element is within
    /// `atol + rtol * |other|`, like `torch.allclose`.
    public func allClose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8) -> Bool {
        guard shape == other.shape else { return false }
        return zip(scalars, other.scalars).allSatisfy { Swift.abs($0 - $1) <= atol + rtol * Swift.abs($1) }
    }
}
