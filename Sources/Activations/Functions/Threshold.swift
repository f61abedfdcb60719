/// Threshold(x) = x for x > threshold, `value` otherwise. PyTorch has no defaults for either.
///
/// The derivative is 1 above the threshold and 0 at and below it. NaN stays NaN.
public struct Threshold: Activation {
    public var threshold: Double
    public var value: Double

    public init(threshold: Double, value: Double) {
        self.threshold = threshold
        self.value = value
    }

    public var name: String { "Threshold" }
    public var parameters: [ActivationParameter] { [.init("threshold", threshold), .init("value", value)] }
    public var formula: String {
        #"\begin{cases} x & x > \#(latexNumber(threshold)) \\ \#(latexNumber(value)) & x \le \#(latexNumber(threshold)) \end{cases}"#
    }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & x > \#(latexNumber(threshold)) \\ 0 & x \le \#(latexNumber(threshold)) \end{cases}"#
    }
    public var gradFnName: String { "ThresholdBackward0" }
    public var kinks: [Double] { [threshold] }

    @inline(__always)
    static func apply<T: BinaryFloatingPoint>(_ x: T, _ threshold: T, _ value: T) -> T {
        x <= threshold ? value : x
    }

    @inline(__always)
    static func slope<T: BinaryFloatingPoint>(_ x: T, _ threshold: T) -> T {
        x > threshold ? 1 : (x <= threshold ? 0 : x)
    }

    public func callAsFunction(_ x: Double) -> Double { Self.apply(x, threshold, value) }
    public func callAsFunction(_ x: Float) -> Float { Self.apply(x, Float(threshold), Float(value)) }
    public func derivative(_ x: Double) -> Double { Self.slope(x, threshold) }
    public func derivative(_ x: Float) -> Float { Self.slope(x, Float(threshold)) }
    public func callAsFunction(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .trivial, Forward(threshold: threshold, value: value))
    }
    public func callAsFunction(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .trivial, Forward(threshold: Float(threshold), value: Float(value)))
    }
    public func derivative(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .trivial, Backward(threshold: threshold))
    }
    public func derivative(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .trivial, Backward(threshold: Float(threshold)))
    }

    struct Forward<T: BinaryFloatingPoint>: ElementKernel {
        let threshold, value: T
        func callAsFunction(_ x: T) -> T { Threshold.apply(x, threshold, value) }
    }

    struct Backward<T: BinaryFloatingPoint>: ElementKernel {
        let threshold: T
        func callAsFunction(_ x: T) -> T { Threshold.slope(x, threshold) }
    }
}
