// Implementation-only: lesson programs are compiled against Activations.swiftmodule alone, without this C
// module's map, and a plain or `internal` import would make them require it. No C type appears in any Swift
// declaration (only calls to C functions), so the layout caveat of the compiler's warning does not apply.
@_implementationOnly import CActivationKernels

/// The AVX2 and AVX-512 twins of the `Float` kernels (C target `CActivationKernels`), used on x86-64
/// machines that have them: 8 or 16 lanes per instruction where Swift's baseline x86-64 code has 4.
///
/// They perform the Swift kernels' exact operation sequence, so results are the same bits on every path
/// (lesson outputs are compared byte for byte across machines); `WideKernelTests` checks each family this
/// machine runs on a sweep of inputs including NaN, ±∞, ±0 and subnormals.
enum WideKernels {
    /// A kernel over a chunk: reads `count` elements from the first pointer, writes the second (a C
    /// function, or a closure that passes an activation's parameters on to one).
    typealias Chunk = (UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int) -> Void
    /// A kernel over a chunk of `Double` elements.
    typealias DoubleChunk = (UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int) -> Void
    /// A kernel over a chunk that first subtracts its last argument from every element.
    typealias ShiftedChunk = @convention(c) (UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int, Float) -> Void

    /// The instruction sets with wide kernels, widest last.
    enum Family: Int32, Comparable, CaseIterable {
        case avx2 = 2
        case avx512 = 3
        static func < (a: Family, b: Family) -> Bool { a.rawValue < b.rawValue }
    }

    /// The widest family this CPU and its operating system run, nil if none (then the portable Swift
    /// loops run); asked once.
    static let best: Family? = Family.allCases.last { $0.rawValue <= activations_wide_kernels_level() }

    /// e^(x − shift) over a chunk, for softmax; nil without a wide family.
    static let shiftedExp: ShiftedChunk? = best.map(shiftedExp)

    static func shiftedExp(_ family: Family) -> ShiftedChunk {
        family == .avx512 ? activations_shifted_exp_avx512 : activations_shifted_exp_avx2
    }

    /// The kernel of `family` chosen by `pick` if this machine runs a wide family, else nil.
    static func usable(_ pick: (Family) -> Chunk?) -> Chunk? { best.flatMap(pick) }
}

extension Sigmoid {
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_sigmoid_avx512 : activations_sigmoid_avx2
    }

    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_sigmoid_derivative_avx512 : activations_sigmoid_derivative_avx2
    }
}

extension Tanh {
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_tanh_avx512 : activations_tanh_avx2
    }

    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_tanh_derivative_avx512 : activations_tanh_derivative_avx2
    }
}

// Softplus with β = 1 (and a threshold that is a Float), LogSigmoid, Mish's f and Tanhshrink run native Float
// kernels (FloatLogKernels.swift) with AVX2 and AVX-512 twins. Softplus with another β and Mish′ round Double
// kernels: their AVX2 twins run those on 4 double lanes (an AVX-512 machine runs them too), the same
// operations, so the same bits. The Double arrays of Softplus, LogSigmoid and Sigmoid run the same Double
// twins without the rounding.
extension Softplus {
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        let (beta, threshold) = (beta, threshold)
        guard let float = floatThreshold else {
            return { activations_softplus_float_avx2($0, $1, $2, beta, threshold) }
        }
        return family == .avx512
            ? { activations_softplus_avx512($0, $1, $2, float) } : { activations_softplus_avx2($0, $1, $2, float) }
    }

    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        let (beta, threshold) = (beta, threshold)
        guard let float = floatThreshold else {
            return { activations_softplus_derivative_float_avx2($0, $1, $2, beta, threshold) }
        }
        return family == .avx512
            ? { activations_softplus_derivative_avx512($0, $1, $2, float) }
            : { activations_softplus_derivative_avx2($0, $1, $2, float) }
    }

    func wideDoubleValue() -> WideKernels.DoubleChunk? {
        let (beta, threshold) = (beta, threshold)
        return { activations_softplus_double_avx2($0, $1, $2, beta, threshold) }
    }

    func wideDoubleSlope() -> WideKernels.DoubleChunk? {
        let (beta, threshold) = (beta, threshold)
        return { activations_softplus_derivative_double_avx2($0, $1, $2, beta, threshold) }
    }
}

extension LogSigmoid {
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_log_sigmoid_avx512 : activations_log_sigmoid_avx2
    }

    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_log_sigmoid_derivative_avx512 : activations_log_sigmoid_derivative_avx2
    }

    func wideDoubleValue() -> WideKernels.DoubleChunk? { activations_log_sigmoid_double_avx2 }
    func wideDoubleSlope() -> WideKernels.DoubleChunk? { activations_log_sigmoid_derivative_double_avx2 }
}

extension Sigmoid {
    func wideDoubleValue() -> WideKernels.DoubleChunk? { activations_sigmoid_double_avx2 }
    func wideDoubleSlope() -> WideKernels.DoubleChunk? { activations_sigmoid_derivative_double_avx2 }
}

extension Mish {
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_mish_avx512 : activations_mish_avx2
    }

    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk? { activations_mish_derivative_float_avx2 }
}

extension Tanhshrink {
    func wideValue(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_tanhshrink_avx512 : activations_tanhshrink_avx2
    }

    func wideSlope(_ family: WideKernels.Family) -> WideKernels.Chunk? {
        family == .avx512 ? activations_tanhshrink_derivative_avx512 : activations_tanhshrink_derivative_avx2
    }

    func wideDoubleValue() -> WideKernels.DoubleChunk? { activations_tanhshrink_double_avx2 }
    func wideDoubleSlope() -> WideKernels.DoubleChunk? { activations_tanhshrink_derivative_double_avx2 }
}
