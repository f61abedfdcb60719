import CActivationKernels

/// The AVX2 twins of the `Float` kernels (C target `CActivationKernels`), used on x86-64 machines that
/// have AVX2: eight lanes per instruction where Swift's baseline x86-64 code has four.
///
/// They perform the Swift kernels' exact operation sequence, so results are the same bits with or without
/// them (lesson outputs are compared byte for byte across machines); `WideKernelTests` checks that on a
/// sweep of inputs including NaN, ±∞, ±0 and subnormals.
enum WideKernels {
    /// A kernel over a chunk: reads `count` elements from the first pointer, writes the second.
    typealias Chunk = @convention(c) (UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int) -> Void

    /// Whether this CPU (and its operating system) runs the wide kernels; asked once.
    static let available: Bool = activations_wide_kernels_available() != 0

    /// `kernel` if the wide kernels can run here, else nil (use the portable Swift loop).
    static func usable(_ kernel: Chunk?) -> Chunk? { available ? kernel : nil }
}

extension Sigmoid {
    var wideValue: WideKernels.Chunk? { activations_sigmoid_wide }
    var wideSlope: WideKernels.Chunk? { activations_sigmoid_derivative_wide }
}

extension Tanh {
    var wideValue: WideKernels.Chunk? { activations_tanh_wide }
    var wideSlope: WideKernels.Chunk? { activations_tanh_derivative_wide }
}
