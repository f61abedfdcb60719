import Testing

@testable import Activations

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The branch-free `Double` kernels behind the `[Double]` array forms (``DoubleKernels``): against libm
/// over dense grids and at special values, and the same bits whatever the array length, offset or call.
@Suite struct DoubleKernelTests {
    /// 10⁶ points over [−750, 750], irregularly spaced, so every reduction interval, the subnormal
    /// results below −708, the underflow to 0 below −745.1 and the overflow above 709.8 are all met.
    static let wide: [Double] = grid(from: -750, to: 750, points: 1_000_000)

    /// 2 · 10⁵ points over [−40, 40], where the activations are neither saturated nor trivial.
    static let middle: [Double] = grid(from: -40, to: 40, points: 200_000)

    /// points + 1 values from `low` to `high`, each nudged by a few 10⁻⁹ so the spacing is irregular.
    static func grid(from low: Double, to high: Double, points: Int) -> [Double] {
        (0...points).map { (i: Int) -> Double in
            let step: Double = (high - low) * Double(i) / Double(points)
            let jitter: Double = 1e-9 * Double(i % 7)
            return low + step + jitter
        }
    }

    static let special: [Double] = [
        .nan, -.nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
        .leastNormalMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        1e-300, -1e-300, 1e-17, -1e-17, 709.782712893384, 709.7827128933841, -708.3964185322641,
        -745.1332191019411, -745.1332191019412, -746, 710, -40, -38, 1e300, -1e300,
    ]

    /// Worst distance in ulps of `kernel` from `reference` over `inputs`, with where it occurs.
    func worst(
        _ inputs: [Double], floor: Double = 0, _ kernel: (Double) -> Double, _ reference: (Double) -> Double
    ) -> (ulps: Double, at: Double) {
        var result = (ulps: 0.0, at: 0.0)
        for x in inputs {
            let e = ulps(kernel(x), reference(x), floor: floor)
            if e > result.ulps { result = (e, x) }
        }
        return result
    }

    /// exp: within 0.65 ulp of the true value on normal results, 0.75 on subnormal ones (measured
    /// against 64-bit `expl` over 2 · 10⁶ points; the polynomial's truncation is 0.06 ulp, the rounding
    /// of r is carried exactly, 1 + r + s is rounded once, and the rounding inside s is below 0.1 ulp).
    /// libm's exp is within 0.51 ulp, so the two doubles differ by at most 1 ulp.
    @Test func expMatchesLibm() {
        let w = worst(Self.wide + Self.special, DoubleKernels.exp, exp)
        #expect(w.ulps <= 1, "exp off by \(w.ulps) ulps at \(w.at)")
        #expect(DoubleKernels.exp(.nan).isNaN && DoubleKernels.exp(-.nan).isNaN)
        #expect(DoubleKernels.exp(.infinity) == .infinity && DoubleKernels.exp(1000) == .infinity)
        #expect(DoubleKernels.exp(-.infinity) == 0 && DoubleKernels.exp(-1000) == 0)
        #expect(DoubleKernels.exp(0) == 1 && DoubleKernels.exp(-0.0) == 1)
        #expect(DoubleKernels.exp(-745.1332191019411) == .leastNonzeroMagnitude)
        #expect(DoubleKernels.exp(709.782712893384).isFinite)
    }

    /// expm1 on x ≤ 0 (all its callers need): within 0.9 ulp of the true value (measured against
    /// `expm1l`; one final rounding, the rest inside r²P(r) ≤ 0.4 ulp), keeping the sign of zero, −1
    /// below −38; libm's is within 0.51 ulp, so they differ by at most 1 ulp.
    @Test func expm1MatchesLibmOnTheNegativeSide() {
        let negative =
            Self.wide.filter { $0 <= 0 } + Self.middle.filter { $0 <= 0 }.map { $0 / 40 }
            + Self.special.filter { !($0 > 0) }
        let w = worst(negative, DoubleKernels.expm1, expm1)
        #expect(w.ulps <= 1, "expm1 off by \(w.ulps) ulps at \(w.at)")
        #expect(DoubleKernels.expm1(.nan).isNaN)
        #expect(DoubleKernels.expm1(-.infinity) == -1)
        #expect(DoubleKernels.expm1(-0.0).sign == .minus && DoubleKernels.expm1(0) == 0)
        #expect(DoubleKernels.expm1(-1e-300) == -1e-300)
    }

    /// The derived kernels against the same formulas through libm (`DoubleMath`, `Tanh.slope`, libm's
    /// tanh, the scalar SiLU forms), in ulps of the libm result. One ulp of difference in e^−|x| can
    /// move 1 + e across a rounding boundary, and each product or quotient after it one more step, so
    /// σ' = e·r·r and tanh' = 4u/(1 + u)² may differ by 4 ulps, tanh (two formulas, libm's expm1
    /// against ours) by 3. SiLU' = σ(x)(1 + xσ(−x)) near its zero at x ≈ −1.28 is counted in ulps of
    /// 1/16 (2⁻⁵⁶): σ(−x) ≈ 0.78 differing by 2 ulps and the rounding of x σ(−x) move 1 + xσ(−x) by up
    /// to 5 · 2⁻⁵³, times σ(x) ≈ 0.22, about 9 such ulps. On x86-64 the next test shows that the
    /// kernels are as accurate as the libm formulas against 64-bit references.
    @Test func derivedKernelsMatchLibm() {
        for c in Self.derived {
            let w = worst(Self.derivedInputs, floor: c.floor, c.kernel, c.libm)
            #expect(w.ulps <= c.bound, "\(c.name) off by \(w.ulps) ulps at \(w.at)")
        }
    }

    #if arch(x86_64)
        /// Against 64-bit `Float80` references (`expl`, `tanhl`, `coshl`): each kernel's worst error on the
        /// grid is within half an ulp of the worst error of the same formula through libm.
        @Test func derivedKernelsAreAsAccurateAsLibm() {
            for c in Self.derived {
                var ours = 0.0
                var theirs = 0.0
                let truth = Self.truths[c.name]!
                for x in Self.derivedInputs where x.isFinite {
                    let t = truth(Float80(x))
                    ours = max(ours, Self.truthULPs(c.kernel(x), t, floor: c.floor))
                    theirs = max(theirs, Self.truthULPs(c.libm(x), t, floor: c.floor))
                }
                #expect(ours <= theirs + 0.5, "\(c.name): \(ours) ulps, libm formula \(theirs)")
            }
        }

        /// Distance of `actual` from the 64-bit `truth` in ulps of the rounded truth (no smaller than `floor`'s).
        static func truthULPs(_ actual: Double, _ truth: Float80, floor: Double) -> Double {
            let unit = Swift.max(Double(truth).magnitude, floor, .leastNormalMagnitude).ulp
            return Double((Float80(actual) - truth).magnitude / Float80(unit))
        }
    #endif

    static let derivedInputs = middle + wide.filter { abs($0) > 40 }.striding(by: 10) + special

    /// A kernel, the same formula through libm, and the bound on their difference in ulps (of no less
    /// than `floor`'s ulp).
    struct Derived: Sendable {
        let name: String
        let bound: Double, floor: Double
        let kernel: @Sendable (Double) -> Double, libm: @Sendable (Double) -> Double
    }

    static let derived: [Derived] = [
        Derived(
            name: "sigmoid", bound: 2, floor: 0, kernel: { DoubleKernels.sigmoid($0) },
            libm: { DoubleMath.sigmoid($0) }),
        Derived(
            name: "sigmoid'", bound: 4, floor: 0, kernel: { DoubleKernels.sigmoidDerivative($0) },
            libm: { DoubleMath.sigmoidDerivative($0) }),
        Derived(name: "tanh", bound: 3, floor: 0, kernel: { DoubleKernels.tanh($0) }, libm: { tanh($0) }),
        Derived(
            name: "tanh'", bound: 4, floor: 0, kernel: { DoubleKernels.tanhDerivative($0) },
            libm: { Tanh.slope($0) }),
        Derived(name: "silu", bound: 2, floor: 1e-300, kernel: { DoubleKernels.silu($0) }, libm: { SiLU()($0) }),
        Derived(
            name: "silu'", bound: 9, floor: 1.0 / 16, kernel: { DoubleKernels.siluDerivative($0) },
            libm: { SiLU().derivative($0) }),
    ]

    #if arch(x86_64)
        /// The true values of `derived`, in 64-bit `Float80` arithmetic.
        static let truths: [String: @Sendable (Float80) -> Float80] = {
            @Sendable func sigma(_ x: Float80) -> Float80 { 1 / (1 + expl(-x)) }
            return [
                "sigmoid": { sigma($0) },
                "sigmoid'": { sigma($0) * sigma(-$0) },
                "tanh": { tanhl($0) },
                "tanh'": { 1 / (coshl($0) * coshl($0)) },
                "silu": { $0 * sigma($0) },
                "silu'": { sigma($0) * (1 + $0 * sigma(-$0)) },
            ]
        }()
    #endif

    /// Every `[Double]` form that runs a kernel: the same bits as the kernel on each element, however
    /// the array is cut (the SIMD body, its scalar tail, the split across cores), and on a second call.
    @Test func arrayFormsGiveTheSameBitsWhateverTheLength() {
        let functions: [(String, any Activation, (Double) -> Double, (Double) -> Double)] = [
            ("sigmoid", Sigmoid(), DoubleKernels.sigmoid, DoubleKernels.sigmoidDerivative),
            ("tanh", Tanh(), DoubleKernels.tanh, DoubleKernels.tanhDerivative),
            ("silu", SiLU(), DoubleKernels.silu, DoubleKernels.siluDerivative),
            ("elu", ELU(), { $0 > 0 ? $0 : DoubleKernels.expm1($0) }, { $0 > 0 ? 1 : DoubleKernels.exp($0) }),
            (
                "celu", CELU(alpha: 0.5), { $0 > 0 ? $0 : 0.5 * DoubleKernels.expm1($0 / 0.5) },
                { $0 > 0 ? 1 : DoubleKernels.exp($0 / 0.5) }
            ),
        ]
        // Long enough to be split across cores; special values mixed in so lanes see NaN next to numbers.
        let long = (0..<(1 << 15) + 13).map { i in
            i % 97 < Self.special.count ? Self.special[i % 97] : Self.middle[(i &* 7919) % Self.middle.count]
        }
        for (name, f, value, slope) in functions {
            let values = f(long)
            let slopes = f.derivative(long)
            #expect(same(values, long.map(value)), "\(name): array and element kernel differ")
            #expect(same(slopes, long.map(slope)), "\(name)': array and element kernel differ")
            #expect(same(values, f(long)) && same(slopes, f.derivative(long)), "\(name): two calls differ")
            for offset in 0..<4 {
                for length in [0, 1, 2, 3, 5, 8, 15, 16, 17, 31, 33, 64, 100] {
                    let piece = Array(long[offset..<(offset + length)])
                    #expect(same(f(piece), Array(values[offset..<(offset + length)])), "\(name) on \(offset)+\(length)")
                    #expect(
                        same(f.derivative(piece), Array(slopes[offset..<(offset + length)])),
                        "\(name)' on \(offset)+\(length)"
                    )
                }
            }
        }
    }

    /// softmax and logSoftmax over a long vector: the same bits on two calls and close to a plain sum
    /// of libm exponentials. The sums differ in exp's last bit and in the order of additions: each of
    /// n positive terms in order is within (n − 1)·2⁻⁵³ relative of the exact sum, so the two within
    /// 2n·2⁻⁵³ ≈ 1.5 · 10⁻¹¹ for n ≈ 6.7 · 10⁴.
    @Test func softmaxThroughTheKernelMatchesLibm() {
        let x = Self.middle.striding(by: 3).map { $0 / 4 }
        let y = softmax(x)
        let z = logSoftmax(x)
        #expect(same(y, softmax(x)) && same(z, logSoftmax(x)))
        let m = x.max()!
        let total = x.reduce(0.0) { $0 + exp($1 - m) }
        for i in stride(from: 0, to: x.count, by: 101) {
            let expected = exp(x[i] - m) / total
            #expect(abs(y[i] - expected) <= 2e-11 * expected, "softmax element \(i)")
            #expect(abs(z[i] - ((x[i] - m) - log(total))) <= 2e-11, "logSoftmax element \(i)")
        }
    }

    /// The exponential-side forms keep the sign of zero, as their scalar forms do.
    @Test func arrayFormsKeepNegativeZero() {
        let functions: [any Activation] = [ELU(), SELU(), CELU(), Tanh(), SiLU()]
        for f in functions {
            let y = f(Array(repeating: -0.0, count: 37))
            #expect(y.allSatisfy { $0 == 0 && $0.sign == .minus }, "\(f.name) at −0")
        }
    }

    func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    }
}

extension Array {
    /// Every `step`-th element, starting with the first.
    fileprivate func striding(by step: Int) -> [Element] {
        stride(from: 0, to: count, by: step).map { self[$0] }
    }
}
