/// ReLU6(x) = min(max(0, x), 6): ReLU capped at 6.
///
/// The derivative is 1 strictly between 0 and 6 and 0 at both bounds and outside (PyTorch's
/// `hardtanh` kernel). NaN stays NaN; ReLU6(−0) is +0, as ReLU(−0).
public struct ReLU6: Activation {
    public init() {}

    public var name: String { "ReLU6" }
    public var formula: String { #"\min(\max(0, x), 6)"# }
    public var derivativeFormula: String { #"\begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}"# }
    public var gradFnName: String { "HardtanhBackward0" }
    public var kinks: [Double] { [0, 6] }

    @inline(__always)
    static func value<T: BinaryFloatingPoint>(_ x: T) -> T { x <= 0 ? 0 : (x > 6 ? 6 : x) }

    public func callAsFunction(_ x: Double) -> Double { Self.value(x) }
    public func callAsFunction(_ x: Float) -> Float { Self.value(x) }
    public func derivative(_ x: Double) -> Double { Hardtanh.inside(x, 0, 6) }
    public func derivative(_ x: Float) -> Float { Hardtanh.inside(x, 0, 6) }
    public func callAsFunction(_ x: [Double]) -> [Double] { Elementwise.map(x, cost: .trivial, Forward()) }
    public func callAsFunction(_ x: [Float]) -> [Float] { Elementwise.map(x, cost: .trivial, Forward()) }
    public func derivative(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .trivial, Hardtanh.Inside(low: 0, high: 6))
    }
    public func derivative(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .trivial, Hardtanh.Inside(low: 0, high: 6))
    }

    struct Forward<T: BinaryFloatingPoint>: ElementKernel {
        func callAsFunction(_ x: T) -> T { ReLU6.value(x) }
    }
}
