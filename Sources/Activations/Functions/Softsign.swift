/// Softsign(x) = x / (1 + |x|): like tanh, but approaches ±1 polynomially, not exponentially.
///
/// Softsign(±∞) = ±1 (PyTorch gives NaN there). f'(x) = 1 / (1 + |x|)², computed as a square of
/// the reciprocal so it cannot overflow. NaN stays NaN.
public struct Softsign: PointwiseActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"\frac{x}{1 + |x|}"# }
    public var derivativeFormula: String { #"\frac{1}{(1 + |x|)^2}"# }
    public var gradFnName: String { "DivBackward0" }

    func apply<T: BinaryFloatingPoint>(_ x: T) -> T {
        x.isInfinite ? T(signOf: x, magnitudeOf: 1) : x / (1 + abs(x))
    }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T {
        let r = 1 / (1 + abs(x))
        return r * r
    }
}
