/// Softplus(x) = ln(1 + e^{βx}) / β, and x itself where βx > threshold (defaults β = 1,
/// threshold = 20, PyTorch's linear region, where the two differ by less than e⁻²⁰).
///
/// A smooth ReLU; f'(x) = σ(βx), 1 in the linear region. Computed without overflow for any x,
/// so Softplus(1000) = 1000. NaN stays NaN.
public struct Softplus: FloatKernelActivation, DoubleKernelActivation, DocumentedActivation {
    public var beta: Double
    public var threshold: Double

    public init(beta: Double = 1, threshold: Double = 20) {
        usageCheck(beta != 0, "Softplus: beta must be non-zero (it divides), got \(beta)")
        self.beta = beta
        self.threshold = threshold
    }

    public var parameters: [ActivationParameter] { [.init("beta", beta), .init("threshold", threshold)] }
    public var formula: String { #"\frac{1}{\beta} \ln\left(1 + e^{\beta x}\right)"# }
    public var derivativeFormula: String { #"\sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}"# }
    public var gradFnName: String { "SoftplusBackward0" }
    /// f' jumps by less than e⁻²⁰ at threshold / β, far below what a plot shows: no kink listed.
    public var kinks: [Double] { [] }

    public func callAsFunction(_ x: Double) -> Double {
        let scaled = beta * x
        return scaled > threshold ? x : DoubleMath.softplus(scaled) / beta
    }

    public func derivative(_ x: Double) -> Double {
        let scaled = beta * x
        return scaled > threshold ? 1 : DoubleMath.sigmoid(scaled)
    }

    @inline(__always)

    func doubleValue(_ x: Double) -> Double {
        let scaled = beta * x
        let smooth = DoubleKernels.softplus(scaled) / beta
        return scaled > threshold ? x : smooth
    }

    @inline(__always)

    func doubleSlope(_ x: Double) -> Double {
        let scaled = beta * x
        let smooth = DoubleKernels.sigmoid(scaled)
        return scaled > threshold ? 1 : smooth
    }

    /// The threshold as a `Float` when the `Float` arrays can run the native kernel: β = 1 and a threshold
    /// that is exactly a `Float` (then x > threshold in `Double` is x > it in `Float`); nil otherwise.
    var floatThreshold: Float? {
        let float = Float(threshold)
        return beta == 1 && Double(float) == threshold ? float : nil
    }

    /// β = 1: ``FloatMath/softplus`` in `Float`; any other β rounds the `Double` kernel.
    @inline(__always)
    func floatValue(_ x: Float) -> Float {
        guard let threshold = floatThreshold else { return Float(doubleValue(Double(x))) }
        return x > threshold ? x : FloatMath.softplus(x)
    }

    /// β = 1: σ(x) in `Float`; any other β rounds the `Double` kernel.
    @inline(__always)
    func floatSlope(_ x: Float) -> Float {
        guard let threshold = floatThreshold else { return Float(doubleSlope(Double(x))) }
        return x > threshold ? 1 : FloatMath.sigmoid(x)
    }
}
