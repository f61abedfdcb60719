import Testing

@testable import Activations

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The native `Float` kernels of `FloatLogKernels.swift` (ln(1 + e), Softplus, LogSigmoid, Mish, Tanhshrink,
/// tanh²) that the `Float` arrays run: the worst error against 64-bit `Float80` evaluations over a dense
/// sweep, stated in each bound, and the special values as PyTorch gives them.
@Suite struct FloatLogKernelTests {
    /// A kernel, its true value in `Float80`, and the worst error measured on the sweep (in ulps of the truth
    /// rounded to `Float`, the unit no smaller than 10⁻³⁵'s: below it a `Float` has few significant bits).
    struct Case: Sendable {
        let name: String
        let measured: Double
        let kernel: @Sendable (Float) -> Float
        #if arch(x86_64)
            let truth: @Sendable (Float80) -> Float80
        #endif
    }

    #if arch(x86_64)
        static func sigma(_ x: Float80) -> Float80 { 1 / (1 + expl(-x)) }
        static func softplus(_ x: Float80) -> Float80 { x > 0 ? x + log1pl(expl(-x)) : log1pl(expl(x)) }
        /// x − tanh x without cancellation near 0 (its series; the next term is below 10⁻²⁴ of the value).
        static func tanhshrink(_ x: Float80) -> Float80 {
            let z = x * x
            return abs(x) < 1e-4 ? x * z * (1 / 3 - z * 2 / 15) : x - tanhl(x)
        }

        /// Worst errors measured on x86-64 over `sweep`; each bound is the measured worst error rounded up to
        /// a tenth of an ulp.
        static let cases: [Case] = [
            // e = |x|/110 covers [0, 1]; f exact, so one rounding of the sum and the series' few.
            Case(
                name: "log1p", measured: 0.9, kernel: { FloatMath.log1pOfUnit(abs($0) / 110) },
                truth: { log1pl(Float80(abs(Float($0)) / 110)) }),
            // e^−|x| (up to 1 ulp), ln(1 + e) and the sum with max(x, 0): worst near x = ±0.58.
            Case(name: "softplus", measured: 2.0, kernel: { FloatMath.softplus($0) }, truth: { softplus($0) }),
            Case(name: "logsigmoid", measured: 2.0, kernel: { -FloatMath.softplus(-$0) }, truth: { -softplus(-$0) }),
            // Left of 0, eˣ's ulp and four roundings (n, n + 2, the quotient, x·) in a result whose
            // significand may be near 1: 4.2 ulps at x ≈ −13.7 (the Double kernel: 4.05).
            Case(name: "mish", measured: 4.3, kernel: { FloatMath.mish($0) }, truth: { $0 * tanhl(softplus($0)) }),
            // a³P(a²): the roundings of a², a·a² and the product with P; no cancellation anywhere.
            Case(name: "tanhshrink", measured: 2.7, kernel: { FloatMath.tanhshrink($0) }, truth: { tanhshrink($0) }),
            // Squaring FloatMath.tanh would show 5.5 ulps; the fitted a²(1 + a²Q) and 1 − 4u/(1 + u)²: 1.84.
            Case(name: "tanh²", measured: 1.9, kernel: { FloatMath.tanhSquared($0) }, truth: { tanhl($0) * tanhl($0) }),
        ]

        /// 4 · 10⁵ points of [−10, 10], 2 · 10⁵ of [−110, 110], and 10⁵ geometric points of (0, 1] of each
        /// sign (Tanhshrink's x³/3 region).
        static let sweep: [Float] = {
            var values = (0...400_000).map { Float(-10 + 20 * Double($0) / 400_000) }
            values += (0...200_000).map { Float(-110 + 220 * Double($0) / 200_000) }
            let tiny = (0...100_000).map { Float(pow(10, -30 + 30 * Double($0) / 100_000)) }
            return values + tiny + tiny.map { -$0 }
        }()

        @Test(arguments: cases.map(\.name))
        func kernelWithinItsMeasuredError(_ name: String) {
            let c = Self.cases.first { $0.name == name }!
            var worst = (ulps: 0.0, at: Float(0))
            for x in Self.sweep {
                let t = c.truth(Float80(x))
                let unit = Swift.max(Float(t).magnitude, 1e-35).ulp
                let e = Double((Float80(c.kernel(x)) - t).magnitude / Float80(unit))
                if e > worst.ulps { worst = (e, x) }
            }
            print("accuracy \(name) Float kernel: \(worst.ulps) ulps at \(worst.at)")
            #expect(worst.ulps <= c.measured, "\(name) off by \(worst.ulps) ulps at \(worst.at)")
        }
    #endif

    /// NaN, ±∞, ±0 and the saturated ends, as PyTorch (and the `Double` forms) give them, in the array forms.
    @Test func specialValues() {
        let x: [Float] = [.nan, .infinity, -.infinity, 0, -0.0, 1000, -1000, 20, 20.000002]
        let s = Softplus()(x)
        #expect(s[0].isNaN && s[1] == .infinity && s[2] == 0 && s[5] == 1000 && s[6] == 0 && s[7] == 20)
        #expect(s[3] == Float(log(2.0)) && s[4] == Float(log(2.0)) && s[8] == 20.000002)
        let ds = Softplus().derivative(x)
        #expect(ds[0].isNaN && ds[1] == 1 && ds[2] == 0 && ds[3] == 0.5 && ds[8] == 1)
        let l = LogSigmoid()(x)
        #expect(l[0].isNaN && l[1] == 0 && l[2] == -.infinity && l[5] == 0 && l[6] == -1000)
        let dl = LogSigmoid().derivative(x)
        #expect(dl[0].isNaN && dl[1] == 0 && dl[2] == 1 && dl[3] == 0.5)
        let m = Mish()(x)
        #expect(m[0].isNaN && m[1] == .infinity && m[2] == 0 && m[3] == 0 && m[4].sign == .minus && m[5] == 1000)
        #expect(m[6] == 0 && m[6].sign == .minus)
        let t = Tanhshrink()(x)
        #expect(t[0].isNaN && t[1] == .infinity && t[2] == -.infinity && t[5] == 999 && t[6] == -999)
        #expect(t[3] == 0 && t[3].sign == .plus && t[4] == 0 && t[4].sign == .minus)
        let dt = Tanhshrink().derivative(x)
        #expect(dt[0].isNaN && dt[1] == 1 && dt[2] == 1 && dt[3] == 0 && dt[5] == 1 && dt[6] == 1)
        #expect(FloatMath.log1pOfUnit(0) == 0 && FloatMath.log1pOfUnit(1) == Float(log(2.0)))
        #expect(FloatMath.log1pOfUnit(1e-30) == 1e-30 && FloatMath.log1pOfUnit(.nan).isNaN)
    }
}
