import Foundation
import Testing

@testable import Plot

@Suite struct TicksTests {
    /// What a reader expects of a linear axis: 5–10 evenly spaced ticks inside the range, a step of
    /// 1, 2 or 5 times a power of ten, and labels that are short decimals.
    @Test(arguments: [
        0.0...1.0, -5.0...5.0, -0.25...5.25, 0.0013...0.0087, -1234.0...5678.0, 3.0...3.5, (-1e-3)...2e-3,
        99.0...101.0, 0.0...1e6, (-7.3)...(-2.1),
    ])
    func linearTicksAreNice(range: ClosedRange<Double>) throws {
        let ticks = Ticks.linear(range)
        #expect((5...10).contains(ticks.count), "\(ticks.count) ticks for \(range)")
        let values = ticks.map(\.value)
        #expect(values.allSatisfy { range.contains($0) })
        let step = values[1] - values[0]
        for (a, b) in zip(values, values.dropFirst()) {
            #expect(abs((b - a) - step) <= step * 1e-9)
        }
        var mantissa = step
        while mantissa >= 10 { mantissa /= 10 }
        while mantissa < 1 { mantissa *= 10 }
        #expect([1.0, 2.0, 5.0].contains { abs(mantissa - $0) < 1e-9 }, "step \(step)")
        for tick in ticks {
            #expect(tick.label.count <= 8, "label \(tick.label)")
            let parsed = Double(tick.label.replacingOccurrences(of: "\u{2212}", with: "-"))
            #expect(parsed == tick.value, "label \(tick.label) for \(tick.value)")
        }
    }

    @Test func labelsHaveNoFloatNoiseAndUseTheMinusSign() {
        #expect(Ticks.linear(0...1).map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        #expect(Ticks.linear(-0.3...0.3).map(\.label) == ["−0.3", "−0.2", "−0.1", "0", "0.1", "0.2", "0.3"])
        #expect(Ticks.linear(-5...5).map(\.label) == ["−4", "−2", "0", "2", "4"])
        #expect(Ticks.linear(0...50_000).map(\.label) == ["0", "10000", "20000", "30000", "40000", "50000"])
    }

    @Test func logTicksArePowersOfTen() {
        let ticks = Ticks.log(1e-3...1)
        #expect(ticks.map(\.value) == [1e-3, 1e-2, 1e-1, 1])
        #expect(ticks.map(\.label) == ["10⁻³", "10⁻²", "10⁻¹", "10⁰"])
        #expect(Ticks.log(1...1e4).map(\.label) == ["10⁰", "10¹", "10²", "10³", "10⁴"])
    }

    @Test func logTicksThinOutOverManyDecades() {
        let ticks = Ticks.log(1e-20...1e2)
        #expect(ticks.count <= 10 && ticks.count >= 5)
        #expect(ticks.contains { $0.label == "10⁰" }, "multiples of the step, so 1 stays labelled")
        #expect(Set(ticks.map(\.label)).count == ticks.count)
    }

    @Test func logMinorGridFillsFewDecades() {
        #expect(Ticks.logMinor(1...100) == [2, 3, 4, 5, 6, 7, 8, 9, 20, 30, 40, 50, 60, 70, 80, 90])
        #expect(Ticks.logMinor(1e-12...1).isEmpty)
    }

    @Test func numbersAreFixedPrecisionAndLocaleFree() {
        #expect(NumberFormatting.decimal(12.345, fractionDigits: 2) == "12.35")
        #expect(NumberFormatting.decimal(-0.001, fractionDigits: 2) == "0")
        #expect(NumberFormatting.decimal(-3.5, fractionDigits: 2) == "-3.5")
        #expect(NumberFormatting.decimal(100, fractionDigits: 2) == "100")
        #expect(NumberFormatting.decimal(0.05, fractionDigits: 2) == "0.05")
        #expect(NumberFormatting.scaled(3, exponent: -1) == "0.3")
        #expect(NumberFormatting.scaled(-25, exponent: -3) == "−0.025")
        #expect(NumberFormatting.scaled(25, exponent: -8) == "2.5e−7")
        #expect(NumberFormatting.short(0.1 + 0.2) == "0.3")
    }
}
