/// Hardtanh(x) = min(max(x, minVal), maxVal), by default clamping to [−1, 1].
///
/// The derivative is 1 strictly inside (minVal, maxVal) and 0 at both bounds and outside, as in
/// PyTorch. NaN stays NaN.
public struct Hardtanh: PointwiseActivation, DocumentedActivation {
    public var minVal: Double
    public var maxVal: Double

    public init(minVal: Double = -1, maxVal: Double = 1) {
        usageCheck(maxVal > minVal, "Hardtanh: maxVal (\(maxVal)) must be greater than minVal (\(minVal))")
        self.minVal = minVal
        self.maxVal = maxVal
    }

    public var parameters: [ActivationParameter] { [.init("minVal", minVal), .init("maxVal", maxVal)] }
    public var formula: String { #"\min(\max(x, \#(latexNumber(minVal))), \#(latexNumber(maxVal)))"# }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & \#(latexNumber(minVal)) < x < \#(latexNumber(maxVal)) \\ 0 & x \le \#(latexNumber(minVal)) \\ 0 & x \ge \#(latexNumber(maxVal)) \end{cases}"#
    }
    public var gradFnName: String { "HardtanhBackward0" }
    public var kinks: [Double] { [minVal, maxVal] }

    /// x clamped to [minVal, maxVal], NaN kept (comparisons with NaN are false, so it falls through).
    func apply<T: BinaryFloatingPoint>(_ x: T) -> T {
        let low = T(minVal)
        let high = T(maxVal)
        return x < low ? low : (x > high ? high : x)
    }

    func slope<T: BinaryFloatingPoint>(_ x: T) -> T { Self.inside(x, T(minVal), T(maxVal)) }

    /// 1 strictly inside (low, high), 0 elsewhere, NaN for NaN. Written with comparisons only (a NaN
    /// fails both), which vectorises more tightly than a generic `isNaN` test. Shared with ReLU6.
    @inline(__always)
    static func inside<T: BinaryFloatingPoint>(_ x: T, _ low: T, _ high: T) -> T {
        x <= low || x >= high ? 0 : (x > low ? 1 : x)
    }
}
