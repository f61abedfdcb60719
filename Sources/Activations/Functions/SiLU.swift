/// SiLU(x) = x · σ(x), also called swish.
///
/// Smooth and non-monotonic: a shallow minimum of about −0.278 at x ≈ −1.278, where f' crosses 0.
/// f'(x) = σ(x)(1 + x σ(−x)), written with σ(−x) rather than 1 − σ(x) to avoid cancellation for
/// large x. SiLU(−∞) = 0 and SiLU'(±∞) = 0, 1 (PyTorch gives NaN). NaN stays NaN.
public struct SiLU: FloatKernelActivation, DoubleKernelActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"x\,\sigma(x)"# }
    public var derivativeFormula: String { #"\sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)"# }
    public var gradFnName: String { "SiluBackward0" }

    public func callAsFunction(_ x: Double) -> Double {
        x == -.infinity ? 0 : x * DoubleMath.sigmoid(x)
    }

    public func derivative(_ x: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        return DoubleMath.sigmoid(x) * (1 + x * DoubleMath.sigmoid(-x))
    }

    @inline(__always)

    func doubleValue(_ x: Double) -> Double { DoubleKernels.silu(x) }
    @inline(__always)
    func doubleSlope(_ x: Double) -> Double { DoubleKernels.siluDerivative(x) }
    @inline(__always)
    func floatValue(_ x: Float) -> Float { x == -.infinity ? 0 : x * FloatMath.sigmoid(x) }
    /// The Double kernel rounded: in Float arithmetic the products near f′'s zero would cost more than 3 ulps.
    @inline(__always)
    func floatSlope(_ x: Float) -> Float { Float(DoubleKernels.siluDerivative(Double(x))) }
}
