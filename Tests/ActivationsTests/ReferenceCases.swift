import Testing

@testable import Activations

/// An activation, the key of its rows in the reference file, and the accuracy it achieves on them:
/// the largest error in ulps for `Double` and `Float` (against the reference rounded to `Float`),
/// and the floor of `ulps(_:_:floor:)` for functions whose derivative crosses zero.
struct ReferenceCase: CustomTestStringConvertible, Sendable {
    let key: String
    let activation: any Activation
    let doubleULPs: Double
    let floatULPs: Double
    let derivativeFloor: Double

    init(_ key: String, _ activation: any Activation, double: Double, float: Double, floor: Double = 0) {
        self.key = key
        self.activation = activation
        self.doubleULPs = double
        self.floatULPs = float
        self.derivativeFloor = floor
    }

    var testDescription: String { key }

    /// Every function of the reference file but PReLU (tested with its weight by the tensor tests).
    static let all: [ReferenceCase] = [
        ReferenceCase("relu", ReLU(), double: 0, float: 0),
        ReferenceCase("relu6", ReLU6(), double: 0, float: 0),
        ReferenceCase("leaky_relu", LeakyReLU(), double: 1, float: 1),
        ReferenceCase("leaky_relu_0.2", LeakyReLU(negativeSlope: 0.2), double: 1, float: 1),
        ReferenceCase("elu", ELU(), double: 2, float: 2),
        ReferenceCase("elu_0.5", ELU(alpha: 0.5), double: 2, float: 2),
        ReferenceCase("celu", CELU(), double: 2, float: 2),
        ReferenceCase("selu", SELU(), double: 2, float: 2),
        // Near x ≈ −0.75, f' is the difference of two terms of about 1/4 (likewise for the tanh form).
        ReferenceCase("gelu", GELU(), double: 4, float: 3, floor: 1.0 / 4),
        // The rounded argument 2u = 2√(2/π)(x + 0.044715x³) costs up to |2u| ulps where σ(2u) is tiny.
        ReferenceCase("gelu_tanh", GELU(approximate: .tanh), double: 16, float: 3, floor: 1.0 / 4),
        ReferenceCase("silu", SiLU(), double: 4, float: 3, floor: 1.0 / 16),
        // Near x ≈ −1.19, f' is the difference of two terms of about 1/4.
        ReferenceCase("mish", Mish(), double: 4, float: 2, floor: 1.0 / 4),
        ReferenceCase("softplus", Softplus(), double: 2, float: 2),
        ReferenceCase("sigmoid", Sigmoid(), double: 3, float: 2),
        ReferenceCase("tanh", Tanh(), double: 2, float: 2),
        ReferenceCase("hardtanh", Hardtanh(), double: 0, float: 0),
        ReferenceCase("hardsigmoid", Hardsigmoid(), double: 1, float: 1),
        ReferenceCase("hardswish", Hardswish(), double: 2, float: 2),
        ReferenceCase("softsign", Softsign(), double: 3, float: 2),
        ReferenceCase("tanhshrink", Tanhshrink(), double: 3, float: 2),
        ReferenceCase("logsigmoid", LogSigmoid(), double: 2, float: 2),
    ]
}
