import Activations

/// Layer normalisation over the last dimension (Ba, Kiros & Hinton 2016; `torch.nn.functional.layer_norm`
/// with `normalized_shape` the last dimension): every row is shifted to mean 0 and scaled to variance 1
/// (the biased variance, as PyTorch's), then multiplied by `weight` (γ) and shifted by `bias` (β).
///
/// Built from differentiable tensor operations, so autograd goes through it without a node of its own.
public func layerNorm(_ x: Tensor, weight: Tensor? = nil, bias: Tensor? = nil, eps: Double = 1e-5) -> Tensor {
    usageCheck(x.rank >= 1, "layer_norm: expected an input with at least 1 dimension, got a scalar")
    let features = x.shape[x.rank - 1]
    for parameter in [weight, bias].compactMap({ $0 }) {
        usageCheck(
            parameter.shape == [features],
            "layer_norm: Expected weight and bias of shape [\(features)], got \(parameter.shape)")
    }
    let mean = x.mean(dim: -1, keepDim: true)
    let centered = x - mean
    let variance = (centered * centered).mean(dim: -1, keepDim: true)
    var y = centered / (variance + eps).sqrt()
    if let weight { y = y * weight }
    if let bias { y = y + bias }
    return y
}

/// Layer normalisation as a layer (`torch.nn.LayerNorm(features)`): learnable γ (`weight`, initially
/// ones) and β (`bias`, initially zeros) of shape `[features]`, applied along the last dimension.
public final class LayerNorm: Module {
    public let features: Int
    public let eps: Double
    /// γ, shape `[features]`, trainable, initially ones.
    public let weight: Tensor
    /// β, shape `[features]`, trainable, initially zeros.
    public let bias: Tensor

    public init(_ features: Int, eps: Double = 1e-5, dtype: DType = .float32) {
        usageCheck(features >= 1, "LayerNorm: features must be at least 1, got \(features)")
        usageCheck(dtype.isFloatingPoint, "LayerNorm: dtype must be float32 or float64, got \(dtype)")
        self.features = features
        self.eps = eps
        weight = Tensor.ones(shape: [features], dtype: dtype, requiresGrad: true)
        bias = Tensor.zeros(shape: [features], dtype: dtype, requiresGrad: true)
    }

    public var parameters: [Tensor] { [weight, bias] }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        layerNorm(x, weight: weight, bias: bias, eps: eps)
    }
}

extension LayerNorm: CustomStringConvertible {
    /// PyTorch's repr, e.g. `LayerNorm((16,), eps=1e-05, elementwise_affine=True)`.
    public var description: String {
        let epsText = eps == 1e-5 ? "1e-05" : "\(eps)"
        return "LayerNorm((\(features),), eps=\(epsText), elementwise_affine=True)"
    }
}

/// A residual (skip) connection around a layer, y = x + body(x) (He et al. 2016). The body must keep
/// the shape of its input. PyTorch has no such module; models write `x + self.body(x)` in `forward`.
public final class Residual: Module {
    /// The layer the connection goes around.
    public let body: any Layer

    public init(_ body: any Layer) {
        self.body = body
    }

    /// A residual connection around the given layers applied in order.
    public convenience init(_ layers: any Layer...) {
        self.init(Sequential(layers))
    }

    public var parameters: [Tensor] { body.trainableParameters }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let y = body(x)
        usageCheck(
            y.shape == x.shape,
            "Residual: the body must keep the input's shape, got \(x.shape) -> \(y.shape)")
        return x + y
    }
}

extension Residual: CustomStringConvertible {
    public var description: String {
        let inner = torchDescription(of: body).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n  ")
        return "Residual(\n  (body): \(inner)\n)"
    }
}
