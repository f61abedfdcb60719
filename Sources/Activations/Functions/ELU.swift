/// ELU(x) = x for x > 0, α(eˣ − 1) otherwise (default α = 1).
///
/// Smooth for α = 1, saturates at −α for large negative x, which pushes mean activations towards 0.
/// The derivative at 0 is α (PyTorch's x ≤ 0 branch). ELU(−∞) = −α; NaN stays NaN.
public struct ELU: ExponentialLinear, DocumentedActivation {
    public var alpha: Double

    public init(alpha: Double = 1) {
        self.alpha = alpha
    }

    public var parameters: [ActivationParameter] { [.init("alpha", alpha)] }
    public var formula: String {
        #"\begin{cases} x & x > 0 \\ \#(coefficient)(e^{x} - 1) & x \le 0 \end{cases}"#
    }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & x > 0 \\ \#(coefficient)e^{x} & x \le 0 \end{cases}"#
    }
    public var gradFnName: String { "EluBackward0" }
    public var kinks: [Double] { alpha == 1 ? [] : [0] }

    private var coefficient: String { alpha == 1 ? "" : latexNumber(alpha) }

    var scale: Double { 1 }
    var scaledAlpha: Double { alpha }
}
