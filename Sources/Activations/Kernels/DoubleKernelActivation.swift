/// An activation whose `Double` arrays run a hand-written branch-free kernel (see ``DoubleKernels``)
/// instead of calling libm per element: Sigmoid, Tanh, SiLU.
///
/// A conforming type writes `doubleValue` and `doubleSlope`; the two `Double` array forms follow, each
/// running a loop specialised for the type, which the optimiser vectorises. The scalar `Double` forms
/// keep libm, so array and scalar may differ in the last bits (both within the reference bounds).
protocol DoubleKernelActivation: Activation {
    /// f(x) through ``DoubleKernels``.
    func doubleValue(_ x: Double) -> Double
    /// f'(x) through ``DoubleKernels``.
    func doubleSlope(_ x: Double) -> Double
    /// The AVX2 twin of `doubleValue` over a chunk (see ``WideKernels``); nil by default.
    func wideDoubleValue() -> WideKernels.DoubleChunk?
    /// The AVX2 twin of `doubleSlope` over a chunk; nil by default.
    func wideDoubleSlope() -> WideKernels.DoubleChunk?
}

extension DoubleKernelActivation {
    func wideDoubleValue() -> WideKernels.DoubleChunk? { nil }
    func wideDoubleSlope() -> WideKernels.DoubleChunk? { nil }

    public func callAsFunction(_ x: [Double]) -> [Double] {
        if WideKernels.best != nil, let wide = wideDoubleValue() {
            return Elementwise.apply(x, cost: .transcendental) { source, result, count in wide(source, result, count) }
        }
        return Elementwise.map(x, cost: .transcendental, DoubleKernelValue(function: self))
    }

    public func derivative(_ x: [Double]) -> [Double] {
        if WideKernels.best != nil, let wide = wideDoubleSlope() {
            return Elementwise.apply(x, cost: .transcendental) { source, result, count in wide(source, result, count) }
        }
        return Elementwise.map(x, cost: .transcendental, DoubleKernelSlope(function: self))
    }
}

/// f as a kernel over `Double` elements.
struct DoubleKernelValue<Function: DoubleKernelActivation>: ElementKernel {
    let function: Function
    @inline(__always)
    func callAsFunction(_ x: Double) -> Double { function.doubleValue(x) }
}

/// f' as a kernel over `Double` elements.
struct DoubleKernelSlope<Function: DoubleKernelActivation>: ElementKernel {
    let function: Function
    @inline(__always)
    func callAsFunction(_ x: Double) -> Double { function.doubleSlope(x) }
}
