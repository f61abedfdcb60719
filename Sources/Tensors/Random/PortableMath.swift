import Activations

/// `log`, `sin` and `cos` for the normal distribution, in plain `+ − × ÷` on `Double` with no fused
/// multiply-add, so that `randn` gives the same bits on every CPU, libm and Swift version.
///
/// The polynomials are fdlibm's (Sun Microsystems, 1993; the same ones glibc, musl and FreeBSD
/// descend from), each accurate to under 1 ulp on its reduced range.
enum PortableMath {
    private static let ln2Hi = 6.93147180369123816490e-01
    private static let ln2Lo = 1.90821492927058770002e-10
    private static let lg: (Double, Double, Double, Double, Double, Double, Double) = (
        6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01,
        1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01
    )

    /// Natural logarithm of a positive, finite, normal `x` (fdlibm's `__ieee754_log`).
    static func log(_ x: Double) -> Double {
        usageCheck(
            x > 0 && x.isFinite && x.isNormal, "internal error: PortableMath.log(\(x)) is for positive normal numbers")
        // x = 2^k · m with m in [√2/2, √2), f = m − 1.
        var k = Double(x.exponent)
        var m = x.significand
        if m > 1.4142135623730951 {
            m = m / 2
            k += 1
        }
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (lg.1 + w * (lg.3 + w * lg.5))
        let t2 = z * (lg.0 + w * (lg.2 + w * (lg.4 + w * lg.6)))
        let r = t2 + t1
        let hfsq = 0.5 * f * f
        return k * ln2Hi - ((hfsq - (s * (hfsq + r) + k * ln2Lo)) - f)
    }

    /// `(sin 2πu, cos 2πu)` for `u` in `[0, 1)`.
    ///
    /// The turn is split exactly into a quadrant and a fraction `t` (multiplying by 4 and taking the
    /// integer part are exact), folded to `[0, 1/2]` so the angle `t·π/2` stays within `π/4`, where
    /// fdlibm's kernels apply.
    static func sinCos(turns u: Double) -> (sin: Double, cos: Double) {
        let q = u * 4
        let quadrant = Int(q)
        let t = q - Double(quadrant)
        let folded = t > 0.5
        let angle = (folded ? 1 - t : t) * 1.57079632679489661923
        var s = kernelSin(angle)
        var c = kernelCos(angle)
        if folded { swap(&s, &c) }
        switch quadrant & 3 {
        case 0: return (s, c)
        case 1: return (c, -s)
        case 2: return (-s, -c)
        default: return (-c, s)
        }
    }

    /// sin x for |x| ≤ π/4 (fdlibm's `__kernel_sin` with no tail).
    private static func kernelSin(_ x: Double) -> Double {
        let z = x * x
        let v = z * x
        let r =
            8.33333333332248946124e-03 + z
            * (-1.98412698298579493134e-04 + z
                * (2.75573137070700676789e-06
                    + z * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)))
        return x + v * (-1.66666666666666324348e-01 + z * r)
    }

    /// cos x for |x| ≤ π/4 (fdlibm's `__kernel_cos` with no tail).
    private static func kernelCos(_ x: Double) -> Double {
        let z = x * x
        let r =
            z
            * (4.16666666666666019037e-02 + z
                * (-1.38888888888741095749e-03 + z
                    * (2.48015872894767294178e-05
                        + z
                        * (-2.75573143513906633035e-07 + z
                            * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11)))))
        let ax = Swift.abs(x)
        if ax < 0.3 { return 1 - (0.5 * z - z * r) }
        // 1 − x²/2 computed as (1 − qx) − (x²/2 − qx) with qx ≈ x²/4 cut to its high word, as fdlibm does.
        let qx =
            ax > 0.78125
            ? 0.28125 : Double(bitPattern: (ax.bitPattern & 0xFFFF_FFFF_0000_0000) &- 0x0020_0000_0000_0000)
        let hz = 0.5 * z - qx
        return (1 - qx) - (hz - z * r)
    }
}
