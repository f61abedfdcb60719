/// An activation whose f and f' are one generic formula for `Float` and `Double`, cheap enough to run
/// at memory speed (compares, selects, a multiply or a division): ReLU, Hardtanh, LeakyReLU, ….
///
/// A conforming type writes `apply` and `slope` once; the eight scalar and array forms of
/// ``Activation`` follow from them. The array forms run a kernel specialised for the type, so the
/// loop inlines the formula and vectorises; parameters held as `Double` (a slope, bounds) are
/// converted once per call, outside the loop, exactly as a `Float` form converts them.
protocol PointwiseActivation: Activation {
    /// f(x). Parameters enter as `T(parameter)`, rounded like the `Float` forms round them.
    func apply<T: BinaryFloatingPoint>(_ x: T) -> T
    /// f'(x), NaN for NaN.
    func slope<T: BinaryFloatingPoint>(_ x: T) -> T
}

extension PointwiseActivation {
    public func callAsFunction(_ x: Double) -> Double { apply(x) }
    public func callAsFunction(_ x: Float) -> Float { apply(x) }
    public func derivative(_ x: Double) -> Double { slope(x) }
    public func derivative(_ x: Float) -> Float { slope(x) }
    public func callAsFunction(_ x: [Double]) -> [Double] { Elementwise.map(x, cost: .trivial, PointwiseValue(self)) }
    public func callAsFunction(_ x: [Float]) -> [Float] { Elementwise.map(x, cost: .trivial, PointwiseValue(self)) }
    public func derivative(_ x: [Double]) -> [Double] { Elementwise.map(x, cost: .trivial, PointwiseSlope(self)) }
    public func derivative(_ x: [Float]) -> [Float] { Elementwise.map(x, cost: .trivial, PointwiseSlope(self)) }
}

/// f as a kernel over elements of type `T`.
struct PointwiseValue<Function: PointwiseActivation, T: BinaryFloatingPoint>: ElementKernel {
    let function: Function
    init(_ function: Function) { self.function = function }
    @inline(__always)
    func callAsFunction(_ x: T) -> T { function.apply(x) }
}

/// f' as a kernel over elements of type `T`.
struct PointwiseSlope<Function: PointwiseActivation, T: BinaryFloatingPoint>: ElementKernel {
    let function: Function
    init(_ function: Function) { self.function = function }
    @inline(__always)
    func callAsFunction(_ x: T) -> T { function.slope(x) }
}
