/// SELU(x) = λ · ELU_α(x) with the self-normalising constants α ≈ 1.6733 and λ ≈ 1.0507
/// (Klambauer et al., 2017): a network of SELU layers keeps activations near mean 0, variance 1.
///
/// The derivative at 0 is λα (PyTorch's x ≤ 0 branch). SELU(−∞) = −λα; NaN stays NaN.
public struct SELU: ExponentialLinear, DocumentedActivation {
    /// α = 1.6732632423543772848170429916717.
    public static let alpha = 1.6732632423543772848170429916717
    /// λ = 1.0507009873554804934193349852946.
    public static let scale = 1.0507009873554804934193349852946
    /// λα rounded once from the exact product, not the product of the two rounded constants.
    static let scaledAlpha = 1.7580993408473768

    var scale: Double { Self.scale }
    var scaledAlpha: Double { Self.scaledAlpha }

    public init() {}

    public var parameters: [ActivationParameter] { [.init("alpha", Self.alpha), .init("scale", Self.scale)] }
    public var formula: String {
        #"\lambda \begin{cases} x & x > 0 \\ \alpha (e^{x} - 1) & x \le 0 \end{cases}"#
    }
    public var derivativeFormula: String {
        #"\lambda \begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}"#
    }
    public var gradFnName: String { "EluBackward0" }
    public var kinks: [Double] { [0] }
}
