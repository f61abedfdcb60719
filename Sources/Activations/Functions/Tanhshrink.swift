#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tanhshrink(x) = x − tanh x.
///
/// Flat near 0 (it starts as x³/3), so the value is summed from its series there instead of
/// subtracting two nearly equal numbers. f'(x) = tanh² x. NaN stays NaN.
public struct Tanhshrink: DocumentedActivation {
    public init() {}

    public var formula: String { #"x - \tanh x"# }
    public var derivativeFormula: String { #"\tanh^2 x"# }
    public var gradFnName: String { "SubBackward0" }

    public func callAsFunction(_ x: Double) -> Double { DoubleMath.tanhshrink(x) }

    public func derivative(_ x: Double) -> Double {
        let t = tanh(x)
        return t * t
    }
}
