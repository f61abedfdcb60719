/// ReLU6(x) = min(max(0, x), 6): ReLU capped at 6.
///
/// The derivative is 1 strictly between 0 and 6 and 0 at both bounds and outside (PyTorch's
/// `hardtanh` kernel). NaN stays NaN; ReLU6(−0) is +0, as ReLU(−0).
public struct ReLU6: PointwiseActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"\min(\max(0, x), 6)"# }
    public var derivativeFormula: String { #"\begin{cases} 1 & 0 < x < 6 \\ 0 & x \le 0 \\ 0 & x \ge 6 \end{cases}"# }
    public var gradFnName: String { "HardtanhBackward0" }
    public var kinks: [Double] { [0, 6] }

    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x <= 0 ? 0 : (x > 6 ? 6 : x) }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T { Hardtanh.inside(x, 0, 6) }
}
