#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// GELU(x) = x Φ(x), Φ the standard normal distribution function (Hendrycks & Gimpel, 2016); with
/// `approximate: .tanh`, Φ(x) is replaced by ½(1 + tanh(√(2/π)(x + 0.044715x³))).
///
/// Smooth and non-monotonic: a minimum of about −0.17 at x ≈ −0.75, where f' crosses 0.
/// GELU(−∞) = 0 and GELU'(±∞) = 1, 0 (PyTorch gives NaN). NaN stays NaN.
public struct GELU: DocumentedActivation {
    /// Which form of Φ to use, as PyTorch's `approximate` argument.
    public enum Approximation: String, Sendable, Hashable, CaseIterable {
        /// The exact Φ(x) = ½ erfc(−x/√2).
        case none
        /// ½(1 + tanh(√(2/π)(x + 0.044715x³))).
        case tanh
    }

    public var approximate: Approximation

    public init(approximate: Approximation = .none) {
        self.approximate = approximate
    }

    /// `approximate` as a number: 0 for `.none`, 1 for `.tanh`.
    public var parameters: [ActivationParameter] {
        [.init("approximate", approximate == .none ? 0 : 1)]
    }
    public var formula: String {
        switch approximate {
        case .none: #"x\,\Phi(x) = \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt{2}}\right)"#
        case .tanh: #"\frac{x}{2}\left(1 + \tanh\left(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\right)\right)"#
        }
    }
    public var derivativeFormula: String {
        switch approximate {
        case .none: #"\Phi(x) + x\,\varphi(x), \quad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}"#
        case .tanh:
            #"\frac{1}{2}(1 + \tanh u) + \frac{x}{2}\left(1 - \tanh^2 u\right) \sqrt{2/\pi}\,(1 + 0.134145\,x^2), \quad u = \sqrt{2/\pi}\,(x + 0.044715\,x^3)"#
        }
    }
    public var gradFnName: String { "GeluBackward0" }

    public func callAsFunction(_ x: Double) -> Double {
        if x.isInfinite { return x > 0 ? x : 0 }
        switch approximate {
        case .none: return x * Self.normalCDF(x)
        // ½(1 + tanh u) = σ(2u): no cancellation for negative x.
        case .tanh: return x * DoubleMath.sigmoid(Self.twiceTanhArgument(x))
        }
    }

    public func derivative(_ x: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        switch approximate {
        case .none:
            return Self.normalCDF(x) + x * Self.normalDensity(x)
        case .tanh:
            // Saturated long before: avoids ∞ · 0 from x² overflowing while σ'(2u) underflows.
            if abs(x) > 1000 { return x > 0 ? 1 : 0 }
            let v = Self.twiceTanhArgument(x)
            let dv = 2 * Self.sqrt2OverPi * (1 + 3 * Self.cubicCoefficient * x * x)
            return DoubleMath.sigmoid(v) + x * DoubleMath.sigmoidDerivative(v) * dv
        }
    }

    public func callAsFunction(_ x: [Float]) -> [Float] {
        switch approximate {
        case .none: Elementwise.map(x, cost: .transcendental, Exact())
        case .tanh: Elementwise.map(x, cost: .transcendental, TanhForm())
        }
    }

    public func derivative(_ x: [Float]) -> [Float] {
        switch approximate {
        case .none: Elementwise.map(x, cost: .transcendental, ExactDerivative())
        case .tanh: Elementwise.map(x, cost: .transcendental, TanhFormDerivative())
        }
    }

    /// The exact form calls libm's erfc per element; the tanh form runs ``TanhFormDouble``.
    public func callAsFunction(_ x: [Double]) -> [Double] {
        switch approximate {
        case .none: Elementwise.map(x, cost: .transcendental) { self($0) }
        case .tanh: Elementwise.map(x, cost: .transcendental, TanhFormDouble())
        }
    }

    public func derivative(_ x: [Double]) -> [Double] {
        switch approximate {
        case .none: Elementwise.map(x, cost: .transcendental) { derivative($0) }
        case .tanh: Elementwise.map(x, cost: .transcendental, TanhFormDoubleDerivative())
        }
    }

    /// x σ(v) through ``DoubleKernels``, v = 2√(2/π)(x + 0.044715x³); 0 at −∞.
    struct TanhFormDouble: ElementKernel {
        @inline(__always)
        func callAsFunction(_ x: Double) -> Double {
            let product = x * DoubleKernels.sigmoid(GELU.twiceTanhArgument(x))
            return x == -.infinity ? 0 : product
        }
    }

    /// σ(v) + x σ'(v) v'(x) as the scalar form, σ(v) and σ'(v) from one e^−|v|; 1 and 0 beyond ±1000.
    struct TanhFormDoubleDerivative: ElementKernel {
        @inline(__always)
        func callAsFunction(_ x: Double) -> Double {
            let clamped = Swift.max(Swift.min(x, 1000), -1000)
            let v = GELU.twiceTanhArgument(clamped)
            let dv = 2 * GELU.sqrt2OverPi * (1 + 3 * GELU.cubicCoefficient * clamped * clamped)
            let e = DoubleKernels.exp(-Swift.abs(v))
            let r = 1 / (1 + e)
            let sigmoid = v >= 0 ? r : e * r
            let value = sigmoid + clamped * (e * r * r) * dv
            return Swift.abs(x) > 1000 ? (x > 0 ? 1 : 0) : value
        }
    }

    /// x Φ(x) = x Q(−x) for x < 0, x (1 − Q(x)) for x ≥ 0: the tail Q keeps its relative accuracy.
    /// Below −20 the product is below the least Float; clamping avoids −∞ · 0.
    struct Exact: ElementKernel {
        @inline(__always)
        func callAsFunction(_ x: Float) -> Float {
            let q = FloatMath.normalTail(Swift.abs(x)).tail
            return x < 0 ? Swift.max(x, -20) * q : x * (1 - q)
        }
    }

    /// Φ(x) + x φ(x), with the same clamping (φ is 0 in Float beyond ±20).
    struct ExactDerivative: ElementKernel {
        @inline(__always)
        func callAsFunction(_ x: Float) -> Float {
            let (q, density) = FloatMath.normalTail(Swift.abs(x))
            let clamped = Swift.max(Swift.min(x, 20), -20)
            return (x < 0 ? q : 1 - q) + clamped * density
        }
    }

    /// x σ(v), v = 2√(2/π)(x + 0.044715x³).
    struct TanhForm: ElementKernel {
        @inline(__always)
        func callAsFunction(_ x: Float) -> Float {
            x == -.infinity ? 0 : x * GELU.tanhFormSigmoid(x).value
        }
    }

    /// σ(v) + x σ'(v) v'(x); x is clamped where σ'(v) is 0 in Float to avoid ∞ · 0.
    struct TanhFormDerivative: ElementKernel {
        @inline(__always)
        func callAsFunction(_ x: Float) -> Float {
            let sigmoid = GELU.tanhFormSigmoid(x)
            let clamped = Swift.max(Swift.min(x, 30), -30)
            let slope = Float(2 * GELU.sqrt2OverPi) * (1 + Float(3 * GELU.cubicCoefficient) * clamped * clamped)
            return sigmoid.value + clamped * sigmoid.slope * slope
        }
    }

    /// σ(v) and σ'(v) in Float for v = 2√(2/π)(x + 0.044715x³). v is computed in Double: in Float its
    /// rounding would cost up to |v| ulps in the left tail.
    @inline(__always)
    static func tanhFormSigmoid(_ x: Float) -> (value: Float, slope: Float) {
        let v = twiceTanhArgument(Double(x))
        let e = FloatMath.exp(-Swift.abs(v))
        let r = 1 / (1 + e)
        return (v >= 0 ? r : e * r, e * r * r)
    }

    static let sqrt2OverPi = 0.7978845608028654
    static let cubicCoefficient = 0.044715

    /// 2u = 2√(2/π)(x + 0.044715x³).
    @inline(__always)
    static func twiceTanhArgument(_ x: Double) -> Double {
        2 * sqrt2OverPi * (x + cubicCoefficient * x * x * x)
    }

    /// Φ(x) = ½ erfc(−x/√2). Rounding −x/√2 would cost up to x² ulps in the far left tail, so the
    /// rounding error δ of the product is recovered exactly (fused multiply-add plus the tail of
    /// 1/√2) and corrected to first order: erfc(z + δ) ≈ erfc(z) − δ · 2/√π · e^{−z²}.
    static func normalCDF(_ x: Double) -> Double {
        let (head, tail) = (0.7071067811865476, -4.833646656726457e-17)  // 1/√2 = head + tail
        let z = -x * head
        let delta = (-z).addingProduct(-x, head) + -x * tail
        let correction = delta * 1.1283791670955126 * exp(-z * z)  // 2/√π
        return 0.5 * (erfc(z) - correction)
    }

    /// φ(x) = e^{−x²/2} / √(2π), with x² split exactly into head + tail so that the exponent is
    /// not rounded (that would cost up to x²/2 ulps).
    static func normalDensity(_ x: Double) -> Double {
        // e^{−800} underflows; the guard also keeps x² from overflowing (∞ − ∞ in the tail).
        guard abs(x) < 40 else { return x.isNaN ? x : 0 }
        let square = x * x
        let tail = (-square).addingProduct(x, x)
        return exp(-0.5 * square) * (1 - 0.5 * tail) * 0.3989422804014327  // 1/√(2π)
    }
}
