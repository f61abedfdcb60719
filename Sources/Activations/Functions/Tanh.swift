#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ): a zero-centred sigmoid, tanh x = 2σ(2x) − 1.
///
/// Saturates on both sides; tanh'(x) = 1 − tanh² x ≤ 1, computed as 4u / (1 + u)² with u = e^−2|x|
/// so it keeps its relative accuracy where 1 − tanh² x would cancel. NaN stays NaN.
public struct Tanh: FloatKernelActivation, DoubleKernelActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}"# }
    public var derivativeFormula: String { #"1 - \tanh^2 x"# }
    public var gradFnName: String { "TanhBackward0" }

    /// 1 − tanh² x for `Double`, shared with Tanhshrink and Mish.
    static func slope(_ x: Double) -> Double {
        let u = exp(-2 * abs(x))
        let d = 1 + u
        return 4 * u / (d * d)
    }

    public func callAsFunction(_ x: Double) -> Double { tanh(x) }
    public func derivative(_ x: Double) -> Double { Self.slope(x) }
    @inline(__always)
    func doubleValue(_ x: Double) -> Double { DoubleKernels.tanh(x) }
    @inline(__always)
    func doubleSlope(_ x: Double) -> Double { DoubleKernels.tanhDerivative(x) }
    @inline(__always)
    func floatValue(_ x: Float) -> Float { FloatMath.tanh(x) }
    @inline(__always)
    func floatSlope(_ x: Float) -> Float { FloatMath.tanhDerivative(x) }
}
