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
