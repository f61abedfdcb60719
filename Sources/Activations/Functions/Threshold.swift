/// Threshold(x) = x for x > threshold, `value` otherwise. PyTorch has no defaults for either.
///
/// The derivative is 1 above the threshold and 0 at and below it. NaN stays NaN.
public struct Threshold: PointwiseActivation, DocumentedActivation {
    public var threshold: Double
    public var value: Double

    public init(threshold: Double, value: Double) {
        self.threshold = threshold
        self.value = value
    }

    public var parameters: [ActivationParameter] { [.init("threshold", threshold), .init("value", value)] }
    public var formula: String {
        #"\begin{cases} x & x > \#(latexNumber(threshold)) \\ \#(latexNumber(value)) & x \le \#(latexNumber(threshold)) \end{cases}"#
    }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & x > \#(latexNumber(threshold)) \\ 0 & x \le \#(latexNumber(threshold)) \end{cases}"#
    }
    public var gradFnName: String { "ThresholdBackward0" }
    public var kinks: [Double] { [threshold] }

    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x <= T(threshold) ? T(value) : x }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T { x > T(threshold) ? 1 : (x <= T(threshold) ? 0 : x) }
}
