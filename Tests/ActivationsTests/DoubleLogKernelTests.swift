import Testing

@testable import Activations

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `Double` kernels of `DoubleLogKernels.swift` (ln(1 + e), Softplus, LogSigmoid, Mish, Mish′, Tanhshrink,
/// tanh²) and the kernel of the tanh form of GELU: the worst error against 64-bit `Float80` evaluations
/// over dense sweeps, stated in each bound; special values; and the same bits in the array forms whatever
/// the split.
@Suite struct DoubleLogKernelTests {
    /// A kernel, its true value in `Float80`, the worst error measured on the sweep (in ulps of the
    /// rounded truth, the unit no smaller than `floor`'s), and the bound the test holds it to.
    struct Case: Sendable {
        let name: String
        let measured: Double
        let floor: Double
        let kernel: @Sendable (Double) -> Double
        #if arch(x86_64)
            let truth: @Sendable (Float80) -> Float80
        #endif
    }

    #if arch(x86_64)
        static func sigma(_ x: Float80) -> Float80 { 1 / (1 + expl(-x)) }
        static func softplus(_ x: Float80) -> Float80 { x > 0 ? x + log1pl(expl(-x)) : log1pl(expl(x)) }

        /// The coefficients a₁, a₂, … of tanh x = Σ aₖ x²ᵏ⁺¹ (a₀ = 1), from tanh′ = 1 − tanh²:
        /// (2k + 1) aₖ = −Σ_{i+j=k−1} aᵢaⱼ.
        static let tanhSeries: [Float80] = {
            var a: [Float80] = [1]
            for k in 1..<40 {
                let sum = (0..<k).reduce(Float80(0)) { $0 + a[$1] * a[k - 1 - $1] }
                a.append(-sum / Float80(2 * k + 1))
            }
            return a
        }()

        /// x − tanh x: its series below |x| = 1/2 (terms shrink by at least 10 each, 40 of them), x − tanhl x
        /// above, where the cancellation costs at most a factor 13 of `Float80`'s 2⁻⁶⁴.
        static func tanhshrink(_ x: Float80) -> Float80 {
            guard abs(x) < 0.5 else { return x - tanhl(x) }
            let z = x * x
            var sum: Float80 = 0
            for c in tanhSeries.dropFirst().reversed() { sum = sum * z + c }
            return -x * z * sum
        }

        /// Worst errors measured on x86-64 over `sweep` (2 · 10⁵ points on [−40, 40] and 10⁵ on
        /// [−750, 750]); each bound is the measured worst error rounded up to a tenth of an ulp.
        static let cases: [Case] = [
            // fdlibm's log1p, within 1 ulp; e = |x|/750 covers [0, 1].
            Case(
                name: "log1p", measured: 0.8, floor: 0, kernel: { DoubleKernels.log1pOfUnit(abs($0) / 750) },
                truth: {
                    log1pl(Float80(abs(Double($0)) / 750))
                }),
            // e^−|x| (0.65 ulp), ln(1 + e) (0.8) and the final sum: the same budget as libm's formula.
            Case(
                name: "softplus", measured: 1.5, floor: 0, kernel: { DoubleKernels.softplus($0) },
                truth: { softplus($0) }),
            Case(
                name: "logsigmoid", measured: 1.5, floor: 0, kernel: { LogSigmoid().doubleValue($0) },
                truth: {
                    -softplus(-$0)
                }),
            // Five roundings after eˣ (e + 2, n, n + 2, n/(n + 2), x·): up to 3.2 · 2⁻⁵³ relative, 4.05 ulps
            // where the result's significand is near 1 (far left, x ≈ −30).
            Case(
                name: "mish", measured: 4.1, floor: 1e-300, kernel: { DoubleKernels.mish($0) },
                truth: {
                    $0 * tanhl(softplus($0))
                }),
            // Near its zero at x ≈ −1.19, Mish′ is a difference of terms of about 1/4: counted in ulps of 1/4.
            Case(
                name: "mish'", measured: 3.4, floor: 0.25, kernel: { DoubleKernels.mishDerivative($0) },
                truth: { x in
                    let s = softplus(x)
                    return tanhl(s) + x * sigma(x) / (coshl(s) * coshl(s))
                }),
            // Given the rounded argument 2u (whose rounding costs up to |2u| ulps far left, as in the scalar
            // form: 16 ulps allowed on the reference rows).
            Case(
                name: "gelu_tanh", measured: 2.8, floor: 1e-300, kernel: { GELU.TanhFormDouble()($0) },
                truth: { x in
                    Float80(Double(x)) * sigma(Float80(GELU.twiceTanhArgument(Double(x))))
                }),
            // a³P(a²) below 1: the roundings of a², a·a² and the product with P; (a − 1) + 2u/(1 + u) above.
            Case(
                name: "tanhshrink", measured: 2.4, floor: 1e-300, kernel: { DoubleKernels.tanhshrink($0) },
                truth: { tanhshrink($0) }),
            // a² + a²·a²Q(a²) below 1, 1 − 4u/(1 + u)² above.
            Case(
                name: "tanh²", measured: 1.9, floor: 1e-300, kernel: { DoubleKernels.tanhSquared($0) },
                truth: { tanhl($0) * tanhl($0) }),
        ]

        static let sweep: [Double] =
            DoubleKernelTests.grid(from: -40, to: 40, points: 200_000)
            + DoubleKernelTests.grid(from: -750, to: 750, points: 100_000)

        @Test(arguments: cases.map(\.name))
        func kernelWithinItsMeasuredError(_ name: String) {
            let c = Self.cases.first { $0.name == name }!
            var worst = (ulps: 0.0, at: 0.0)
            for x in Self.sweep {
                let t = c.truth(Float80(x))
                let e = DoubleKernelTests.truthULPs(c.kernel(x), t, floor: c.floor)
                if e > worst.ulps { worst = (e, x) }
            }
            print("accuracy \(name) Double kernel: \(worst.ulps) ulps at \(worst.at)")
            #expect(worst.ulps <= c.measured, "\(name) off by \(worst.ulps) ulps at \(worst.at)")
        }
    #endif

    @Test func specialValues() {
        let softplus = Softplus()
        let logSigmoid = LogSigmoid()
        let mish = Mish()
        let gelu = GELU(approximate: .tanh)
        let x: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, 1000, -1000, 1e300, -1e300]
        let s = softplus(x)
        #expect(s[0].isNaN && s[1] == .infinity && s[2] == 0 && s[5] == 1000 && s[6] == 0 && s[7] == 1e300)
        #expect(s[3] == log(2.0) && s[4] == log(2.0))
        let l = logSigmoid(x)
        #expect(l[0].isNaN && l[1] == 0 && l[2] == -.infinity && l[5] == 0 && l[6] == -1000)
        let m = mish(x)
        #expect(m[0].isNaN && m[1] == .infinity && m[2] == 0 && m[4].sign == .minus && m[5] == 1000 && m[6] == 0)
        let dm = mish.derivative(x)
        #expect(dm[0].isNaN && dm[1] == 1 && dm[2] == 0 && dm[5] == 1 && dm[6] == 0 && dm[8] == 0)
        let ds = softplus.derivative(x)
        #expect(ds[0].isNaN && ds[1] == 1 && ds[2] == 0 && ds[3] == 0.5)
        let g = gelu(x)
        let dg = gelu.derivative(x)
        #expect(g[0].isNaN && g[1] == .infinity && g[2] == 0 && g[5] == 1000 && g[6] == 0)
        #expect(dg[0].isNaN && dg[1] == 1 && dg[2] == 0 && dg[5] == 1 && dg[6] == 0)
        #expect(DoubleKernels.log1pOfUnit(0) == 0 && DoubleKernels.log1pOfUnit(1) == log(2.0))
        #expect(DoubleKernels.log1pOfUnit(1e-300) == 1e-300 && DoubleKernels.log1pOfUnit(.nan).isNaN)
    }

    /// The array forms give the element kernel's bits however the array is cut and split, on both types.
    @Test func arrayFormsGiveTheSameBitsWhateverTheSplit() {
        let functions: [(String, any Activation)] = [
            ("softplus", Softplus()), ("softplus β=2", Softplus(beta: 2, threshold: 10)), ("logsigmoid", LogSigmoid()),
            ("mish", Mish()), ("gelu_tanh", GELU(approximate: .tanh)), ("tanhshrink", Tanhshrink()),
        ]
        let long = (0..<(1 << 15) + 13).map { i in
            i % 97 < DoubleKernelTests.special.count
                ? DoubleKernelTests.special[i % 97]
                : DoubleKernelTests.middle[(i &* 7919) % DoubleKernelTests.middle.count]
        }
        let floats = long.map(Float.init)
        for (name, f) in functions {
            let values = f(long)
            let slopes = f.derivative(long)
            let floatValues = f(floats)
            let floatSlopes = f.derivative(floats)
            for (offset, length) in [(0, 1), (1, 2), (3, 5), (5, 17), (7, 33), (11, 100)] {
                let range = offset..<(offset + length)
                #expect(same(f(Array(long[range])), Array(values[range])), "\(name) on \(range)")
                #expect(same(f.derivative(Array(long[range])), Array(slopes[range])), "\(name)' on \(range)")
                #expect(same(f(Array(floats[range])), Array(floatValues[range])), "\(name) Float on \(range)")
                #expect(
                    same(f.derivative(Array(floats[range])), Array(floatSlopes[range])), "\(name)' Float on \(range)")
            }
            #expect(same(values, f(long)) && same(floatSlopes, f.derivative(floats)), "\(name): two calls differ")
        }
    }

    func same<T: BinaryFloatingPoint>(_ a: [T], _ b: [T]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 && $0.sign == $1.sign || ($0.isNaN && $1.isNaN) }
    }
}
