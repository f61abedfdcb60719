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
            return Tensor(shape: x.shape, storage: .float32(Kernels.zipMap(gv, derivative(xv)) { $0 * $1 }))
        case (.float64(let gv), .float64(let xv)):
            return Tensor(shape: x.shape, storage: .float64(Kernels.zipMap(gv, derivative(xv)) { $0 * $1 }))
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
