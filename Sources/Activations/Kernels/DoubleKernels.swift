/// Branch-free `Double` versions of `exp`, `expm1` and the functions built on them, the `Double` twins of
/// ``FloatMath``: only `+ - * /`, compares, selects and integer bit operations, no calls, no traps, so a
/// loop over them vectorises. No fused multiply-add and no CPU-specific path: the same bits on every
/// machine. The `[Double]` array forms of Sigmoid, Tanh, SiLU, ELU, SELU, CELU and softmax run on them;
/// the scalar forms keep libm.
///
/// Accuracy (measured against 64-bit `Float80` references over dense grids): `exp` within 0.65 ulp on
/// the whole range (0.75 on subnormal results), `expm1` within 0.9 ulp on x ≤ 0; each derived function
/// as accurate as the same formula through libm, to half an ulp (`DoubleKernelTests`). NaN propagates
/// through every one: the clamps keep a NaN, and a NaN in any operand makes the result NaN.
enum DoubleKernels {
    /// 1.5 × 2⁵²: adding it rounds a double of magnitude < 2⁵¹ to an integer, which then sits in the low
    /// mantissa bits, so `n` is read with an integer subtraction instead of a trapping conversion.
    @usableFromInline static let shifter: Double = 6_755_399_441_055_744
    @usableFromInline static let log2e: Double = 1.442_695_040_888_963_4
    // ln 2 split so that n × ln2Hi is exact for |n| < 2²¹ (Cody–Waite reduction; fdlibm's constants).
    @usableFromInline static let ln2Hi: Double = 6.931_471_803_691_238_164_90e-01
    @usableFromInline static let ln2Lo: Double = 1.908_214_929_270_587_700_02e-10

    /// Rounds `x × log₂e` to an integer `n` and splits x − n ln 2 into r + c exactly (TwoSum), |r| ≤ ln2 / 2
    /// (up to the rounding of x × log₂e) and |c| ≤ ulp(r) / 2: the rounding of r is carried along
    /// instead of lost, which keeps `exp` and `expm1` near half an ulp.
    @inline(__always)
    static func reduce(_ x: Double) -> (n: Double, r: Double, c: Double) {
        let n = (x * log2e + shifter) - shifter
        let hi = x - n * ln2Hi  // exact
        let lo = n * ln2Lo
        let r = hi - lo
        let back = r - hi
        let c = (hi - (r - back)) - (lo + back)
        return (n, r, c)
    }

    /// e^(r + c) − 1 − r for the pair from `reduce`: r²P(r) + c(1 + r), to well below an ulp of eʳ.
    @inline(__always)
    static func beyondLinear(_ r: Double, _ c: Double) -> Double {
        polynomial(r) + c * (1 + r)
    }

    /// The integer value of a `Double` `n` with |n| < 2⁵¹ and no fractional part, through the bits.
    @inline(__always)
    static func integer(_ n: Double) -> Int64 {
        let t = n + shifter
        return Int64(bitPattern: t.bitPattern &- shifter.bitPattern)
    }

    /// eʳ − 1 − r for |r| ≤ 0.35: the Taylor series to r¹³ (truncation below 2⁻⁵⁷ relative to eʳ, so
    /// 0.06 ulp), coefficients 1/k! rounded to `Double`. Evaluated by Estrin's scheme (pairs, then
    /// pairs of pairs in r², r⁴) rather than Horner's rule: the chain of dependent operations is 8 deep
    /// instead of 24, so the processor overlaps more elements, and the result is as accurate (every
    /// term is small against the leading 1/2).
    @inline(__always)
    static func polynomial(_ r: Double) -> Double {
        let r2 = r * r
        let r4 = r2 * r2
        let p0 = 0.5 + 0.16666666666666666 * r  // 1/2!, 1/3!
        let p1 = 0.041666666666666664 + 0.008333333333333333 * r  // 1/4!, 1/5!
        let p2 = 0.001388888888888889 + 0.0001984126984126984 * r  // 1/6!, 1/7!
        let p3 = 2.48015873015873e-05 + 2.7557319223985893e-06 * r  // 1/8!, 1/9!
        let p4 = 2.755731922398589e-07 + 2.505210838544172e-08 * r  // 1/10!, 1/11!
        let p5 = 2.08767569878681e-09 + 1.6059043836821613e-10 * r  // 1/12!, 1/13!
        let q0 = p0 + p1 * r2
        let q1 = p2 + p3 * r2
        let q2 = p4 + p5 * r2
        return r2 * (q0 + r4 * (q1 + r4 * q2))
    }

    /// 2ⁿ for −1022 ≤ n ≤ 1023, built in the exponent bits.
    @inline(__always)
    static func power2(_ n: Int64) -> Double {
        Double(bitPattern: UInt64(bitPattern: (n &+ 1023) &<< 52))
    }

    /// 1 + r + e^(r + c) − 1 − r with one rounding: 1 + r is split into head + tail exactly (Fast2Sum,
    /// |r| < 1), so the result is within about half an ulp of e^(r + c).
    @inline(__always)
    static func exponential(_ r: Double, _ c: Double) -> Double {
        let head = 1 + r
        let tail = (1 - head) + r
        return head + (tail + beyondLinear(r, c))
    }

    /// eˣ on the whole line: 0 below −746 (under half the least subnormal), +∞ above 710, subnormal
    /// results rounded once. The clamps keep a NaN (`max` and `min` return their first argument when
    /// the comparison fails), so NaN gives NaN.
    @inline(__always)
    static func exp(_ x: Double) -> Double {
        let clamped = Swift.min(Swift.max(x, -746), 710)
        let (nf, r, c) = reduce(clamped)
        let p = exponential(r, c)
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
        exponentials(x).expm1
    }

    /// eˣ and eˣ − 1 for x ≤ 0 from one reduction, each to about half an ulp; below −40, eˣ is that of
    /// −40 (< 2⁻⁵⁷, for callers that add it to 1) and eˣ − 1 is −1. For x > 0 unspecified, as `expm1`.
    @inline(__always)
    static func exponentials(_ x: Double) -> (exp: Double, expm1: Double) {
        let clamped = Swift.max(x, -40)
        let (nf, r, c) = reduce(clamped)
        let scale = power2(integer(nf))
        // eˣ − 1 = (2ⁿ − 1) + 2ⁿr + 2ⁿs with one rounding: the first two are split into head + tail
        // exactly (Fast2Sum: |2ⁿ − 1| ≥ |2ⁿr| for n ≤ −1, and for n = 0 the sum is r itself).
        let shifted = scale - 1
        let head = shifted + scale * r
        let tail = (shifted - head) + scale * r
        let minusOne = head + (tail + scale * beyondLinear(r, c))
        // r + r²p turns −0 into +0; eˣ − 1 ≈ x keeps the sign of zero, as libm's does.
        return (scale * exponential(r, c), x == 0 ? x : minusOne)
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
        // Computed before the select, so the optimiser sees a select rather than a branch and vectorises.
        let product = x * sigmoid(x)
        return x == -.infinity ? 0 : product
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

    /// tanh |x| from u = e^−2|x| and m = u − 1 (one reduction): −m / (2 + m) below ln 3 / 2, free of the
    /// cancellation in 1 − u; above, 1 − 2u / (1 + u), where the correction 2u / (1 + u) ≤ 1/2 carries
    /// only its own small relative error (−m / (2 + m) would pass on m's absolute error twice over).
    @inline(__always)
    static func tanh(_ x: Double) -> Double {
        let a = Swift.abs(x)
        let (u, m) = exponentials(-2 * a)
        let magnitude = a < 0.549_306_144_334_054_8 ? -m / (2 + m) : 1 - 2 * u / (1 + u)
        return Double(signOf: x, magnitudeOf: magnitude)
    }

    /// 1 − tanh² x = 4u / (1 + u)² with u = e^−2|x|, free of the cancellation in 1 − t².
    @inline(__always)
    static func tanhDerivative(_ x: Double) -> Double {
        let u = exp(-2 * Swift.abs(x))
        let d = 1 + u
        return 4 * u / (d * d)
    }
}
