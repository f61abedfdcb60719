/// An activation whose `Float` arrays run a hand-written `Float` kernel (see ``FloatMath``) instead
/// of rounding the `Double` function: Sigmoid, Tanh, SiLU.
///
/// A conforming type writes `floatValue` (and `floatSlope` where it has a kernel for f'); the two
/// `Float` array forms follow, each running a loop specialised for the type. The scalar `Float`
/// forms still round the `Double` result (``Activation``'s defaults), so they stay correctly
/// rounded; only the hot array path trades a few ulps for speed.
protocol FloatKernelActivation: Activation {
    /// f(x) in `Float` arithmetic.
    func floatValue(_ x: Float) -> Float
    /// f'(x) in `Float` arithmetic; by default the rounded `Double` derivative.
    func floatSlope(_ x: Float) -> Float
    /// The wide twin of `floatValue` over a chunk in `family` (see ``WideKernels``); nil by default.
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk?
    /// The wide twin of `floatSlope` over a chunk in `family`; nil by default.
    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk?
}

extension FloatKernelActivation {
    func floatSlope(_ x: Float) -> Float { Float(derivative(Double(x))) }
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk? { nil }
    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk? { nil }

    public func callAsFunction(_ x: [Float]) -> [Float] {
        if let wide = WideKernels.usable(wideValue) {
            return Elementwise.apply(x, cost: .transcendental) { source, result, count in wide(source, result, count) }
        }
        return Elementwise.map(x, cost: .transcendental, FloatKernelValue(function: self))
    }

    public func derivative(_ x: [Float]) -> [Float] {
        if let wide = WideKernels.usable(wideSlope) {
            return Elementwise.apply(x, cost: .transcendental) { source, result, count in wide(source, result, count) }
        }
        return Elementwise.map(x, cost: .transcendental, FloatKernelSlope(function: self))
    }
}

/// f as a kernel over `Float` elements.
struct FloatKernelValue<Function: FloatKernelActivation>: ElementKernel {
    let function: Function
    @inline(__always)
    func callAsFunction(_ x: Float) -> Float { function.floatValue(x) }
}

/// f' as a kernel over `Float` elements.
struct FloatKernelSlope<Function: FloatKernelActivation>: ElementKernel {
    let function: Function
    @inline(__always)
    func callAsFunction(_ x: Float) -> Float { function.floatSlope(x) }
}
