/// ReLU(x) = max(0, x).
///
/// Not zero-centred; its derivative is 1 for x > 0 and 0 for x ≤ 0 (PyTorch's choice at the kink,
/// `relu'(0) = 0`). Cheap: one compare and one select, so the array forms run at memory speed.
/// Unlike Swift's `max(0, x)`, NaN stays NaN; ReLU(−0) is +0.
public struct ReLU: PointwiseActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"\max(0, x)"# }
    public var derivativeFormula: String { #"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}"# }
    public var gradFnName: String { "ReluBackward0" }
    public var kinks: [Double] { [0] }

    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x <= 0 ? 0 : x }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T { x <= 0 ? 0 : (x > 0 ? 1 : x) }
}
