/// PReLU's function at a fixed slope: x for x > 0, a · x otherwise (PyTorch's initial a is 0.25).
///
/// This is the maths of `torch.nn.PReLU` without the learning: the `PReLU` layer of `Tensors` keeps
/// `a` as a trainable tensor and evaluates this function with its current value. It documents
/// itself as `PReLU` (name, formula in `a`, `PreluKernelBackward0`), so its reference page and plots
/// are PReLU's.
///
/// The derivative in x at 0 is `a` (torch compares `x > 0`); ∂f/∂a is x for x < 0 and 0 otherwise.
/// NaN stays NaN.
public struct ParametricReLU: DocumentedActivation {
    /// The slope for negative inputs.
    public var slope: Double

    public init(slope: Double = 0.25) {
        self.slope = slope
    }

    public var name: String { "PReLU" }
    public var parameters: [ActivationParameter] { [.init("weight", slope)] }
    public var formula: String { #"\begin{cases} x & x > 0 \\ a\,x & x \le 0 \end{cases}"# }
    public var derivativeFormula: String { #"\begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}"# }
    public var gradFnName: String { "PreluKernelBackward0" }
    public var kinks: [Double] { [0] }

    /// The scalar and array forms are LeakyReLU's with this slope.
    private var pointwise: LeakyReLU { LeakyReLU(negativeSlope: slope) }

    public func callAsFunction(_ x: Double) -> Double { pointwise(x) }
    public func callAsFunction(_ x: Float) -> Float { pointwise(x) }
    public func derivative(_ x: Double) -> Double { pointwise.derivative(x) }
    public func derivative(_ x: Float) -> Float { pointwise.derivative(x) }
    public func callAsFunction(_ x: [Double]) -> [Double] { pointwise(x) }
    public func callAsFunction(_ x: [Float]) -> [Float] { pointwise(x) }
    public func derivative(_ x: [Double]) -> [Double] { pointwise.derivative(x) }
    public func derivative(_ x: [Float]) -> [Float] { pointwise.derivative(x) }

    /// ∂f/∂a at `x`: `x` for x < 0, else 0 (NaN stays NaN).
    public func weightGradient(_ x: Double) -> Double { Self.weightSlope(x) }

    /// ∂f/∂a element-wise.
    public func weightGradient(_ x: [Double]) -> [Double] { x.map(Self.weightSlope) }

    @inline(__always)
    static func weightSlope<T: BinaryFloatingPoint>(_ x: T) -> T { x > 0 ? 0 : x }
}
