/// LeakyReLU(x) = x for x > 0, negativeSlope · x otherwise (default slope 0.01).
///
/// The small slope keeps a gradient for negative inputs, the usual cure for "dying" ReLU units.
/// The derivative at 0 is `negativeSlope` (PyTorch's `x > 0` comparison). NaN stays NaN.
public struct LeakyReLU: PointwiseActivation, DocumentedActivation {
    public var negativeSlope: Double

    public init(negativeSlope: Double = 0.01) {
        self.negativeSlope = negativeSlope
    }

    public var parameters: [ActivationParameter] { [.init("negativeSlope", negativeSlope)] }
    public var formula: String {
        #"\begin{cases} x & x > 0 \\ \#(latexNumber(negativeSlope))\,x & x \le 0 \end{cases}"#
    }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & x > 0 \\ \#(latexNumber(negativeSlope)) & x \le 0 \end{cases}"#
    }
    public var gradFnName: String { "LeakyReluBackward0" }
    public var kinks: [Double] { [0] }

    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x > 0 ? x : x * T(negativeSlope) }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T { x > 0 ? 1 : (x <= 0 ? T(negativeSlope) : x) }
}
