#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shared body of ELU and SELU: scale · x for x > 0, scale · α (eˣ − 1) for x ≤ 0, and the
/// derivative scale for x > 0, scale · α eˣ for x ≤ 0 (PyTorch takes the x ≤ 0 branch at 0).
/// `scaledAlpha` is scale · α rounded once.
enum ExponentialLinear {
    static func value(_ x: Double, scale: Double, scaledAlpha: Double) -> Double {
        x > 0 ? scale * x : scaledAlpha * expm1(x)
    }

    static func slope(_ x: Double, scale: Double, scaledAlpha: Double) -> Double {
        x > 0 ? scale : scaledAlpha * exp(x)
    }

    static func values(_ x: [Float], scale: Double, scaledAlpha: Double) -> [Float] {
        Elementwise.map(x, cost: .transcendental, Forward(scale: Float(scale), scaledAlpha: Float(scaledAlpha)))
    }

    static func slopes(_ x: [Float], scale: Double, scaledAlpha: Double) -> [Float] {
        Elementwise.map(x, cost: .transcendental, Backward(scale: Float(scale), scaledAlpha: Float(scaledAlpha)))
    }

    struct Forward: ElementKernel {
        let scale, scaledAlpha: Float
        func callAsFunction(_ x: Float) -> Float { x > 0 ? scale * x : scaledAlpha * FloatMath.expm1(x) }
    }

    struct Backward: ElementKernel {
        let scale, scaledAlpha: Float
        func callAsFunction(_ x: Float) -> Float { x > 0 ? scale : scaledAlpha * FloatMath.exp(x) }
    }
}
