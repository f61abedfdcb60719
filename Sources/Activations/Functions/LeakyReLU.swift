/// LeakyReLU(x) = x for x > 0, negativeSlope · x otherwise (default slope 0.01).
///
/// The small slope keeps a gradient for negative inputs, the usual cure for "dying" ReLU units.
/// The derivative at 0 is `negativeSlope` (PyTorch's `x > 0` comparison). NaN stays NaN.
public struct LeakyReLU: Activation {
    public var negativeSlope: Double

    public init(negativeSlope: Double = 0.01) {
        self.negativeSlope = negativeSlope
    }

    public var name: String { "LeakyReLU" }
    public var parameters: [ActivationParameter] { [.init("negativeSlope", negativeSlope)] }
    public var formula: String {
        #"\begin{cases} x & x > 0 \\ \#(latexNumber(negativeSlope))\,x & x \le 0 \end{cases}"#
    }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & x > 0 \\ \#(latexNumber(negativeSlope)) & x \le 0 \end{cases}"#
    }
    public var gradFnName: String { "LeakyReluBackward0" }
    public var kinks: [Double] { [0] }

    @inline(__always)
    static func value<T: BinaryFloatingPoint>(_ x: T, _ slope: T) -> T { x > 0 ? x : x * slope }

    @inline(__always)
    static func slope<T: BinaryFloatingPoint>(_ x: T, _ slope: T) -> T { x > 0 ? 1 : (x <= 0 ? slope : x) }

    public func callAsFunction(_ x: Double) -> Double { Self.value(x, negativeSlope) }
    public func callAsFunction(_ x: Float) -> Float { Self.value(x, Float(negativeSlope)) }
    public func derivative(_ x: Double) -> Double { Self.slope(x, negativeSlope) }
    public func derivative(_ x: Float) -> Float { Self.slope(x, Float(negativeSlope)) }
    public func callAsFunction(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .trivial, Forward(slope: negativeSlope))
    }
    public func callAsFunction(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .trivial, Forward(slope: Float(negativeSlope)))
    }
    public func derivative(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .trivial, Backward(slope: negativeSlope))
    }
    public func derivative(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .trivial, Backward(slope: Float(negativeSlope)))
    }

    struct Forward<T: BinaryFloatingPoint>: ElementKernel {
        let slope: T
        func callAsFunction(_ x: T) -> T { LeakyReLU.value(x, slope) }
    }

    struct Backward<T: BinaryFloatingPoint>: ElementKernel {
        let slope: T
        func callAsFunction(_ x: T) -> T { LeakyReLU.slope(x, slope) }
    }
}
