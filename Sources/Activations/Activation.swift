/// An element-wise activation function with its derivative, shaped like a `torch.nn` module.
///
/// Conforming types are named as in `torch.nn` (`ReLU()`, `LeakyReLU(negativeSlope: 0.2)`, …), take
/// PyTorch's default parameters, and follow PyTorch's semantics, including which side of a kink the
/// derivative takes (see each type's documentation). Beyond PyTorch, every function:
/// - propagates NaN (`f(.nan).isNaN`),
/// - returns the mathematical limit at ±∞, also where PyTorch returns NaN,
/// - never overflows or returns NaN for a finite input.
///
/// The array forms are the hot path: they are element-wise and give exactly the same values as the
/// scalar forms would, element by element, within the accuracy the tests demand.
public protocol Activation: Sendable {
    /// The `torch.nn` name, e.g. `"LeakyReLU"`.
    var name: String { get }
    /// Parameters and their current values, in `torch.nn` order, e.g. `[("negativeSlope", 0.01)]`.
    var parameters: [ActivationParameter] { get }
    /// LaTeX source of f(x), e.g. `\max(0, x)`.
    var formula: String { get }
    /// LaTeX source of f'(x).
    var derivativeFormula: String { get }
    /// The name PyTorch gives the autograd node of this function, e.g. `"ReluBackward0"`.
    var gradFnName: String { get }

    func callAsFunction(_ x: Double) -> Double
    func callAsFunction(_ x: Float) -> Float
    func derivative(_ x: Double) -> Double
    func derivative(_ x: Float) -> Float

    func callAsFunction(_ x: [Double]) -> [Double]
    func callAsFunction(_ x: [Float]) -> [Float]
    func derivative(_ x: [Double]) -> [Double]
    func derivative(_ x: [Float]) -> [Float]
}

/// A named parameter of an activation function and its value.
public struct ActivationParameter: Hashable, Sendable {
    /// Swift argument label, e.g. `negativeSlope`.
    public var name: String
    public var value: Double

    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}
