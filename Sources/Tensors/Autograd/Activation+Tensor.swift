import Activations

/// Activation functions applied to tensors, with autograd.
///
/// The forward pass runs the activation's array form on the tensor's elements (no copy in), the
/// backward pass multiplies the incoming gradient by the array form of `derivative(_:)`, so tensors
/// see exactly the values and kink conventions of the scalar functions. The graph node is named by
/// `gradFnName` (`ReluBackward0`, `SigmoidBackward0`, …).
extension Activation {
    public func callAsFunction(_ x: Tensor) -> Tensor {
        // PReLU's weight is a tensor that receives gradients; route to it even through `any Activation`.
        if let prelu = self as? PReLU { return prelu.forward(x) }
        if !x.dtype.isFloatingPoint && integerPreserving.contains(name) {
            return applyToIntegers(x)
        }
        let input = x.dtype.isFloatingPoint ? x : x.converted(to: .float32)
        let result: Tensor
        switch input.storage {
        case .float32(let a): result = Tensor(shape: x.shape, storage: .float32(self(a)))
        case .float64(let a): result = Tensor(shape: x.shape, storage: .float64(self(a)))
        default: fatalError("unreachable")
        }
        return result.recorded(gradFnName, [input]) { g in [activationGradient(g, input)] }
    }

    /// `g · f'(x)`, element-wise, in `g`'s dtype.
    func activationGradient(_ g: Tensor, _ x: Tensor) -> Tensor {
        switch (g.storage, x.storage) {
        case (.float32(let gv), .float32(let xv)):
            var slopes = derivative(xv)
            scale(&slopes, by: gv)
            return Tensor(shape: x.shape, storage: .float32(slopes))
        case (.float64(let gv), .float64(let xv)):
            var slopes = derivative(xv)
            scale(&slopes, by: gv)
            return Tensor(shape: x.shape, storage: .float64(slopes))
        default:
            return g * activationGradient(Tensor.ones(shape: x.shape, dtype: x.dtype), x)
        }
    }

    /// Functions PyTorch evaluates on integer tensors without promotion (they map integers to
    /// integers): `ReLU()(Tensor([-2, -1, 0, 1, 2]))` stays `int64`, like `torch.relu`. The others give
    /// `float32`.
    private var integerPreserving: Set<String> { ["ReLU", "ReLU6", "Hardtanh", "Threshold"] }

    private func applyToIntegers(_ x: Tensor) -> Tensor {
        let values = self(x.scalars)
        return Tensor(shape: x.shape, storage: .fromDoubles(values, dtype: .int64))
    }
}

extension Tensor {
    /// `ReLU()(self)`.
    public func relu() -> Tensor { ReLU()(self) }
    /// `Sigmoid()(self)`.
    public func sigmoid() -> Tensor { Sigmoid()(self) }
    /// `Tanh()(self)`.
    public func tanh() -> Tensor { Tanh()(self) }
}

/// Multiplies the fresh array of f′(x) by `g` in place: one vectorised pass, no new array (a loop that
/// calls a closure per element, as a general zip-map does, costs more than the derivative itself). One
/// concrete function per element type, so the loop is compiled for it.
private func scale(_ slopes: inout [Float], by g: [Float]) { scaleInPlace(&slopes, by: g) }

private func scale(_ slopes: inout [Double], by g: [Double]) { scaleInPlace(&slopes, by: g) }

@inline(__always)
private func scaleInPlace<T: BinaryFloatingPoint>(_ slopes: inout [T], by g: [T]) {
    usageCheck(g.count == slopes.count, "internal error: gradient of \(g.count) for \(slopes.count) elements")
    let n = slopes.count
    if n == 0 { return }
    slopes.withUnsafeMutableBufferPointer { r in
        g.withUnsafeBufferPointer { gp in
            let out = r.baseAddress!
            let gradient = gp.baseAddress!
            Elementwise.forEachChunk(count: n, cost: .trivial) { start, end in
                for i in start..<end { out[i] = gradient[i] * out[i] }
            }
        }
    }
}
