import CActivationKernels
import Testing

@testable import Activations

/// The wide (AVX2, AVX-512) kernels that the `Float` array forms of Sigmoid, Tanh, Softplus, LogSigmoid, Mish,
/// Tanhshrink and softmax run on x86-64 give the
/// same bits as the portable Swift kernels (``FloatMath``), so a lesson's output does not depend on the
/// machine. Checked bit for bit, NaN payloads included, over a sweep of every exponent and sign, a dense
/// band around zero, and the special values.
@Suite struct WideKernelTests {
    /// About 1.3 · 10⁶ inputs: every 4099th bit pattern (all exponents, both signs, NaNs with many
    /// payloads, subnormals), 2¹⁸ points of [−24, 24] where the functions bend, and the special values.
    /// The count is not a multiple of 8, so the kernels' tail runs too.
    static let sweep: [Float] = {
        var values = stride(from: UInt64(0), to: 1 << 32, by: 4099).map { Float(bitPattern: UInt32($0)) }
        values += (0..<(1 << 18)).map { Float(-24 + 48 * Double($0) / Double(1 << 18)) }
        values += [
            0, -0.0, .infinity, -.infinity, .nan, -.nan, .signalingNaN, -.signalingNaN,
            Float(bitPattern: 0x7FC0_1234), Float(bitPattern: 0xFF80_0001), .leastNonzeroMagnitude,
            -.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            -104, -103.99999, -104.00001, -30, -15, -52, 88.7, -88.7, 1e-20, -1e-20, 0.5, -0.5,
        ]
        return values
    }()

    static let functions: [(String, @Sendable (Float) -> Float, @Sendable ([Float]) -> [Float])] = [
        ("sigmoid", { FloatMath.sigmoid($0) }, { Sigmoid()($0) }),
        ("sigmoid'", { FloatMath.sigmoidDerivative($0) }, { Sigmoid().derivative($0) }),
        ("tanh", { FloatMath.tanh($0) }, { Tanh()($0) }),
        ("tanh'", { FloatMath.tanhDerivative($0) }, { Tanh().derivative($0) }),
        ("softplus", { Softplus().floatValue($0) }, { Softplus()($0) }),
        ("softplus'", { Softplus().floatSlope($0) }, { Softplus().derivative($0) }),
        (
            "softplus β=0.5", { Softplus(beta: 0.5, threshold: 3).floatValue($0) },
            { Softplus(beta: 0.5, threshold: 3)($0) }
        ),
        ("softplus' β=-2", { Softplus(beta: -2).floatSlope($0) }, { Softplus(beta: -2).derivative($0) }),
        ("logsigmoid", { LogSigmoid().floatValue($0) }, { LogSigmoid()($0) }),
        ("logsigmoid'", { LogSigmoid().floatSlope($0) }, { LogSigmoid().derivative($0) }),
        ("mish", { Mish().floatValue($0) }, { Mish()($0) }),
        ("mish'", { Mish().floatSlope($0) }, { Mish().derivative($0) }),
        ("tanhshrink", { Tanhshrink().floatValue($0) }, { Tanhshrink()($0) }),
        ("tanhshrink'", { Tanhshrink().floatSlope($0) }, { Tanhshrink().derivative($0) }),
        // β = 1 but a threshold that is no Float: the Double kernel rounded.
        (
            "softplus threshold=0.1", { Softplus(threshold: 0.1).floatValue($0) },
            { Softplus(threshold: 0.1)($0) }
        ),
    ]

    /// The first index where two results differ in any bit, if any.
    static func firstDifference(_ a: [Float], _ b: [Float]) -> Int? {
        a.indices.first { a[$0].bitPattern != b[$0].bitPattern }
    }

    /// Through the public array form, whichever path this machine takes, on both cores.
    @Test(arguments: functions.indices)
    func arrayFormMatchesPortableKernel(_ index: Int) {
        let (name, portable, array) = Self.functions[index]
        let expected = Self.sweep.map(portable)
        let actual = array(Self.sweep)
        if let i = Self.firstDifference(actual, expected) {
            Issue.record(
                "\(name)(\(Self.sweep[i])) = \(actual[i]) (bits \(actual[i].bitPattern)), portable \(expected[i])")
        }
    }

    /// Short arrays, where only the kernels' tail (fewer than 8 elements after the main loop) runs.
    @Test func shortArraysMatch() {
        for count in 1...17 {
            let x = Array(Self.sweep.suffix(count))
            for (name, portable, array) in Self.functions {
                #expect(Self.firstDifference(array(x), x.map(portable)) == nil, "\(name) on \(count) elements")
            }
        }
    }

    /// Each wide family this machine runs, called directly (the array forms use only the widest), on the
    /// four kernels and on softmax's exponentials e^{x − shift} for several shifts.
    @Test(arguments: WideKernels.Family.allCases)
    func familyMatchesPortableKernels(_ family: WideKernels.Family) throws {
        guard family.rawValue <= activations_wide_kernels_level() else { return }  // not on this CPU
        let x = Self.sweep
        func run(_ kernel: (UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
            [Float](unsafeUninitializedCapacity: x.count) { result, initialized in
                x.withUnsafeBufferPointer { kernel($0.baseAddress!, result.baseAddress!) }
                initialized = x.count
            }
        }
        let kernels: [(String, WideKernels.Chunk?, (Float) -> Float)] = [
            ("sigmoid", Sigmoid().wideValue(family), FloatMath.sigmoid),
            ("sigmoid'", Sigmoid().wideSlope(family), FloatMath.sigmoidDerivative),
            ("tanh", Tanh().wideValue(family), FloatMath.tanh),
            ("tanh'", Tanh().wideSlope(family), FloatMath.tanhDerivative),
            ("softplus", Softplus().wideValue(family), Softplus().floatValue),
            ("softplus'", Softplus().wideSlope(family), Softplus().floatSlope),
            (
                "softplus β=3", Softplus(beta: 3, threshold: 10).wideValue(family),
                Softplus(beta: 3, threshold: 10).floatValue
            ),
            (
                "softplus' β=3", Softplus(beta: 3, threshold: 10).wideSlope(family),
                Softplus(beta: 3, threshold: 10).floatSlope
            ),
            ("logsigmoid", LogSigmoid().wideValue(family), LogSigmoid().floatValue),
            ("logsigmoid'", LogSigmoid().wideSlope(family), LogSigmoid().floatSlope),
            ("mish", Mish().wideValue(family), Mish().floatValue),
            ("mish'", Mish().wideSlope(family), Mish().floatSlope),
            ("tanhshrink", Tanhshrink().wideValue(family), Tanhshrink().floatValue),
            ("tanhshrink'", Tanhshrink().wideSlope(family), Tanhshrink().floatSlope),
            (
                "softplus' threshold=0.1", Softplus(threshold: 0.1).wideSlope(family),
                Softplus(threshold: 0.1).floatSlope
            ),
        ]
        for (name, kernel, portable) in kernels {
            let wide = try #require(kernel)
            let actual = run { wide($0, $1, x.count) }
            let expected = x.map(portable)
            if let i = Self.firstDifference(actual, expected) {
                Issue.record(
                    "\(family) \(name)(\(x[i])) = \(actual[i]) (bits \(actual[i].bitPattern)), portable \(expected[i])")
            }
        }
        let exp = WideKernels.shiftedExp(family)
        for shift: Float in [0, 1, -1, 7.25, 100, -100, .infinity, .nan] {
            let actual = run { exp($0, $1, x.count, shift) }
            let expected = x.map { FloatMath.exp($0 - shift) }
            if let i = Self.firstDifference(actual, expected) {
                Issue.record("\(family) exp(\(x[i]) − \(shift)) = \(actual[i]), portable \(expected[i])")
            }
        }
    }

    /// About 1.3 · 10⁶ `Double` inputs: every (2⁶⁴/10⁶)th bit pattern (all exponents, both signs, NaNs,
    /// subnormals), 2¹⁸ points of [−40, 40], the special values; not a multiple of 8.
    static let doubleSweep: [Double] = {
        var values = (0..<1_000_003).map { Double(bitPattern: UInt64($0) &* 18_446_707_000_000) }
        values += (0..<(1 << 18)).map { -40 + 80 * Double($0) / Double(1 << 18) }
        values += [
            0, -0.0, .infinity, -.infinity, .nan, -.nan, .signalingNaN, Double(bitPattern: 0x7FF8_0000_0000_1234),
            .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
            -.greatestFiniteMagnitude, 710, 710.5, -746, -746.5, -745.1, 40, 40.5, -800, -800.5, 20, 20.000001,
            1e-300, -1e-300, 0.5, -0.5,
        ]
        return values
    }()

    /// The `[Double]` arrays with AVX2 twins (the array form on this machine, and the AVX2 kernel called
    /// directly) against the portable Swift loop, bit for bit.
    @Test func doubleArraysMatchPortableKernels() {
        let x = Self.doubleSweep
        let cases: [(String, ([Double]) -> [Double], WideKernels.DoubleChunk?, (Double) -> Double)] = [
            ("softplus", { Softplus()($0) }, Softplus().wideDoubleValue(), Softplus().doubleValue),
            ("softplus'", { Softplus().derivative($0) }, Softplus().wideDoubleSlope(), Softplus().doubleSlope),
            (
                "softplus β=0.5", { Softplus(beta: 0.5, threshold: 3)($0) },
                Softplus(beta: 0.5, threshold: 3).wideDoubleValue(), Softplus(beta: 0.5, threshold: 3).doubleValue
            ),
            ("logsigmoid", { LogSigmoid()($0) }, LogSigmoid().wideDoubleValue(), LogSigmoid().doubleValue),
            ("logsigmoid'", { LogSigmoid().derivative($0) }, LogSigmoid().wideDoubleSlope(), LogSigmoid().doubleSlope),
            ("sigmoid", { Sigmoid()($0) }, Sigmoid().wideDoubleValue(), Sigmoid().doubleValue),
            ("sigmoid'", { Sigmoid().derivative($0) }, Sigmoid().wideDoubleSlope(), Sigmoid().doubleSlope),
            ("tanhshrink", { Tanhshrink()($0) }, Tanhshrink().wideDoubleValue(), Tanhshrink().doubleValue),
            (
                "tanhshrink'", { Tanhshrink().derivative($0) }, Tanhshrink().wideDoubleSlope(),
                Tanhshrink().doubleSlope
            ),
        ]
        for (name, array, wide, portable) in cases {
            let expected = x.map(portable)
            var results = [("array", array(x))]
            if let wide, WideKernels.best != nil {
                results.append(
                    (
                        "avx2",
                        [Double](unsafeUninitializedCapacity: x.count) { result, initialized in
                            x.withUnsafeBufferPointer { wide($0.baseAddress!, result.baseAddress!, x.count) }
                            initialized = x.count
                        }
                    ))
            }
            for (path, actual) in results {
                if let i = actual.indices.first(where: { actual[$0].bitPattern != expected[$0].bitPattern }) {
                    Issue.record("\(path) \(name)(\(x[i])) = \(actual[i]), portable \(expected[i])")
                }
            }
        }
    }

    /// softmax and logSoftmax on vectors long enough for the blocked, two-core passes, against the same
    /// passes with the portable exponentials written out here.
    @Test func softmaxMatchesPortableExponentials() {
        let x = (0..<100_003).map { Float(($0 * 7919) % 100_003) / 5000 - 10 }
        let m = x.max()!
        let e = x.map { FloatMath.exp($0 - m) }
        var sum = 0.0
        for start in stride(from: 0, to: e.count, by: VectorSoftmax.block) {
            let block = Array(e[start..<min(e.count, start + VectorSoftmax.block)])
            var lanes = SIMD16<Float>()
            var i = 0
            while i + 16 <= block.count {
                lanes += SIMD16(block[i..<(i + 16)])
                i += 16
            }
            var s = Double(lanes.sum())
            while i < block.count {
                s += Double(block[i])
                i += 1
            }
            sum += s
        }
        let scale = Float(1 / sum)
        #expect(Self.firstDifference(softmax(x), e.map { $0 * scale }) == nil)
        let offset = Float(Double.logarithm(sum))
        #expect(Self.firstDifference(logSoftmax(x), x.map { ($0 - m) - offset }) == nil)
    }
}
