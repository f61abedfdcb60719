/// Hardsigmoid(x) = min(max(0, (x + 3) / 6), 1): a piecewise-linear stand-in for the sigmoid.
///
/// The derivative is 1/6 strictly between −3 and 3 and 0 at ±3 and outside, as in PyTorch.
/// NaN stays NaN.
public struct Hardsigmoid: PointwiseActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"\min\left(\max\left(0, \frac{x + 3}{6}\right), 1\right)"# }
    public var derivativeFormula: String {
        #"\begin{cases} \frac{1}{6} & -3 < x < 3 \\ 0 & x \le -3 \\ 0 & x \ge 3 \end{cases}"#
    }
    public var gradFnName: String { "HardsigmoidBackward0" }
    public var kinks: [Double] { [-3, 3] }

    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x <= -3 ? 0 : (x >= 3 ? 1 : (x + 3) / 6) }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T { x <= -3 || x >= 3 ? 0 : (x > -3 ? 1 / 6 : x) }
}
