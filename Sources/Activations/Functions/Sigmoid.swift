/// Sigmoid(x) = σ(x) = 1 / (1 + e⁻ˣ).
///
/// Saturates on both sides: σ'(x) = σ(x)(1 − σ(x)) ≤ 1/4 and vanishes for large |x|, the
/// vanishing-gradient problem ReLU avoids. Computed through e^−|x|, so σ(−1000) is 0 without
/// overflow, and σ' without the cancellation in 1 − σ. NaN stays NaN.
public struct Sigmoid: FloatKernelActivation, DoubleKernelActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"\sigma(x) = \frac{1}{1 + e^{-x}}"# }
    public var derivativeFormula: String { #"\sigma(x)\,(1 - \sigma(x))"# }
    public var gradFnName: String { "SigmoidBackward0" }

    public func callAsFunction(_ x: Double) -> Double { DoubleMath.sigmoid(x) }
    public func derivative(_ x: Double) -> Double { DoubleMath.sigmoidDerivative(x) }
    @inline(__always)
    func doubleValue(_ x: Double) -> Double { DoubleKernels.sigmoid(x) }
    @inline(__always)
    func doubleSlope(_ x: Double) -> Double { DoubleKernels.sigmoidDerivative(x) }
    @inline(__always)
    func floatValue(_ x: Float) -> Float { FloatMath.sigmoid(x) }
    @inline(__always)
    func floatSlope(_ x: Float) -> Float { FloatMath.sigmoidDerivative(x) }
}
