import Activations

/// Activation functions are layers without trainable parameters, so that they fit in a ``Sequential``
/// next to modules. Their forward pass is the tensor form of the activation.
extension Layer where Self: Activation {
    public var trainableParameters: [Tensor] { [] }
}

// One line per activation type: Swift cannot make every `Activation` a `Layer` from here. A new
// activation type needs a line here (or `Activation` could refine `Layer`; see the report).
extension CELU: Layer {}
extension ELU: Layer {}
extension GELU: Layer {}
extension Hardsigmoid: Layer {}
extension Hardswish: Layer {}
extension Hardtanh: Layer {}
extension LeakyReLU: Layer {}
extension ParametricReLU: Layer {}
extension LogSigmoid: Layer {}
extension Mish: Layer {}
extension ReLU: Layer {}
extension ReLU6: Layer {}
extension SELU: Layer {}
extension SiLU: Layer {}
extension Sigmoid: Layer {}
extension Softplus: Layer {}
extension Softsign: Layer {}
extension Tanh: Layer {}
extension Tanhshrink: Layer {}
extension Threshold: Layer {}

/// PReLU's slope is learned: in a model its weight is a parameter like a `Linear` layer's.
extension PReLU: Layer {
    public var trainableParameters: [Tensor] { [weight] }
}
