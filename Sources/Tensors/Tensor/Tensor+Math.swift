import Activations

extension Tensor {
    /// Applies `f` to every element of a floating tensor (integers computed in `float32`, like torch's
    /// `exp` of an integer tensor). Not recorded.
    func mapFloating(_ f32: (Float) -> Float, _ f64: (Double) -> Double) -> Tensor {
        switch storage.converted(to: dtype.floatingResult) {
        case .float32(let a): Tensor(shape: shape, storage: .float32(Kernels.map(a, f32)))
        case .float64(let a): Tensor(shape: shape, storage: .float64(Kernels.map(a, f64)))
        default: fatalError("unreachable")
        }
    }

    /// `e^x`, element-wise.
    public func exp() -> Tensor {
        let result = mapFloating(Float.exp, Double.exp)
        return result.recorded("ExpBackward0", [self]) { g in [g * result] }
    }

    /// Natural logarithm, element-wise.
    public func log() -> Tensor {
        let result = mapFloating(Float.log, Double.log)
        return result.recorded("LogBackward0", [self]) { g in [g / self] }
    }

    /// Square root, element-wise.
    public func sqrt() -> Tensor {
        let result = mapFloating({ $0.squareRoot() }, { $0.squareRoot() })
        return result.recorded("SqrtBackward0", [self]) { g in [g / (2 * result)] }
    }

    /// `1 / x`, element-wise.
    public func reciprocal() -> Tensor {
        let result = mapFloating({ 1 / $0 }, { 1 / $0 })
        return result.recorded("ReciprocalBackward0", [self]) { g in [-g * result * result] }
    }

    /// Absolute value, element-wise (integers stay integers). The derivative at 0 is 0, like torch's
    /// `sgn`.
    public func abs() -> Tensor {
        let result: Tensor
        switch storage {
        case .int64(let a): result = Tensor(shape: shape, storage: .int64(a.map { Swift.abs($0) }))
        case .bool: result = self
        default: result = mapFloating({ Swift.abs($0) }, { Swift.abs($0) })
        }
        return result.recorded("AbsBackward0", [self]) { g in [g * self.sign()] }
    }

    /// -1, 0 or 1 by the sign of each element (NaN stays NaN), like torch's `sign`.
    public func sign() -> Tensor {
        mapFloating(
            { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? $0 : 0)) },
            { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? $0 : 0)) }
        ).converted(to: dtype)
    }

    /// `x^exponent`, element-wise, like `torch.pow(x, exponent)`.
    public func pow(_ exponent: Double) -> Tensor {
        let e = scalarOperand(exponent)
        // x² is common (squared errors) and x·x is exactly what a correctly rounded pow gives.
        let result =
            exponent == 2
            ? Tensor.elementwise(MulOp.self, self, self, dtype: dtype)
            : Tensor.elementwise(PowOp.self, self, e, dtype: DType.promote(dtype, e.dtype))
        return result.recorded("PowBackward0", [self]) { g in
            switch exponent {
            case 0: [g * 0]
            case 1: [g]
            case 2: [g * 2 * self]
            default: [g * exponent * self.pow(exponent - 1)]
            }
        }
    }

    /// `x^exponent` with a tensor exponent (broadcasting), recorded as `PowBackward1`.
    public func pow(_ exponent: Tensor) -> Tensor {
        let result = Tensor.elementwise(PowOp.self, self, exponent, dtype: DType.promote(dtype, exponent.dtype))
        return result.recorded("PowBackward1", [self, exponent]) { g in
            [
                self.requiresGrad ? (g * exponent * self.pow(exponent - 1)).sumTo(shape: self.shape) : nil,
                exponent.requiresGrad ? (g * result * self.log()).sumTo(shape: exponent.shape) : nil,
            ]
        }
    }

    /// Limits every element to `[min, max]` (either bound optional), like `torch.clamp`. The gradient
    /// passes where `min <= x <= max`, as in torch.
    public func clamp(min lower: Double? = nil, max upper: Double? = nil) -> Tensor {
        var result = self.detach()
        if let lower { result = Tensor.elementwise(MaximumOp.self, result, scalarOperand(lower), dtype: dtype) }
        if let upper { result = Tensor.elementwise(MinimumOp.self, result, scalarOperand(upper), dtype: dtype) }
        if result === self { result = self.clone() }
        return result.recorded("ClampBackward1", [self]) { g in
            var mask = Tensor.ones(shape: self.shape, dtype: .bool)
            if let lower { mask = mask.logicalAnd(self >= lower) }
            if let upper { mask = mask.logicalAnd(self <= upper) }
            return [g * mask.converted(to: g.dtype)]
        }
    }

    /// Element-wise maximum of two tensors (broadcasting), like `torch.maximum`.
    public func maximum(_ other: Tensor) -> Tensor {
        let result = Tensor.elementwise(MaximumOp.self, self, other, dtype: DType.promote(dtype, other.dtype))
        return result.recorded("MaximumBackward0", [self, other]) { g in
            let pick = (self > other).converted(to: g.dtype) + (self == other).converted(to: g.dtype) * 0.5
            return [(g * pick).sumTo(shape: self.shape), (g * (1 - pick)).sumTo(shape: other.shape)]
        }
    }

    /// Element-wise minimum of two tensors (broadcasting), like `torch.minimum`.
    public func minimum(_ other: Tensor) -> Tensor {
        let result = Tensor.elementwise(MinimumOp.self, self, other, dtype: DType.promote(dtype, other.dtype))
        return result.recorded("MinimumBackward0", [self, other]) { g in
            let pick = (self < other).converted(to: g.dtype) + (self == other).converted(to: g.dtype) * 0.5
            return [(g * pick).sumTo(shape: self.shape), (g * (1 - pick)).sumTo(shape: other.shape)]
        }
    }
}

/// `x^exponent`, element-wise.
public func pow(_ x: Tensor, _ exponent: Double) -> Tensor { x.pow(exponent) }
/// `x^exponent`, element-wise with broadcasting.
public func pow(_ x: Tensor, _ exponent: Tensor) -> Tensor { x.pow(exponent) }
