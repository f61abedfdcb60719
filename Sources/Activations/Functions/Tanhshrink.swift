#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tanhshrink(x) = x − tanh x.
///
/// Flat near 0 (it starts as x³/3), so the value is summed from its series there instead of
/// subtracting two nearly equal numbers. f'(x) = tanh² x. NaN stays NaN.
public struct Tanhshrink: FloatKernelActivation, DoubleKernelActivation, DocumentedActivation {
    public init() {}

    public var formula: String { #"x - \tanh x"# }
    public var derivativeFormula: String { #"\tanh^2 x"# }
    public var gradFnName: String { "SubBackward0" }

    public func callAsFunction(_ x: Double) -> Double { DoubleMath.tanhshrink(x) }

    public func derivative(_ x: Double) -> Double {
        let t = tanh(x)
        return t * t
    }

    /// The `Double` arrays run branch-free kernels (``DoubleKernels/tanhshrink``,
    /// ``DoubleKernels/tanhSquared``: fitted series below |x| = 1, no cancellation), with AVX2 twins; the
    /// scalar forms keep their series and libm. The `Float` arrays run native `Float` kernels
    /// (``FloatMath/tanhshrink``, ``FloatMath/tanhSquared``).
    @inline(__always)
    func doubleValue(_ x: Double) -> Double { DoubleKernels.tanhshrink(x) }
    @inline(__always)
    func doubleSlope(_ x: Double) -> Double { DoubleKernels.tanhSquared(x) }
    @inline(__always)
    func floatValue(_ x: Float) -> Float { FloatMath.tanhshrink(x) }
    @inline(__always)
    func floatSlope(_ x: Float) -> Float { FloatMath.tanhSquared(x) }
}
