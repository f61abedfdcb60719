/// Branch-free `Double` versions of `exp`, `expm1` and the functions built on them, the `Double` twins of
/// ``FloatMath``: only `+ - * /`, compares, selects and integer bit operations, no calls, no traps, so a
/// loop over them vectorises. No fused multiply-add and no CPU-specific path: the same bits on every
/// machine. The `[Double]` array forms of Sigmoid, Tanh, SiLU, ELU, SELU, CELU and softmax run on them;
/// the scalar forms keep libm.
///
/// Accuracy (against libm over a dense grid, `DoubleKernelTests`): `exp` ≤ 1 ulp on the whole range,
/// including subnormal results, `expm1` ≤ 1 ulp on x ≤ 0; the derived functions stay within the bounds
/// the reference tests state for `Double`. NaN propagates through every one: the clamps keep a NaN, and a
/// NaN in any operand makes the result NaN.
enum DoubleKernels {
    /// 1.5 × 2⁵²: adding it rounds a double of magnitude < 2⁵¹ to an integer, which then sits in the low
    /// mantissa bits, so `n` is read with an integer subtraction instead of a trapping conversion.
    @usableFromInline static let shifter: Double = 6_755_399_441_055_744
    @usableFromInline static let log2e: Double = 1.442_695_040_888_963_4
    // ln 2 split so that n × ln2Hi is exact for |n| < 2²¹ (Cody–Waite reduction; fdlibm's constants).
    @usableFromInline static let ln2Hi: Double = 6.931_471_803_691_238_164_90e-01
    @usableFromInline static let ln2Lo: Double = 1.908_214_929_270_587_700_02e-10

    /// Rounds `x × log₂e` to an integer `n`, returns it as a `Double` and `r = x − n ln 2`, |r| ≤ ln2 / 2
    /// (up to the rounding of x × log₂e).
    @inline(__always)
    static func reduce(_ x: Double) -> (n: Double, r: Double) {
        let n = (x * log2e + shifter) - shifter
        let r = (x - n * ln2Hi) - n * ln2Lo
        return (n, r)
    }

    /// The integer value of a `Double` `n` with |n| < 2⁵¹ and no fractional part, through the bits.
    @inline(__always)
    static func integer(_ n: Double) -> Int64 {
        let t = n + shifter
        return Int64(bitPattern: t.bitPattern &- shifter.bitPattern)
    }

    /// eʳ − 1 − r for |r| ≤ 0.35: the Taylor series to r¹³ (truncation below 2⁻⁵⁷ relative to eʳ, so
    /// 0.06 ulp), coefficients 1/k! rounded to `Double`, by Horner's rule.
    @inline(__always)
    static func polynomial(_ r: Double) -> Double {
        var p = 1.6059043836821613e-10  // 1/13!
        p = p * r + 2.08767569878681e-09  // 1/12!
        p = p * r + 2.505210838544172e-08  // 1/11!
        p = p * r + 2.755731922398589e-07  // 1/10!
        p = p * r + 2.7557319223985893e-06  // 1/9!
        p = p * r + 2.48015873015873e-05  // 1/8!
        p = p * r + 0.0001984126984126984  // 1/7!
        p = p * r + 0.001388888888888889  // 1/6!
        p = p * r + 0.008333333333333333  // 1/5!
        p = p * r + 0.041666666666666664  // 1/4!
        p = p * r + 0.16666666666666666  // 1/3!
        p = p * r + 0.5
        return r * r * p
    }

    /// 2ⁿ for −1022 ≤ n ≤ 1023, built in the exponent bits.
    @inline(__always)
    static func power2(_ n: Int64) -> Double {
        Double(bitPattern: UInt64(bitPattern: (n &+ 1023) &<< 52))
    }

    /// eˣ on the whole line: 0 below −746 (under half the least subnormal), +∞ above 710, subnormal
    /// results rounded once. The clamps keep a NaN (`max` and `min` return their first argument when
    /// the comparison fails), so NaN gives NaN.
    @inline(__always)
    static func exp(_ x: Double) -> Double {
        let clamped = Swift.min(Swift.max(x, -746), 710)
        let (nf, r) = reduce(clamped)
        let p = 1 + (r + polynomial(r))
        // n runs from −1077 to 1025, beyond one 2ⁿ factor: two halves, each in range. p × 2^half is
        // exact, so a subnormal result is rounded once, by the second product.
        let half = (nf * 0.5 + shifter) - shifter
        return p * power2(integer(half)) * power2(integer(nf - half))
    }

    /// eˣ − 1 for x ≤ 0, with full relative accuracy near 0; −1 below −40 (where eˣ < 2⁻⁵⁷). Every
    /// caller needs only x ≤ 0 (ELU's and CELU's negative side, tanh through e^−2|x| − 1), so there is no
    /// upper clamp and one 2ⁿ factor suffices: for x > 0 the result is unspecified (never a trap), and
    /// callers select it away.
    @inline(__always)
    static func expm1(_ x: Double) -> Double {
        let clamped = Swift.max(x, -40)
        let (nf, r) = reduce(clamped)
        let q = r + polynomial(r)
        // eˣ − 1 = 2ⁿ(eʳ − 1) + (2ⁿ − 1): exact for n = 0, one rounding otherwise.
        let scale = power2(integer(nf))
        return scale * q + (scale - 1)
    }

    /// 1 / (1 + e⁻ˣ) without overflow: e^−|x| ≤ 1 always.
    @inline(__always)
    static func sigmoid(_ x: Double) -> Double {
        let e = exp(-Swift.abs(x))
        let r = 1 / (1 + e)
        return x >= 0 ? r : e * r
    }

    /// σ(x)(1 − σ(x)) = e^−|x| / (1 + e^−|x|)², free of the cancellation in 1 − σ.
    @inline(__always)
    static func sigmoidDerivative(_ x: Double) -> Double {
        let e = exp(-Swift.abs(x))
        let r = 1 / (1 + e)
        return e * r * r
    }

    /// x σ(x), 0 at −∞ (where x × σ(x) would be −∞ × 0).
    @inline(__always)
    static func silu(_ x: Double) -> Double {
        x == -.infinity ? 0 : x * sigmoid(x)
    }

    /// σ(x)(1 + x σ(−x)), both σ(x) and σ(−x) from one e^−|x|; 1 at +∞ and 0 at −∞.
    @inline(__always)
    static func siluDerivative(_ x: Double) -> Double {
        let e = exp(-Swift.abs(x))
        let r = 1 / (1 + e)
        let positive = x >= 0
        let s = positive ? r : e * r
        let mirrored = positive ? e * r : r
        let d = s * (1 + x * mirrored)
        return x.isInfinite ? (positive ? 1 : 0) : d
    }

    /// tanh |x| = −m / (2 + m) with m = e^−2|x| − 1 ∈ (−1, 0]: no overflow, no cancellation.
    @inline(__always)
    static func tanh(_ x: Double) -> Double {
        let m = expm1(-2 * Swift.abs(x))
        return Double(signOf: x, magnitudeOf: -m / (2 + m))
    }

    /// 1 − tanh² x = 4u / (1 + u)² with u = e^−2|x|, free of the cancellation in 1 − t².
    @inline(__always)
    static func tanhDerivative(_ x: Double) -> Double {
        let u = exp(-2 * Swift.abs(x))
        let d = 1 + u
        return 4 * u / (d * d)
    }
}
