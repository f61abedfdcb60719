import Activations

/// PReLU(x) = x for x > 0, a · x otherwise, with a learned slope `a` (initially 0.25), like
/// `torch.nn.PReLU`: the layer around `ParametricReLU`, the same function at a fixed slope.
///
/// `weight` holds one slope (`numParameters: 1`, the default) or one per channel
/// (`PReLU(numParameters: C)`, applied along dimension 1 of the input, as in torch). It requires a
/// gradient: applied to a tensor, PReLU adds ∂loss/∂a to `weight.grad` in `backward()`. The scalar
/// and array forms use `weight[0]`.
///
/// The derivative in x at 0 is `a` (torch compares `x > 0`); ∂f/∂a is x for x < 0 and 0 otherwise.
/// The autograd node is `PreluKernelBackward0`, the name current torch gives `_prelu_kernel`.
public final class PReLU: DocumentedActivation, @unchecked Sendable {
    /// The slopes for negative inputs, shape `[numParameters]`, trainable.
    public let weight: Tensor

    public init(numParameters: Int = 1, initialValue: Double = 0.25, dtype: DType = .float32) {
        usageCheck(numParameters >= 1, "PReLU: numParameters must be at least 1, got \(numParameters)")
        usageCheck(dtype.isFloatingPoint, "PReLU: the weight's dtype must be float32 or float64, got \(dtype)")
        weight = Tensor.full([numParameters], value: initialValue, dtype: dtype, requiresGrad: true)
    }

    /// The slope the scalar and array forms use: the first element of ``weight``.
    public var slope: Double { weight.storage[doubleAt: 0] }

    /// The function at the current slope; the scalar and array forms evaluate it.
    public var function: ParametricReLU { ParametricReLU(slope: slope) }

    public var name: String { function.name }
    public var parameters: [ActivationParameter] { function.parameters }
    public var formula: String { function.formula }
    public var derivativeFormula: String { function.derivativeFormula }
    public var gradFnName: String { function.gradFnName }
    public var kinks: [Double] { function.kinks }

    public func callAsFunction(_ x: Double) -> Double { function(x) }
    public func callAsFunction(_ x: Float) -> Float { function(x) }
    public func derivative(_ x: Double) -> Double { function.derivative(x) }
    public func derivative(_ x: Float) -> Float { function.derivative(x) }
    public func callAsFunction(_ x: [Double]) -> [Double] { function(x) }
    public func callAsFunction(_ x: [Float]) -> [Float] { function(x) }
    public func derivative(_ x: [Double]) -> [Double] { function.derivative(x) }
    public func derivative(_ x: [Float]) -> [Float] { function.derivative(x) }

    /// ∂f/∂a at `x`: `x` for x < 0, else 0 (NaN stays NaN).
    public func weightGradient(_ x: Double) -> Double { function.weightGradient(x) }

    /// ∂f/∂a element-wise.
    public func weightGradient(_ x: [Double]) -> [Double] { function.weightGradient(x) }

    /// Applies PReLU to a tensor, recording `PreluKernelBackward0` with gradients for the input and
    /// ``weight``. With several parameters, dimension 1 of `x` must have `numParameters` channels.
    func forward(_ x: Tensor) -> Tensor {
        let input = x.dtype.isFloatingPoint ? x : x.converted(to: .float32)
        let a = expandedWeight(like: input)
        let positive = (input > 0).converted(to: input.dtype)
        let weightNoGrad = a.detach()
        let result = noGrad { input * positive + input * weightNoGrad * (1 - positive) }
        let w = weight
        return result.recorded(gradFnName, [input, w]) { g in
            let inputGrad = g * (positive + weightNoGrad * (1 - positive))
            let perElement = g * input * (1 - positive)
            let weightGrad: Tensor
            if w.count == 1 {
                weightGrad = perElement.sum().reshape(shape: w.shape)
            } else {
                let moved =
                    perElement.rank > 2
                    ? perElement.reshape(shape: [perElement.shape[0], perElement.shape[1], -1]).sum(dim: 2)
                    : perElement
                weightGrad = moved.sum(dim: 0)
            }
            return [inputGrad, weightGrad.converted(to: w.dtype)]
        }
    }

    /// The weight shaped to broadcast against `x`: a scalar, or `[C, 1, 1, …]` along dimension 1.
    private func expandedWeight(like x: Tensor) -> Tensor {
        let w = weight.converted(to: x.dtype).detach()
        if weight.count == 1 { return w.reshape(shape: []) }
        usageCheck(
            x.rank >= 2 && x.shape[1] == weight.count,
            "PReLU with \(weight.count) parameters needs \(weight.count) channels in dimension 1, got \(x.shape)")
        return w.reshape(shape: [weight.count] + Array(repeating: 1, count: x.rank - 2))
    }
}

extension PReLU {
    /// Applies PReLU to a tensor (see ``forward(_:)``); the weight receives gradients.
    public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
}
