import Foundation
import LessonCore

/// Numbers on reference pages: integers as integers, others to 4 significant digits, a true
/// minus sign, ∞ for infinities. `%g` comes from C's printf, which rounds correctly, so every
/// machine prints the same digits.
enum ReferenceNumber {
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "∞" : "−∞" }
        if value == value.rounded(), abs(value) < 1e9 { return minus(String(Int(value))) }
        return minus(String(format: "%.4g", value))
    }

    /// `[0, ∞)`: square brackets where a finite input reaches the bound, round ones where only the
    /// limit at infinity does.
    static func range(_ facts: ActivationFacts) -> String {
        (facts.lower.attained ? "[" : "(") + format(facts.lower.value) + ",\u{00A0}" + format(facts.upper.value)
            + (facts.upper.attained ? "]" : ")")
    }

    private static func minus(_ text: String) -> String {
        text.replacingAll("-", with: "−")
    }
}
