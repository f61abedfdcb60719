/// Branch-free `Float` kernels built on ln(1 + e) or on e^−|x| alone: Softplus (and through it LogSigmoid),
/// Mish, Tanhshrink and tanh². Like the rest of ``FloatMath`` they use only `+ - * /`, compares, selects and
/// bit operations, no fused multiply-add, so the loops vectorise and every machine gives the same bits; the
/// AVX2 and AVX-512 twins in `CActivationKernels/WideKernelBody.h` perform the same operations in the same
/// order. Worst errors over dense sweeps against `Float80` are stated and checked in `FloatLogKernelTests`.
extension FloatMath {
    /// ln(1 + e) for 0 ≤ e ≤ 1 (and NaN): fdlibm's log1p scheme on an exact argument. For e ≥ 1/2,
    /// 1 + e = 2(1 + f) with f = (e − 1)/2 ∈ [−1/4, 0], exact (Sterbenz, then a halving); below, f = e.
    /// ln(1 + f) = f − f²/2 + s(f²/2 + R(s²)), s = f/(2 + f), |s| ≤ 1/5, R the series of 2 atanh(s)/s − 2
    /// to s¹⁰ (the next term is below 10⁻¹⁰ of the value).
    @inline(__always)
    static func log1pOfUnit(_ e: Float) -> Float {
        let high = e >= 0.5
        let f = high ? (e - 1) * 0.5 : e
        let k: Float = high ? 1 : 0
        let s = f / (2 + f)
        let z = s * s
        let r = z * (0.666_666_7 + z * (0.4 + z * (0.285_714_3 + z * (0.222_222_22 + z * 0.181_818_19))))
        let halfSquare = 0.5 * f * f
        return k * ln2Hi - ((halfSquare - (s * (halfSquare + r) + k * ln2Lo)) - f)
    }

    /// ln(1 + eˣ) = max(x, 0) + ln(1 + e^−|x|): no overflow, +0 at −∞, ∞ at ∞.
    @inline(__always)
    static func softplus(_ x: Float) -> Float {
        Swift.max(x, 0) + log1pOfUnit(exp(-Swift.abs(x)))
    }

    /// x tanh(Softplus x) from e = e^−|x| alone. For x ≤ 0, tanh(Softplus x) = n/(n + 2) with n = e(e + 2);
    /// for x > 0 it is 1 − 2e²/(1 + 2e + 2e²), the small quotient subtracted from 1 (no cancellation on
    /// either side). 0 at −∞; below x ≈ −87 the result is subnormal and keeps only eˣ's absolute accuracy.
    @inline(__always)
    static func mish(_ x: Float) -> Float {
        let e = exp(-Swift.abs(x))
        let positive = x > 0
        let n = e * (e + 2)
        let square = 2 * (e * e)
        let numerator = positive ? square : n
        let denominator = positive ? (1 + 2 * e) + square : n + 2
        let ratio = numerator / denominator
        let product = x * (positive ? 1 - ratio : ratio)
        return x == -.infinity ? 0 : product
    }

    /// x − tanh x, odd, from |x| = a: below 1, a³ P(a²), a near-minimax fit of (a − tanh a)/a³ on [0, 1] with
    /// `Float` coefficients (fitted one by one, each rounded before the next), so there is no cancellation
    /// near 0; from 1 on, (a − 1) + 2u/(1 + u) with u = e^−2a, a sum of two non-negative terms (a − 1 is exact).
    @inline(__always)
    static func tanhshrink(_ x: Float) -> Float {
        let a = Swift.abs(x)
        let z = a * a
        var p: Float = -0.000_152_973_02
        p = 0.000_962_345_86 + z * p
        p = -0.003_266_267 + z * p
        p = 0.008_744_376 + z * p
        p = -0.021_849_14 + z * p
        p = 0.053_967_677 + z * p
        p = -0.133_333_52 + z * p
        p = 0.333_333_34 + z * p
        let series = a * z * p
        let u = exp(-2 * a)
        let large = (a - 1) + 2 * u / (1 + u)
        return Float(signOf: x, magnitudeOf: a < 1 ? series : large)
    }

    /// tanh² x, from |x| = a: below 1, a² + a²·a² Q(a²), Q a near-minimax fit of (tanh² a / a² − 1)/a² on
    /// [0, 1] fitted as above (squaring a computed tanh would double its error); from 1 on,
    /// 1 − 4u/(1 + u)² with u = e^−2a, where the subtracted term is at most 0.42.
    @inline(__always)
    static func tanhSquared(_ x: Float) -> Float {
        let a = Swift.abs(x)
        let z = a * a
        var q: Float = 0.000_783_634_6
        q = -0.005_225_942_5 + z * q
        q = 0.017_852_923 + z * q
        q = -0.044_609_86 + z * q
        q = 0.096_828_446 + z * q
        q = -0.196_704_12 + z * q
        q = 0.377_766_9 + z * q
        q = -0.666_666_3 + z * q
        let small = z + z * (z * q)
        let u = exp(-2 * a)
        let d = 1 + u
        let large = 1 - 4 * u / (d * d)
        return a < 1 ? small : large
    }
}
