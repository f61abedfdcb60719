// One axis of a laid-out figure: the data range it shows, its scale and its ticks, and the mapping
// from data values to a 0…1 fraction of the axis length.

import Foundation

/// A resolved axis: domain, scale and ticks.
package struct Axis: Hashable, Sendable {
    package var scale: AxisScale
    /// The data range from one end of the axis to the other.
    package var domain: ClosedRange<Double>
    package private(set) var ticks: [Tick]
    /// Unlabelled grid positions between ticks (log axes over few decades).
    package var minorTicks: [Double]

    /// Fits an axis to `values` (non-finite ones, and on a log scale non-positive ones, ignored).
    /// `padding` widens a linear domain by that fraction of its span on each side.
    init(scale: AxisScale, values: [Double], limits: ClosedRange<Double>?, padding: Double) {
        self.scale = scale
        let domain =
            limits
            ?? Self.fit(
                values.filter { Self.isShowable($0, on: scale) }, scale: scale,
                padding: padding)
        self.domain = domain
        switch scale {
        case .linear:
            ticks = Ticks.linear(domain)
            minorTicks = []
        case .log:
            ticks = Ticks.log(domain)
            minorTicks = Ticks.logMinor(domain)
        }
    }

    /// Thins linear ticks until their labels, estimated `labelWidth(label)` pixels wide, fit along an
    /// axis `length` pixels long with a gap between neighbours.
    mutating func fitLabels(length: Double, labelWidth: (String) -> Double) {
        guard scale == .linear else { return }
        for maximumCount in stride(from: ticks.count - 1, through: 2, by: -1) {
            let widest = ticks.map { labelWidth($0.label) }.max() ?? 0
            guard ticks.count > 1, (widest + 10) * Double(ticks.count - 1) > length * ticksSpanFraction else { return }
            ticks = Ticks.linear(domain, maximumCount: maximumCount)
        }
    }

    /// The share of the axis between the first and the last tick.
    private var ticksSpanFraction: Double {
        guard let first = ticks.first, let last = ticks.last,
            let a = fraction(first.value), let b = fraction(last.value)
        else { return 1 }
        return b - a
    }

    /// Where `value` lies along the axis: 0 at the lower end, 1 at the upper; `nil` if it cannot be
    /// placed (NaN, ±∞, or ≤ 0 on a log axis).
    package func fraction(_ value: Double) -> Double? {
        guard Self.isShowable(value, on: scale) else { return nil }
        switch scale {
        case .linear:
            return (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        case .log:
            let low = log10(domain.lowerBound)
            return (log10(value) - low) / (log10(domain.upperBound) - low)
        }
    }

    static func isShowable(_ value: Double, on scale: AxisScale) -> Bool {
        value.isFinite && (scale == .linear || value > 0)
    }

    private static func fit(_ values: [Double], scale: AxisScale, padding: Double) -> ClosedRange<Double> {
        guard let low = values.min(), let high = values.max() else {
            return scale == .log ? 1...10 : 0...1
        }
        switch scale {
        case .linear:
            if low == high {
                let room = low == 0 ? 1 : low.magnitude / 2
                return (low - room)...(high + room)
            }
            let room = (high - low) * padding
            return (low - room)...(high + room)
        case .log:
            // Whole decades, so there are always at least two labelled ticks.
            let lowDecade = low.log10Floor
            var highDecade = high.log10Floor
            if NumberFormatting.powerOfTen(Int(highDecade)) < high || highDecade == lowDecade { highDecade += 1 }
            return NumberFormatting.powerOfTen(Int(lowDecade))...NumberFormatting.powerOfTen(Int(highDecade))
        }
    }
}
