import Testing

@testable import Activations

/// The vectorised `Float` kernels away from the reference rows: over [−110, 110], where exp reaches
/// subnormal results and saturates, against the `Double` forms (libm-based, checked against the
/// reference to a few ulps) rounded to `Float`.
@Suite struct KernelSweepTests {
    static let ids = ["elu", "selu", "gelu", "gelu-tanh", "sigmoid", "silu", "tanh"]

    /// An irregular grid: 2 · 10⁵ points, so the SIMD loop, the tail and both cores all run.
    static let grid: [Float] = (0..<200_001).map { (i: Int) -> Float in
        let step = 220 * Double(i) / 200_000
        let jitter = 1e-7 * Double(i % 7)
        return Float(-110 + step + jitter)
    }

    @Test(arguments: ids)
    func floatKernelMatchesDouble(_ id: String) {
        let f = ActivationRegistry.entry(id: id)!.activation
        let values = f(Self.grid)
        let slopes = f.derivative(Self.grid)
        var worst = (value: 0.0, slope: 0.0)
        var at = (value: Float(0), slope: Float(0))
        for (i, x) in Self.grid.enumerated() {
            // Results below 10⁻³⁵ border on the subnormals, where a Float has few significant bits
            // left: there the error is counted in units of 10⁻³⁵'s ulp (about 10⁻⁴², absolute).
            let value = ulps(values[i], Float(f(Double(x))), floor: 1e-35)
            // Derivatives that cross zero are checked in units of their terms' size, as in ReferenceCases.
            let slope = ulps(slopes[i], Float(f.derivative(Double(x))), floor: 0.25)
            if value > worst.value { at.value = x }
            if slope > worst.slope { at.slope = x }
            worst = (max(worst.value, value), max(worst.slope, slope))
        }
        // GELU's tail: the rounding of P(t) − (a²/2 − hi²/2) in the exponent shows up to 5 ulps.
        let bound = id == "gelu" ? 5.0 : 4.0
        #expect(worst.value <= bound, "\(id): f off by \(worst.value) ulps at \(at.value)")
        #expect(worst.slope <= 4, "\(id): f' off by \(worst.slope) ulps at \(at.slope)")
    }
}
