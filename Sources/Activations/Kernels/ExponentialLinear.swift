#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shared body of ELU and SELU: scale · x for x > 0, scale · α (eˣ − 1) for x ≤ 0, and the
/// derivative scale for x > 0, scale · α eˣ for x ≤ 0 (PyTorch takes the x ≤ 0 branch at 0).
/// A conforming type gives its two constants; the `Double` forms and the array kernels follow (the
/// `Double` arrays through ``DoubleKernels``, the scalars through libm).
protocol ExponentialLinear: Activation {
    /// The slope for x > 0 (λ for SELU, 1 for ELU).
    var scale: Double { get }
    /// scale · α rounded once.
    var scaledAlpha: Double { get }
}

extension ExponentialLinear {
    public func callAsFunction(_ x: Double) -> Double { x > 0 ? scale * x : scaledAlpha * expm1(x) }

    public func derivative(_ x: Double) -> Double { x > 0 ? scale : scaledAlpha * exp(x) }

    public func callAsFunction(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .transcendental, ExponentialLinearDoubleValue(scale: scale, scaledAlpha: scaledAlpha))
    }

    public func derivative(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .transcendental, ExponentialLinearDoubleSlope(scale: scale, scaledAlpha: scaledAlpha))
    }

    public func callAsFunction(_ x: [Float]) -> [Float] {
        Elementwise.map(
            x, cost: .transcendental,
            ExponentialLinearValue(scale: Float(scale), scaledAlpha: Float(scaledAlpha))
        )
    }

    public func derivative(_ x: [Float]) -> [Float] {
        Elementwise.map(
            x, cost: .transcendental,
            ExponentialLinearSlope(scale: Float(scale), scaledAlpha: Float(scaledAlpha))
        )
    }
}

/// f in `Float`, the constants rounded once per call.
struct ExponentialLinearValue: ElementKernel {
    let scale, scaledAlpha: Float
    @inline(__always)
    func callAsFunction(_ x: Float) -> Float { x > 0 ? scale * x : scaledAlpha * FloatMath.expm1(x) }
}

/// f' in `Float`.
struct ExponentialLinearSlope: ElementKernel {
    let scale, scaledAlpha: Float
    @inline(__always)
    func callAsFunction(_ x: Float) -> Float { x > 0 ? scale : scaledAlpha * FloatMath.exp(x) }
}

/// f in `Double` through ``DoubleKernels``.
struct ExponentialLinearDoubleValue: ElementKernel {
    let scale, scaledAlpha: Double
    @inline(__always)
    func callAsFunction(_ x: Double) -> Double { x > 0 ? scale * x : scaledAlpha * DoubleKernels.expm1(x) }
}

/// f' in `Double` through ``DoubleKernels``.
struct ExponentialLinearDoubleSlope: ElementKernel {
    let scale, scaledAlpha: Double
    @inline(__always)
    func callAsFunction(_ x: Double) -> Double { x > 0 ? scale : scaledAlpha * DoubleKernels.exp(x) }
}
