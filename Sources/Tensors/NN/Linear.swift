import Activations

/// A fully connected layer, y = x Wᵀ + b (`torch.nn.Linear`).
///
/// Initialised as PyTorch does: the weight by Kaiming-uniform with a = √5, which works out to
/// U(−1/√inFeatures, 1/√inFeatures), then the bias from the same range, both drawn from the global
/// generator (see ``manualSeed(_:)``) unless a generator is passed. The forward pass is
/// ``linear(_:weight:bias:)``, so a 2-d input gives `grad_fn=<AddmmBackward0>` as in PyTorch.
public final class Linear: Module {
    public let inFeatures: Int
    public let outFeatures: Int
    /// The weight, shape `[outFeatures, inFeatures]`, trainable.
    public let weight: Tensor
    /// Whether the layer adds a bias (`bias=True` in PyTorch).
    public let hasBias: Bool
    private let biasStorage: Tensor?

    /// A layer mapping `inFeatures` inputs to `outFeatures` outputs, initialised from the global generator.
    public convenience init(inFeatures: Int, outFeatures: Int, bias: Bool = true, dtype: DType = .float32) {
        let (weight, bias) = Generator.withDefault {
            Self.initialParameters(
                inFeatures: inFeatures, outFeatures: outFeatures, bias: bias,
                generator: &$0, dtype: dtype)
        }
        self.init(inFeatures: inFeatures, outFeatures: outFeatures, weight: weight, bias: bias)
    }

    /// `Linear(10, 5)`, as PyTorch's `nn.Linear(10, 5)`.
    public convenience init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true) {
        self.init(inFeatures: inFeatures, outFeatures: outFeatures, bias: bias)
    }

    /// A layer initialised from `generator`, which is advanced (weight first, then bias).
    public convenience init(
        inFeatures: Int, outFeatures: Int, bias: Bool = true, generator: inout Generator,
        dtype: DType = .float32
    ) {
        let (weight, bias) = Self.initialParameters(
            inFeatures: inFeatures, outFeatures: outFeatures, bias: bias,
            generator: &generator, dtype: dtype)
        self.init(inFeatures: inFeatures, outFeatures: outFeatures, weight: weight, bias: bias)
    }

    private init(inFeatures: Int, outFeatures: Int, weight: Tensor, bias: Tensor?) {
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        self.weight = weight
        self.hasBias = bias != nil
        self.biasStorage = bias
    }

    private static func initialParameters(
        inFeatures: Int, outFeatures: Int, bias: Bool, generator: inout Generator, dtype: DType
    ) -> (weight: Tensor, bias: Tensor?) {
        usageCheck(
            inFeatures >= 0 && outFeatures >= 0,
            "Linear: Trying to create tensor with negative dimension (inFeatures \(inFeatures), outFeatures \(outFeatures))"
        )
        usageCheck(dtype.isFloatingPoint, "Linear: dtype must be float32 or float64, got \(dtype)")
        // PyTorch's reset_parameters: kaiming_uniform_(weight, a=√5), which is U(±1/√fan_in) up to
        // rounding, then the bias from U(±1/√fan_in).
        let weight = Tensor.zeros(shape: [outFeatures, inFeatures], dtype: dtype, requiresGrad: true)
        Init.kaimingUniform(weight, a: 5.0.squareRoot(), generator: &generator)
        guard bias else { return (weight, nil) }
        let fanIn = Double(Init.fans(of: weight).fanIn)
        let bound = fanIn > 0 ? 1 / fanIn.squareRoot() : 0
        let b = Tensor.zeros(shape: [outFeatures], dtype: dtype, requiresGrad: true)
        Init.uniform(b, low: -bound, high: bound, generator: &generator)
        return (weight, b)
    }

    /// The bias, shape `[outFeatures]`, trainable. A layer made with `bias: false` has none, and
    /// reading it is a programming error (check ``hasBias``); non-optional so that lessons read like
    /// PyTorch (`layer.bias.reshape(4, 1)`).
    public var bias: Tensor {
        guard let biasStorage else { usageFailure("this Linear was made with bias: false and has no bias") }
        return biasStorage
    }

    public var parameters: [Tensor] { biasStorage.map { [weight, $0] } ?? [weight] }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        linear(x, weight: weight, bias: biasStorage)
    }
}

extension Linear: CustomStringConvertible {
    /// PyTorch's repr, e.g. `Linear(in_features=10, out_features=5, bias=True)`.
    public var description: String {
        "Linear(in_features=\(inFeatures), out_features=\(outFeatures), bias=\(hasBias ? "True" : "False"))"
    }
}
