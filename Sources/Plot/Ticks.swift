// Tick positions and labels. Linear axes step by 1, 2 or 5 times a power of ten; log axes put ticks
// at powers of ten. Labels are built from integers, never by printing a float product.

/// A labelled position on an axis, in data units.
package struct Tick: Hashable, Sendable {
    package var value: Double
    package var label: String
}

package enum Ticks {
    /// 5 to 10 ticks (or fewer than `maximumCount`, if that is smaller) inside `domain` at multiples
    /// of a 1-2-5 step, labelled without float noise and with a typographic minus (`−0.5`). The
    /// fewest ticks in that band are chosen, so labels stay apart; the domain itself is not widened.
    package static func linear(_ domain: ClosedRange<Double>, maximumCount: Int = 10) -> [Tick] {
        let most = max(2, min(10, maximumCount))
        let fewest = min(5, most)
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, span.isFinite else {
            return [Tick(value: domain.lowerBound, label: NumberFormatting.short(domain.lowerBound))]
        }
        let top = Int(span.log10Floor)
        var best: (score: Int, ticks: [Tick])?
        // From the largest step down, so ties favour fewer ticks.
        for exponent in stride(from: top, through: top - 2, by: -1) {
            for mantissa in [5, 2, 1] {
                let ticks = multiples(of: mantissa, exponent: exponent, in: domain)
                let score = ticks.count < fewest ? fewest - ticks.count : max(0, ticks.count - most)
                if best == nil || score < best!.score { best = (score, ticks) }
            }
        }
        return best!.ticks
    }

    /// Ticks at powers of ten inside `domain` (which must be positive), every decade or, over many
    /// decades, at multiples of 2, 3, … decades (so 10⁰ stays labelled) to keep at most 10. Labels
    /// read `10⁻³`.
    package static func log(_ domain: ClosedRange<Double>) -> [Tick] {
        let low = Int(domain.lowerBound.log10Floor)
        let high = Int(domain.upperBound.log10Floor)
        let first = NumberFormatting.powerOfTen(low) < domain.lowerBound ? low + 1 : low
        let step = max(1, (max(high - first, 0) + 8) / 9)
        let aligned = Int((Double(first) / Double(step)).rounded(.up)) * step
        return stride(from: aligned, through: high, by: step).map {
            Tick(value: NumberFormatting.powerOfTen($0), label: "10" + NumberFormatting.superscript($0))
        }
    }

    /// Unlabelled grid positions 2×, 3×, … 9× each power of ten, for log axes spanning few decades.
    package static func logMinor(_ domain: ClosedRange<Double>) -> [Double] {
        let low = Int(domain.lowerBound.log10Floor)
        let high = Int(domain.upperBound.log10Floor)
        guard high - low <= 4 else { return [] }
        var values: [Double] = []
        for exponent in low...high {
            for factor in 2...9 {
                let value = Double(factor) * NumberFormatting.powerOfTen(exponent)
                if domain.contains(value) { values.append(value) }
            }
        }
        return values
    }

    /// All k × mantissa × 10^exponent inside `domain`.
    private static func multiples(of mantissa: Int, exponent: Int, in domain: ClosedRange<Double>) -> [Tick] {
        let step = Double(mantissa) * NumberFormatting.powerOfTen(exponent)
        // A relative slack so that a bound equal to a tick up to rounding still gets that tick.
        let slack = 1e-9
        guard (domain.lowerBound / step).magnitude < 1e15, (domain.upperBound / step).magnitude < 1e15 else {
            return []
        }
        let first = Int((domain.lowerBound / step - slack).rounded(.up))
        let last = Int((domain.upperBound / step + slack).rounded(.down))
        guard last >= first, last - first <= 100 else { return [] }
        return (first...last).map { k in
            let integer = k * mantissa
            let value =
                exponent >= 0
                ? Double(integer) * NumberFormatting.powerOfTen(exponent)
                : Double(integer) / NumberFormatting.powerOfTen(-exponent)
            return Tick(value: value, label: NumberFormatting.scaled(integer, exponent: exponent))
        }
    }
}
