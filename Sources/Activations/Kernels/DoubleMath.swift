#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `Double` building blocks shared by several activations, each free of overflow and of
/// cancellation over the whole range, each propagating NaN.
enum DoubleMath {
    /// 1 / (1 + e⁻ˣ) through e^−|x| ≤ 1, so no overflow for any x. Error ≤ 2 ulps.
    static func sigmoid(_ x: Double) -> Double {
        let e = exp(-abs(x))
        let r = 1 / (1 + e)
        return x >= 0 ? r : e * r
    }

    /// σ(x)(1 − σ(x)) = e^−|x| / (1 + e^−|x|)², free of the cancellation in 1 − σ.
    static func sigmoidDerivative(_ x: Double) -> Double {
        let e = exp(-abs(x))
        let r = 1 / (1 + e)
        return e * r * r
    }

    /// ln(1 + eˣ) = max(x, 0) + ln(1 + e^−|x|): no overflow, full accuracy for large negative x.
    static func softplus(_ x: Double) -> Double {
        Swift.max(x, 0) + log1p(exp(-abs(x)))
    }

    /// x − tanh x. Below |x| = 1 the difference cancels almost completely, so it is summed from its
    /// Taylor series (truncation < 2⁻⁶⁰ relative); above, x − tanh x = (|x| − 1) + 2 / (e^2|x| + 1)
    /// where |x| − 1 is exact up to 2. Error ≤ 3 ulps.
    static func tanhshrink(_ x: Double) -> Double {
        let a = abs(x)
        if a < 1 {
            let s = a * a
            var sum = 0.0
            for c in tanhshrinkSeries.reversed() { sum = sum * s + c }
            return x * s * sum
        }
        guard a.isFinite else { return x }
        let r = (a - 1) + 2 / (exp(2 * a) + 1)
        return x < 0 ? -r : r
    }

    /// Coefficients of x³, x⁵, … of x − tanh x, from 2²ⁿ(2²ⁿ − 1)B₂ₙ / (2n)!.
    private static let tanhshrinkSeries: [Double] = [
        0.3333333333333333, -0.13333333333333333, 0.05396825396825397,
        -0.021869488536155203, 0.008863235529902197, -0.003592128036572481,
        0.0014558343870513183, -0.000590027440945586, 0.00023912911424355248,
        -9.691537956929451e-05, 3.927832388331683e-05, -1.5918905069328964e-05,
        6.451689215655431e-06, -2.6147711512907546e-06, 1.0597268320104654e-06,
        -4.294911078273806e-07, 1.7406618963571648e-07, -7.054636946400968e-08,
        2.859136662305254e-08, -1.1587644432798853e-08, 4.6962953982309016e-09,
        -1.903336833931276e-09, 7.713933635359062e-10, -3.126339545892087e-10,
        1.26705769303054e-10, -5.135191408039368e-11, 2.0812146867700473e-11,
        -8.434845419094337e-12, 3.4185140868111557e-12, -1.385471574294847e-12,
        5.61510479241468e-13, -2.2757162553728747e-13, 9.223130585139532e-14,
        -3.737994031096739e-14, 1.5149519187148606e-14, -6.139868862616814e-15,
        2.488395122276279e-15, -1.0085085566354096e-15, 4.087331226869014e-16,
        -1.6565329513786285e-16, 6.713675175048712e-17, -2.7209500613044588e-17,
        1.102759523372237e-17, -4.4693160072374125e-18, 1.8113455516997665e-18,
        -7.3411070113401475e-19, 2.975238606536194e-19,
    ]
}
