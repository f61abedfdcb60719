/// An element-wise activation function with its derivative, shaped like a `torch.nn` module.
///
/// f and f′ on `Double` are all a type must write; everything else has a default, so an author's own
/// function works like the library's: on `Float`, on arrays, on tensors with autograd, in plots.
///
///     struct Square: Activation {
///         func callAsFunction(_ x: Double) -> Double { x * x }
///         func derivative(_ x: Double) -> Double { 2 * x }
///     }
///
/// The library's own functions also document themselves for the reference pages
/// (`DocumentedActivation`: LaTeX formulas).
///
/// Conforming types are named as in `torch.nn` (`ReLU()`, `LeakyReLU(negativeSlope: 0.2)`, …), take
/// PyTorch's default parameters, and follow PyTorch's semantics, including which side of a kink the
/// derivative takes (see each type's documentation). Beyond PyTorch, every function:
/// - propagates NaN (`f(.nan).isNaN`),
/// - returns the mathematical limit at ±∞, also where PyTorch returns NaN,
/// - never overflows or returns NaN for a finite input.
///
/// The array forms are the hot path: element-wise, vectorised, on all cores for long arrays. The
/// piecewise-linear functions give bit for bit the scalar results; the `Float` arrays of ELU, SELU,
/// GELU, SiLU, Sigmoid and Tanh use `Float` kernels, those of Softplus, LogSigmoid, Mish and
/// Tanhshrink round branch-free `Double` kernels (no C library calls), a few ulps from the exact
/// value like the scalar forms (per-function bounds in the tests), but not always the same bits.
/// Those kernels give the same bits on every x86-64 and arm64 machine; forms that call the C
/// library's `exp`, `erfc`, `tanh` give what it gives. No result depends on the number of cores.
public protocol Activation: Sendable {
    /// The `torch.nn` name, e.g. `"LeakyReLU"`; by default the type's name, which is the same for every
    /// activation of this library.
    var name: String { get }
    /// Parameters and their current values, in `torch.nn` order, e.g. `[("negativeSlope", 0.01)]`.
    var parameters: [ActivationParameter] { get }
    /// The name PyTorch gives the autograd node of this function, e.g. `"ReluBackward0"`; by default
    /// the type's name followed by `Backward0` (`SquareBackward0`).
    var gradFnName: String { get }
    /// Points where f or f' is not smooth (a corner or a jump), in increasing order, e.g. `[0]` for
    /// ReLU; plots draw a jump there instead of a steep line. Empty (the default) for smooth functions.
    var kinks: [Double] { get }

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

// The library's own functions replace most of these defaults through one of three protocols in
// Kernels/: PointwiseActivation (one generic f and f' for cheap piecewise functions),
// FloatKernelActivation (a hand-written Float kernel for the Float arrays), ExponentialLinear (ELU, SELU).
extension Activation {
    /// The type's name: the library's types are named as their `torch.nn` classes.
    public var name: String { String(describing: Self.self) }

    /// Smooth everywhere.
    public var kinks: [Double] { [] }

    /// `name` + `Backward0`, PyTorch's pattern (`SquareBackward0` for `struct Square`). The library's
    /// types give PyTorch's own spelling (`ReluBackward0`, `GeluBackward0`).
    public var gradFnName: String { name + "Backward0" }

    /// No parameters.
    public var parameters: [ActivationParameter] { [] }

    /// Rounds the `Double` result: correctly rounded except in rare double-rounding cases (≤ 1 ulp).
    public func callAsFunction(_ x: Float) -> Float { Float(self(Double(x))) }

    /// Rounds the `Double` derivative, like `callAsFunction(_: Float)`.
    public func derivative(_ x: Float) -> Float { Float(derivative(Double(x))) }

    /// Element-wise; both cores for long arrays. Types with a vectorised kernel replace this.
    public func callAsFunction(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .transcendental) { self($0) }
    }

    /// Element-wise f'; both cores for long arrays.
    public func derivative(_ x: [Double]) -> [Double] {
        Elementwise.map(x, cost: .transcendental) { derivative($0) }
    }

    /// Element-wise; both cores for long arrays. Types with a vectorised kernel replace this.
    public func callAsFunction(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .transcendental) { self($0) }
    }

    /// Element-wise f'; both cores for long arrays.
    public func derivative(_ x: [Float]) -> [Float] {
        Elementwise.map(x, cost: .transcendental) { derivative($0) }
    }
}

/// A parameter value as it reads in a formula: `1` rather than `1.0`, `0.01` as is.
func latexNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}
