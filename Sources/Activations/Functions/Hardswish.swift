/// Hardswish(x) = x · min(max(0, x + 3), 6) / 6: a piecewise-polynomial stand-in for SiLU.
///
/// The derivative is 0 up to and including −3, (2x + 3) / 6 between, and 1 from 3 on
/// (PyTorch: `hardswish'(−3) = 0`, `hardswish'(3) = 1`). NaN stays NaN.
public struct Hardswish: PointwiseActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"x \cdot \frac{\min(\max(0, x + 3), 6)}{6}"# }
    public var derivativeFormula: String {
        #"\begin{cases} 0 & x \le -3 \\ \frac{2x + 3}{6} & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}"#
    }
    public var gradFnName: String { "HardswishBackward0" }
    public var kinks: [Double] { [-3, 3] }

    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x <= -3 ? 0 : (x >= 3 ? x : x * (x + 3) / 6) }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T { x <= -3 ? 0 : (x >= 3 ? 1 : (2 * x + 3) / 6) }
}
