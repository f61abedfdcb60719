/// The `Double` kernels built on a logarithm or on e^x itself: ln(1 + e) for 0 ≤ e ≤ 1, Softplus (and
/// through it LogSigmoid) and Mish. Branch-free like the rest of ``DoubleKernels`` (selects, no calls, no
/// fused multiply-add), so the loops over them vectorise and give the same bits on every machine.
/// Accuracy against 64-bit `Float80` evaluations is stated and checked in `DoubleKernelTests`.
extension DoubleKernels {
    /// √2, where 1 + e switches from k = 0 to k = 1 in `log1pOfUnit`.
    @usableFromInline static let sqrt2: Double = 1.414_213_562_373_095_1

    /// ln(1 + e) for 0 ≤ e ≤ 1 (and NaN), within 1 ulp: fdlibm's `log1p`. 1 + e = 2ᵏ(1 + f) with
    /// √2/2 ≤ 1 + f < √2 and k ∈ {0, 1}; for k = 1 the rounding of u = 1 + e is carried as c/u; then
    /// ln(1 + f) = f − f²/2 + s(f²/2 + R(s²)) with s = f / (2 + f) and fdlibm's minimax R.
    @inline(__always)
    static func log1pOfUnit(_ e: Double) -> Double {
        let u = 1 + e
        let high = u >= sqrt2
        let k: Double = high ? 1 : 0
        // k = 1: f = u/2 − 1 is exact (Sterbenz), and e − (u − 1) the exact rounding of 1 + e (Fast2Sum).
        let f = high ? u * 0.5 - 1 : e
        let c = high ? (e - (u - 1)) / u : 0
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 =
            w
            * (3.999_999_999_940_941_908e-01 + w * (2.222_219_843_214_978_396e-01 + w * 1.531_383_769_920_937_332e-01))
        let t2 =
            z
            * (6.666_666_666_666_735_130e-01
                + w
                * (2.857_142_874_366_239_149e-01 + w
                    * (1.818_357_216_161_805_012e-01 + w * 1.479_819_860_511_658_591e-01)))
        let r = t2 + t1
        let halfSquare = 0.5 * f * f
        return k * ln2Hi - ((halfSquare - (s * (halfSquare + r) + (k * ln2Lo + c))) - f)
    }

    /// ln(1 + eˣ) = max(x, 0) + ln(1 + e^−|x|): no overflow, full accuracy for large negative x, +0 at −∞.
    @inline(__always)
    static func softplus(_ x: Double) -> Double {
        Swift.max(x, 0) + log1pOfUnit(exp(-Swift.abs(x)))
    }

    /// n = eˣ(eˣ + 2) = (1 + eˣ)² − 1 and e = eˣ, for x clamped to 40 (Mish and Mish′ are 1·x and 1 there to
    /// well below an ulp, and n stays far from overflow). tanh(Softplus(x)) = n / (n + 2).
    @inline(__always)
    static func mishTerms(_ x: Double) -> (e: Double, n: Double) {
        let e = exp(Swift.min(x, 40))
        return (e, e * (e + 2))
    }

    /// x tanh(Softplus(x)) = x n / (n + 2): one exponential, no cancellation; 0 at −∞.
    @inline(__always)
    static func mish(_ x: Double) -> Double {
        let (_, n) = mishTerms(x)
        let product = x * (n / (n + 2))
        return x == -.infinity ? 0 : product
    }

    /// tanh s + x σ(x) sech² s with s = Softplus(x): with d = n + 2, tanh s = n/d and σ(x) sech² s =
    /// 4e(1 + e)/d², so Mish′ = (n d + 4x e(1 + e)) / d²; 1 at +∞ (x clamped to 40), and x clamped to
    /// −800 below, where eˣ is 0 and 4x would overflow; 0 at −∞.
    @inline(__always)
    static func mishDerivative(_ x: Double) -> Double {
        let clamped = Swift.max(Swift.min(x, 40), -800)
        let (e, n) = mishTerms(clamped)
        let d = n + 2
        let value = (n * d + 4 * clamped * (e * (1 + e))) / (d * d)
        return x == -.infinity ? 0 : value
    }
}

extension DoubleKernels {
    /// x − tanh x, odd, from |x| = a: below 1, a³P(a²), P a near-minimax fit of (a − tanh a)/a³ on [0, 1] of
    /// degree 16 in a² (fitted in 50-digit arithmetic, coefficients rounded one by one, each refitting the
    /// rest), so there is no cancellation near 0; from 1 on, (a − 1) + 2u/(1 + u) with u = e^−2a, a sum of
    /// two non-negative terms (a − 1 is exact). Coefficients in hexadecimal: exact, as in the C twin.
    @inline(__always)
    static func tanhshrink(_ x: Double) -> Double {
        let a = Swift.abs(x)
        let z = a * a
        var p: Double = 0x1.bc632b26eec4bp-28
        p = -0x1.487b8e43672adp-24 + z * p
        p = 0x1.e0a5f974d4ed6p-22 + z * p
        p = -0x1.dc876b4505274p-20 + z * p
        p = 0x1.74c56caf40220p-18 + z * p
        p = -0x1.fd3b5751907abp-17 + z * p
        p = 0x1.45814c8753f4bp-15 + z * p
        p = -0x1.958309b52e6f5p-14 + z * p
        p = 0x1.f54e542c799aap-13 + z * p
        p = -0x1.3554cfad16c6cp-11 + z * p
        p = 0x1.7da30b667c1e1p-10 + z * p
        p = -0x1.d6d3ca3e19f82p-9 + z * p
        p = 0x1.226e3532fb22bp-7 + z * p
        p = -0x1.664f488154c98p-6 + z * p
        p = 0x1.ba1ba1ba14c55p-5 + z * p
        p = -0x1.1111111111094p-3 + z * p
        p = 0x1.5555555555555p-2 + z * p
        let series = a * z * p
        let u = exp(-2 * a)
        let large = (a - 1) + 2 * u / (1 + u)
        return Double(signOf: x, magnitudeOf: a < 1 ? series : large)
    }

    /// tanh² x, from |x| = a: below 1, a² + a²·a²Q(a²), Q fitted as above to (tanh² a / a² − 1)/a² (squaring a
    /// computed tanh would double its error); from 1 on, 1 − 4u/(1 + u)², the subtracted term at most 0.42.
    @inline(__always)
    static func tanhSquared(_ x: Double) -> Double {
        let a = Swift.abs(x)
        let z = a * a
        var q: Double = 0x1.0d52055e24f23p-22
        q = -0x1.6ca17a98b6b34p-19 + z * q
        q = 0x1.e8bcc128215a3p-17 + z * q
        q = -0x1.bc3c072d96e8fp-15 + z * q
        q = 0x1.3ef664d89613dp-13 + z * q
        q = -0x1.9015331c0d956p-12 + z * q
        q = 0x1.d4bd34848f4e5p-11 + z * q
        q = -0x1.0a3a9786efbfdp-9 + z * q
        q = 0x1.29ac383a28edep-8 + z * q
        q = -0x1.48aaf2bea0300p-7 + z * q
        q = 0x1.65c8f14c32f51p-6 + z * q
        q = -0x1.7e8c15ff83245p-5 + z * q
        q = 0x1.8f57893b7df04p-4 + z * q
        q = -0x1.931931922b4f2p-3 + z * q
        q = 0x1.82d82d82d539ap-2 + z * q
        q = -0x1.5555555555520p-1 + z * q
        let small = z + z * (z * q)
        let u = exp(-2 * a)
        let d = 1 + u
        let large = 1 - 4 * u / (d * d)
        return a < 1 ? small : large
    }
}
