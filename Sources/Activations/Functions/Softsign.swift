/// Softsign(x) = x / (1 + |x|): like tanh, but approaches ±1 polynomially, not exponentially.
///
/// Softsign(±∞) = ±1 (PyTorch gives NaN there). f'(x) = 1 / (1 + |x|)², computed as a square of
/// the reciprocal so it cannot overflow. NaN stays NaN.
public struct Softsign: Activation {
    public init() {}

    public var name: String { "Softsign" }
    public var formula: String { #"\frac{x}{1 + |x|}"# }
    public var derivativeFormula: String { #"\frac{1}{(1 + |x|)^2}"# }
    public var gradFnName: String { "DivBackward0" }

    @inline(__always)
    static func value<T: BinaryFloatingPoint>(_ x: T) -> T {
        x.isInfinite ? T(signOf: x, magnitudeOf: 1) : x / (1 + abs(x))
    }

    @inline(__always)
    static func slope<T: BinaryFloatingPoint>(_ x: T) -> T {
        let r = 1 / (1 + abs(x))
        return r * r
    }

    public func callAsFunction(_ x: Double) -> Double { Self.value(x) }
    public func callAsFunction(_ x: Float) -> Float { Self.value(x) }
    public func derivative(_ x: Double) -> Double { Self.slope(x) }
    public func derivative(_ x: Float) -> Float { Self.slope(x) }
    public func callAsFunction(_ x: [Double]) -> [Double] { Elementwise.map(x, cost: .trivial, Forward()) }
    public func callAsFunction(_ x: [Float]) -> [Float] { Elementwise.map(x, cost: .trivial, Forward()) }
    public func derivative(_ x: [Double]) -> [Double] { Elementwise.map(x, cost: .trivial, Backward()) }
    public func derivative(_ x: [Float]) -> [Float] { Elementwise.map(x, cost: .trivial, Backward()) }

    struct Forward<T: BinaryFloatingPoint>: ElementKernel {
        func callAsFunction(_ x: T) -> T { Softsign.value(x) }
    }

    struct Backward<T: BinaryFloatingPoint>: ElementKernel {
        func callAsFunction(_ x: T) -> T { Softsign.slope(x) }
    }
}
