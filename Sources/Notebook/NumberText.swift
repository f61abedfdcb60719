import Foundation
import Plot

/// A number as the book's prose writes it, in the book's language (`LESSONS_LANGUAGE`):
/// `fmt(3.6789, digits: 1)` is `3,7` in a Russian book and `3.7` in an English one.
///
/// Rounding is C's `printf` (correctly rounded, the same digits on every machine). The minus is a
/// true minus sign (`−0,5`), and integer parts of five digits or more are grouped by thousands: with
/// a no-break space in Russian (`15 000`), with a comma in English (`15,000`). NaN is `NaN`,
/// infinities are `∞` and `−∞`. Printed output (`print`) is not affected: it stays as Swift writes it.
public func fmt(_ value: Double, digits: Int = 2) -> String {
    NumberText(language: PlotLanguage.default).format(value, digits: digits)
}

/// A `Float` as the book's prose writes it; see `fmt(_:digits:)` for `Double`.
public func fmt(_ value: Float, digits: Int = 2) -> String {
    fmt(Double(value), digits: digits)
}

/// An integer as the book's prose writes it: `fmt(15000)` is `15 000` in a Russian book.
public func fmt<T: BinaryInteger>(_ value: T) -> String {
    NumberText(language: PlotLanguage.default).format(Double(value), digits: 0)
}

/// The number formatting behind `fmt`, for one language.
struct NumberText {
    var language: PlotLanguage

    var decimalSeparator: String { language == .russian ? "," : "." }
    var groupSeparator: String { language == .russian ? "\u{00A0}" : "," }

    func format(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "∞" : "−∞" }
        let plain = String(format: "%.*f", max(0, digits), abs(value))
        let parts = plain.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        if integer.count >= 5 {
            var grouped: [String] = []
            while integer.count > 3 {
                grouped.insert(String(integer.suffix(3)), at: 0)
                integer.removeLast(3)
            }
            grouped.insert(integer, at: 0)
            integer = grouped.joined(separator: groupSeparator)
        }
        let text = parts.count > 1 ? integer + decimalSeparator + parts[1] : integer
        // A value that rounds to zero keeps no sign: −0,00 would say more than the digits do.
        let isZero = plain.allSatisfy { $0 == "0" || $0 == "." }
        return value < 0 && !isZero ? "−" + text : text
    }
}
