import Activations

extension Tensor {
    /// The same values as `dtype` (a copy when the dtype changes), recorded as torch's
    /// `ToCopyBackward0`.
    public func converted(to dtype: DType) -> Tensor {
        if dtype == self.dtype { return self }
        let source = self.dtype
        let result = Tensor(shape: shape, storage: storage.converted(to: dtype))
        guard dtype.isFloatingPoint, source.isFloatingPoint else { return result }
        return result.recorded("ToCopyBackward0", [self]) { g in [g.converted(to: source)] }
    }

    /// `float32` values, like torch's `.float()`; `(x > 0).float().mean()` is a sparsity measure.
    public func float() -> Tensor { converted(to: .float32) }
    /// `float64` values, like torch's `.double()`.
    public func double() -> Tensor { converted(to: .float64) }
    /// `int64` values (truncated toward zero), like torch's `.long()`.
    public func long() -> Tensor { converted(to: .int64) }

    /// Applies a broadcasting element-wise operation in `dtype`, without autograd.
    static func elementwise<Op: BinaryOperation>(_ op: Op.Type, _ a: Tensor, _ b: Tensor, dtype: DType) -> Tensor {
        let shape = Broadcasting.shape(a.shape, b.shape)
        // Integer arithmetic on booleans happens in int64, as a user expects of `mask + mask`.
        let computeType = dtype == .bool ? DType.int64 : dtype
        func operand(_ t: Tensor) -> TensorStorage {
            let s = t.storage.converted(to: computeType)
            if t.shape == shape || t.count == 1 { return s }
            return s.broadcast(from: t.shape, to: shape)
        }
        let x = operand(a)
        let y = operand(b)
        let storage: TensorStorage
        switch (x, y) {
        case (.float32(let p), .float32(let q)): storage = .float32(Kernels.binary(op, p, q))
        case (.float64(let p), .float64(let q)): storage = .float64(Kernels.binary(op, p, q))
        case (.int64(let p), .int64(let q)): storage = .int64(Kernels.binary(op, p, q))
        default: fatalError("unreachable: operands converted to \(computeType)")
        }
        // A one-element operand broadcast against another one-element operand keeps the full shape.
        let result =
            storage.count == shape.reduce(1, *)
            ? storage : storage.gather([Int](repeating: 0, count: shape.reduce(1, *)))
        return Tensor(shape: shape, storage: result)
    }

    /// A 0-d tensor holding `value` in the dtype a torch scalar operand would take next to `self`:
    /// the tensor's own dtype, except that a non-integral value next to an integer tensor gives `float32`.
    func scalarOperand(_ value: Double) -> Tensor {
        let dtype: DType = dtype.isFloatingPoint ? dtype : (value.rounded() == value ? .int64 : .float32)
        return Tensor(shape: [], storage: .fromDoubles([value], dtype: dtype))
    }

    func floatScalarOperand(_ value: Double) -> Tensor {
        Tensor(shape: [], storage: .fromDoubles([value], dtype: dtype.floatingResult))
    }

    // MARK: Tensor ⊕ Tensor

    public static func + (a: Tensor, b: Tensor) -> Tensor {
        let result = elementwise(AddOp.self, a, b, dtype: DType.promote(a.dtype, b.dtype))
        return result.recorded("AddBackward0", [a, b]) { g in [g.sumTo(shape: a.shape), g.sumTo(shape: b.shape)] }
    }

    public static func - (a: Tensor, b: Tensor) -> Tensor {
        let result = elementwise(SubOp.self, a, b, dtype: DType.promote(a.dtype, b.dtype))
        return result.recorded("SubBackward0", [a, b]) { g in [g.sumTo(shape: a.shape), (-g).sumTo(shape: b.shape)] }
    }

    public static func * (a: Tensor, b: Tensor) -> Tensor {
        let result = elementwise(MulOp.self, a, b, dtype: DType.promote(a.dtype, b.dtype))
        return result.recorded("MulBackward0", [a, b]) { g in
            [
                a.requiresGrad ? (g * b).sumTo(shape: a.shape) : nil,
                b.requiresGrad ? (g * a).sumTo(shape: b.shape) : nil,
            ]
        }
    }

    /// True division: integer operands give `float32`, like torch's `/`.
    public static func / (a: Tensor, b: Tensor) -> Tensor {
        let result = elementwise(DivOp.self, a, b, dtype: DType.promote(a.dtype, b.dtype).floatingResult)
        return result.recorded("DivBackward0", [a, b]) { g in
            [
                a.requiresGrad ? (g / b).sumTo(shape: a.shape) : nil,
                b.requiresGrad ? (-g * a / (b * b)).sumTo(shape: b.shape) : nil,
            ]
        }
    }

    /// PyTorch's message for `-mask`.
    static let boolNegation =
        "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to "
        + "invert a mask, use `logicalNot()` instead."

    public static prefix func - (x: Tensor) -> Tensor {
        let result: Tensor
        switch x.storage {
        case .float32(let a): result = Tensor(shape: x.shape, storage: .float32(Kernels.map(a) { -$0 }))
        case .float64(let a): result = Tensor(shape: x.shape, storage: .float64(Kernels.map(a) { -$0 }))
        case .int64(let a): result = Tensor(shape: x.shape, storage: .int64(a.map { 0 &- $0 }))
        case .bool: usageFailure(Tensor.boolNegation)
        }
        return result.recorded("NegBackward0", [x]) { g in [-g] }
    }

    // MARK: Scalars on either side

    public static func + (a: Tensor, b: Double) -> Tensor { a + a.scalarOperand(b) }
    public static func + (a: Double, b: Tensor) -> Tensor { b + b.scalarOperand(a) }
    public static func - (a: Tensor, b: Double) -> Tensor { a - a.scalarOperand(b) }
    public static func * (a: Tensor, b: Double) -> Tensor { a * a.scalarOperand(b) }
    public static func * (a: Double, b: Tensor) -> Tensor { b * b.scalarOperand(a) }
    public static func / (a: Tensor, b: Double) -> Tensor { a / a.floatScalarOperand(b) }

    /// `a - x`, recorded as torch's `RsubBackward1`.
    public static func - (a: Double, b: Tensor) -> Tensor {
        let result = elementwise(
            SubOp.self, b.scalarOperand(a), b, dtype: DType.promote(b.scalarOperand(a).dtype, b.dtype))
        return result.recorded("RsubBackward1", [b]) { g in [-g] }
    }

    /// `a / x`, computed as torch does (`x.reciprocal() * a`, recorded as `MulBackward0`).
    public static func / (a: Double, b: Tensor) -> Tensor { b.reciprocal() * a }

    public static func + (a: Tensor, b: Int) -> Tensor { a + Double(b) }
    public static func + (a: Int, b: Tensor) -> Tensor { Double(a) + b }
    public static func - (a: Tensor, b: Int) -> Tensor { a - Double(b) }
    public static func - (a: Int, b: Tensor) -> Tensor { Double(a) - b }
    public static func * (a: Tensor, b: Int) -> Tensor { a * Double(b) }
    public static func * (a: Int, b: Tensor) -> Tensor { Double(a) * b }
    public static func / (a: Tensor, b: Int) -> Tensor { a / Double(b) }
    public static func / (a: Int, b: Tensor) -> Tensor { Double(a) / b }

    // MARK: In-place updates (never recorded; for optimisers and initialisation)

    /// Replaces this tensor's elements with `other`'s (broadcast to this shape, converted to this
    /// dtype), like torch's `copy_` under `no_grad`.
    public func assign(_ other: Tensor) {
        let source = other.storage.converted(to: dtype)
        storage = other.shape == shape ? source : source.broadcast(from: other.shape, to: shape)
    }

    public static func += (a: Tensor, b: Tensor) { a.assign(noGrad { a + b }) }
    public static func -= (a: Tensor, b: Tensor) { a.assign(noGrad { a - b }) }
    public static func *= (a: Tensor, b: Tensor) { a.assign(noGrad { a * b }) }
    public static func /= (a: Tensor, b: Tensor) { a.assign(noGrad { a / b }) }
    public static func += (a: Tensor, b: Double) { a.assign(noGrad { a + b }) }
    public static func -= (a: Tensor, b: Double) { a.assign(noGrad { a - b }) }
    public static func *= (a: Tensor, b: Double) { a.assign(noGrad { a * b }) }
    public static func /= (a: Tensor, b: Double) { a.assign(noGrad { a / b }) }

    /// Sets every element to `value`, like torch's `fill_`.
    public func fill(_ value: Double) { storage = .filled(value, count: count, dtype: dtype) }
}
