/// LogSigmoid(x) = ln σ(x) = −ln(1 + e⁻ˣ) = −Softplus(−x).
///
/// Computed without overflow: LogSigmoid(−1000) = −1000. f'(x) = 1 − σ(x) = σ(−x). NaN stays NaN.
public struct LogSigmoid: FloatKernelActivation, DoubleKernelActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"\ln \sigma(x) = -\ln\left(1 + e^{-x}\right)"# }
    public var derivativeFormula: String { #"1 - \sigma(x) = \frac{1}{1 + e^{x}}"# }
    public var gradFnName: String { "LogSigmoidBackward0" }

    public func callAsFunction(_ x: Double) -> Double { -DoubleMath.softplus(-x) }
    public func derivative(_ x: Double) -> Double { DoubleMath.sigmoid(-x) }
    @inline(__always)
    func doubleValue(_ x: Double) -> Double { -DoubleKernels.softplus(-x) }
    @inline(__always)
    func doubleSlope(_ x: Double) -> Double { DoubleKernels.sigmoid(-x) }
    // The Float arrays run native Float kernels (FloatLogKernels.swift).
    @inline(__always)
    func floatValue(_ x: Float) -> Float { -FloatMath.softplus(-x) }
    @inline(__always)
    func floatSlope(_ x: Float) -> Float { FloatMath.sigmoid(-x) }
}
