#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Mish(x) = x · tanh(Softplus(x)) (Misra, 2019).
///
/// Smooth and non-monotonic like SiLU, with a minimum of about −0.309 at x ≈ −1.19.
/// f'(x) = tanh(s) + x σ(x) sech²(s) with s = Softplus(x). Mish(−∞) = 0, Mish'(±∞) = 1, 0
/// (PyTorch gives NaN). NaN stays NaN.
public struct Mish: FloatKernelActivation, DoubleKernelActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"x \tanh\bigl(\ln(1 + e^{x})\bigr)"# }
    public var derivativeFormula: String {
        #"\tanh\bigl(s(x)\bigr) + x\,\sigma(x)\,\operatorname{sech}^2\bigl(s(x)\bigr), \quad s(x) = \ln(1 + e^{x})"#
    }
    public var gradFnName: String { "MishBackward0" }

    public func callAsFunction(_ x: Double) -> Double {
        x == -.infinity ? 0 : x * tanh(DoubleMath.softplus(x))
    }

    public func derivative(_ x: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let s = DoubleMath.softplus(x)
        return tanh(s) + x * DoubleMath.sigmoid(x) * Tanh.slope(s)
    }

    @inline(__always)

    func doubleValue(_ x: Double) -> Double { DoubleKernels.mish(x) }
    @inline(__always)
    func doubleSlope(_ x: Double) -> Double { DoubleKernels.mishDerivative(x) }
    // The Float array of f runs a native Float kernel (FloatLogKernels.swift); that of f′ rounds the Double
    // kernel (the difference of two terms near its zero at x ≈ −1.19 needs more than Float arithmetic).
    @inline(__always)
    func floatValue(_ x: Float) -> Float { FloatMath.mish(x) }
    @inline(__always)
    func floatSlope(_ x: Float) -> Float { Float(DoubleKernels.mishDerivative(Double(x))) }
}
