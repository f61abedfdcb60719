@testable import Activations

/// Calls an activation's forms for one element type, so each test body is written once for `Float`
/// and `Double`.
protocol Precision: BinaryFloatingPoint, Sendable {
    static func value(_ f: any Activation, _ x: Self) -> Self
    static func derivative(_ f: any Activation, _ x: Self) -> Self
    static func values(_ f: any Activation, _ x: [Self]) -> [Self]
    static func derivatives(_ f: any Activation, _ x: [Self]) -> [Self]
    static func softmax(_ x: [Self]) -> [Self]
    static func logSoftmax(_ x: [Self]) -> [Self]
    /// The error a reference case allows for this type, in ulps.
    static func tolerance(_ c: ReferenceCase) -> Double
}

extension Double: Precision {
    static func value(_ f: any Activation, _ x: Double) -> Double { f(x) }
    static func derivative(_ f: any Activation, _ x: Double) -> Double { f.derivative(x) }
    static func values(_ f: any Activation, _ x: [Double]) -> [Double] { f(x) }
    static func derivatives(_ f: any Activation, _ x: [Double]) -> [Double] { f.derivative(x) }
    static func softmax(_ x: [Double]) -> [Double] { Activations.softmax(x) }
    static func logSoftmax(_ x: [Double]) -> [Double] { Activations.logSoftmax(x) }
    static func tolerance(_ c: ReferenceCase) -> Double { c.doubleULPs }
}

extension Float: Precision {
    static func value(_ f: any Activation, _ x: Float) -> Float { f(x) }
    static func derivative(_ f: any Activation, _ x: Float) -> Float { f.derivative(x) }
    static func values(_ f: any Activation, _ x: [Float]) -> [Float] { f(x) }
    static func derivatives(_ f: any Activation, _ x: [Float]) -> [Float] { f.derivative(x) }
    static func softmax(_ x: [Float]) -> [Float] { Activations.softmax(x) }
    static func logSoftmax(_ x: [Float]) -> [Float] { Activations.logSoftmax(x) }
    static func tolerance(_ c: ReferenceCase) -> Double { c.floatULPs }
}
