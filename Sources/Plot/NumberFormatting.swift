// Every number in an SVG goes through here, so output is byte-stable: integer arithmetic after one
// rounding, no locale, no `String(format:)`, no float noise such as `0.30000000000000004`.

import Activations
import Foundation

/// Fixed-precision, locale-free number formatting for SVG coordinates and labels.
enum NumberFormatting {
    /// The typographic minus sign used in labels a reader sees.
    static let minusSign = "\u{2212}"

    /// `value` rounded to `fractionDigits` decimals (half away from zero), trailing zeros dropped.
    ///
    /// `-0` and values that round to zero print as `0`. Magnitudes too large for exact integer
    /// rounding fall back to scientific notation.
    static func decimal(_ value: Double, fractionDigits: Int, minus: String = "-") -> String {
        usageCheck(value.isFinite, "Plot: cannot draw \(value): only finite numbers are written to an SVG")
        let scaled = (value.magnitude * powerOfTen(fractionDigits)).rounded()
        guard scaled < 1e15 else { return short(value, minus: minus) }
        let digits = UInt64(scaled)
        if digits == 0 { return "0" }
        return (value < 0 ? minus : "") + placeDecimalPoint(String(digits), fractionDigits: fractionDigits)
    }

    /// The decimal `mantissa × 10^exponent`, written exactly: `(3, -1)` is `0.3`, `(25, 2)` is `2500`.
    ///
    /// Tick labels use this, so a tick at the 3rd step of 0.1 reads `0.3` whatever the float product
    /// of 3 and 0.1 is. Very large or very small values are written as `2.5e−7`.
    static func scaled(_ mantissa: Int, exponent: Int, minus: String = minusSign) -> String {
        if mantissa == 0 { return "0" }
        let sign = mantissa < 0 ? minus : ""
        var digits = String(mantissa.magnitude)
        var exponent = exponent
        while digits.count > 1 && digits.hasSuffix("0") {
            digits.removeLast()
            exponent += 1
        }
        let magnitude = digits.count - 1 + exponent  // of the leading digit
        if magnitude >= 7 || magnitude <= -5 {
            let lead = placeDecimalPoint(digits, fractionDigits: digits.count - 1)
            return sign + lead + "e" + (magnitude < 0 ? minus : "") + String(magnitude.magnitude)
        }
        if exponent >= 0 {
            return sign + digits + String(repeating: "0", count: exponent)
        }
        return sign + placeDecimalPoint(digits, fractionDigits: -exponent)
    }

    /// A short human-readable form with about four significant digits, for descriptions.
    static func short(_ value: Double, minus: String = minusSign) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? minus + "∞" : "∞") }
        if value == 0 { return "0" }
        let magnitude = Int(value.magnitude.log10Floor)
        if magnitude >= 7 || magnitude <= -5 {
            let mantissa = Int((value / powerOfTen(magnitude - 3)).rounded())
            return scaled(mantissa, exponent: magnitude - 3, minus: minus)
        }
        return decimal(value, fractionDigits: max(0, 3 - magnitude), minus: minus)
    }

    /// Superscript digits for log-axis labels: `superscript(-3)` is `⁻³`.
    static func superscript(_ n: Int) -> String {
        let glyphs: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(n.magnitude).map { glyphs[Int(String($0))!] }
        return (n < 0 ? "⁻" : "") + String(body)
    }

    /// 10^n, exact for the |n| ≤ 22 that matter here (no `pow`, whose last bit may vary by platform).
    static func powerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n.magnitude { result *= 10 }
        return n < 0 ? 1 / result : result
    }

    /// Writes `digits` with a decimal point `fractionDigits` from the right, trailing zeros dropped.
    private static func placeDecimalPoint(_ digits: String, fractionDigits: Int) -> String {
        guard fractionDigits > 0 else { return digits }
        let padded =
            digits.count <= fractionDigits
            ? String(repeating: "0", count: fractionDigits - digits.count + 1) + digits
            : digits
        let split = padded.index(padded.endIndex, offsetBy: -fractionDigits)
        var fraction = padded[split...]
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? String(padded[..<split]) : padded[..<split] + "." + fraction
    }
}

extension Double {
    /// ⌊log₁₀ |x|⌋ for finite non-zero x, computed without trusting `log10` near powers of ten.
    var log10Floor: Double {
        var exponent = log10(magnitude).rounded(.down)
        if NumberFormatting.powerOfTen(Int(exponent)) > magnitude { exponent -= 1 }
        if NumberFormatting.powerOfTen(Int(exponent) + 1) <= magnitude { exponent += 1 }
        return exponent
    }
}
