#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CELU(x) = max(0, x) + min(0, α(e^{x/α} − 1)) (default α = 1): ELU reparametrised so that it is
/// continuously differentiable for every α.
///
/// The derivative is 1 for x > 0 and e^{x/α} for x ≤ 0 (1 at 0). CELU(−∞) = −α; NaN stays NaN.
public struct CELU: DocumentedActivation {
    public var alpha: Double

    public init(alpha: Double = 1) {
        usageCheck(alpha != 0, "CELU: alpha must be non-zero (it divides), got \(alpha)")
        self.alpha = alpha
    }

    public var parameters: [ActivationParameter] { [.init("alpha", alpha)] }
    public var formula: String {
        #"\max(0, x) + \min\left(0, \alpha\left(e^{x/\alpha} - 1\right)\right)"#
    }
    public var derivativeFormula: String {
        #"\begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}"#
    }
    public var gradFnName: String { "EluBackward0" }

    public func callAsFunction(_ x: Double) -> Double { x > 0 ? x : alpha * expm1(x / alpha) }
    public func derivative(_ x: Double) -> Double { x > 0 ? 1 : exp(x / alpha) }

    /// Through ``DoubleKernels`` for α > 0, where x/α ≤ 0 on the exponential side (the kernels' `expm1`
    /// covers only that side); libm per element otherwise.
    public func callAsFunction(_ x: [Double]) -> [Double] {
        guard alpha > 0 else { return Elementwise.map(x, cost: .transcendental) { self($0) } }
        return Elementwise.map(x, cost: .transcendental, CELUDoubleValue(alpha: alpha))
    }

    /// Through ``DoubleKernels`` for α > 0; libm per element otherwise.
    public func derivative(_ x: [Double]) -> [Double] {
        guard alpha > 0 else { return Elementwise.map(x, cost: .transcendental) { derivative($0) } }
        return Elementwise.map(x, cost: .transcendental, CELUDoubleSlope(alpha: alpha))
    }
}

/// CELU in `Double` for α > 0.
struct CELUDoubleValue: ElementKernel {
    let alpha: Double
    @inline(__always)
    func callAsFunction(_ x: Double) -> Double {
        // Both sides computed, then selected: a branch here keeps the loop from vectorising.
        let negative = alpha * DoubleKernels.expm1(x / alpha)
        return x > 0 ? x : negative
    }
}

/// CELU' in `Double` for α > 0.
struct CELUDoubleSlope: ElementKernel {
    let alpha: Double
    @inline(__always)
    func callAsFunction(_ x: Double) -> Double {
        let negative = DoubleKernels.exp(x / alpha)
        return x > 0 ? 1 : negative
    }
}
