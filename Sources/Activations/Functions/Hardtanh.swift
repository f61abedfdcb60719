/// Hardtanh(x) = min(max(x, minVal), maxVal), by default clamping to [−1, 1].
///
/// The derivative is 1 strictly inside (minVal, maxVal) and 0 at both bounds and outside, as in
/// PyTorch. NaN stays NaN.
public struct Hardtanh: Activation {
    public var minVal: Double
    public var maxVal: Double

    public init(minVal: Double = -1, maxVal: Double = 1) {
        precondition(maxVal > minVal, "Hardtanh needs maxVal > minVal")
        self.minVal = minVal
        self.maxVal = maxVal
    }

    public var name: String { "Hardtanh" }
    public var parameters: [ActivationParameter] { [.init("minVal", minVal), .init("maxVal", maxVal)] }
    public var formula: String { #"\min(\max(x, \#(latexNumber(minVal))), \#(latexNumber(maxVal)))"# }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & \#(latexNumber(minVal)) < x < \#(latexNumber(maxVal)) \\ 0 & \text{otherwise} \end{cases}"#
    }
    public var gradFnName: String { "HardtanhBackward0" }
    public var kinks: [Double] { [minVal, maxVal] }

    /// x clamped to [low, high], NaN kept (comparisons with NaN are false, so it falls through).
    @inline(__always)
    static func clamp<T: BinaryFloatingPoint>(_ x: T, _ low: T, _ high: T) -> T {
        x < low ? low : (x > high ? high : x)
    }

    /// 1 strictly inside (low, high), 0 elsewhere, NaN for NaN. Written with comparisons only (a NaN
    /// fails both), which vectorises more tightly than a generic `isNaN` test.
    @inline(__always)
    static func inside<T: BinaryFloatingPoint>(_ x: T, _ low: T, _ high: T) -> T {
        x <= low || x >= high ? 0 : (x > low ? 1 : x)
    }

    public func callAsFunction(_ x: Double) -> Double { Self.clamp(x, minVal, maxVal) }
    public func callAsFunction(_ x: Float) -> Float { Self.clamp(x, Float(minVal), Float(maxVal)) }
    public func derivative(_ x: Double) -> Double { Self.inside(x, minVal, maxVal) }
    public func derivative(_ x: Float) -> Float { Self.inside(x, Float(minVal), Float(maxVal)) }
    public func callAsFunction(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .trivial, Clamp(low: minVal, high: maxVal))
    }
    public func callAsFunction(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .trivial, Clamp(low: Float(minVal), high: Float(maxVal)))
    }
    public func derivative(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .trivial, Inside(low: minVal, high: maxVal))
    }
    public func derivative(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .trivial, Inside(low: Float(minVal), high: Float(maxVal)))
    }

    struct Clamp<T: BinaryFloatingPoint>: ElementKernel {
        let low, high: T
        func callAsFunction(_ x: T) -> T { Hardtanh.clamp(x, low, high) }
    }

    struct Inside<T: BinaryFloatingPoint>: ElementKernel {
        let low, high: T
        func callAsFunction(_ x: T) -> T { Hardtanh.inside(x, low, high) }
    }
}
