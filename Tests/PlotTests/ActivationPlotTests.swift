import Activations
import Foundation
import Testing

@testable import Plot

@Suite struct ActivationPlotTests {
    /// The dots of a figure in data coordinates, read back from the SVG through the layout's
    /// data-to-pixel mapping.
    private func dots(in figure: Figure, open: Bool) throws -> [(x: Double, y: Double)] {
        let layout = PlotLayout(figure)
        let circles = try parseSVG(figure.svg).filter {
            $0.name == "circle" && $0.classes.contains("dot") && $0.classes.contains("open") == open
        }
        return try circles.map { circle in
            let px = try #require(circle.number("cx"))
            let py = try #require(circle.number("cy"))
            let (xs, ys) = (layout.x.domain, layout.y.domain)
            let x = xs.lowerBound + (px - layout.plot.x) / layout.plot.width * (xs.upperBound - xs.lowerBound)
            let y = ys.lowerBound + (layout.plot.maxY - py) / layout.plot.height * (ys.upperBound - ys.lowerBound)
            return (x, y)
        }
    }

    private func contains(_ points: [(x: Double, y: Double)], _ x: Double, _ y: Double) -> Bool {
        points.contains { abs($0.x - x) < 0.02 && abs($0.y - y) < 0.02 }
    }

    @Test func reluDerivativeJumpsWithTheLibrarysConventionAtZero() throws {
        let figure = plotActivation(ReLU())
        let filled = try dots(in: figure, open: false)
        let open = try dots(in: figure, open: true)
        #expect(contains(filled, 0, 0), "ReLU′(0) = 0: filled dot at (0, 0), got \(filled)")
        #expect(contains(open, 0, 1), "limit from the right: open dot at (0, 1), got \(open)")
        #expect(filled.count == 1 && open.count == 1, "f itself is continuous: no dots on it")
        // The same through the data-to-pixel mapping: the open ring is drawn exactly at (0, 1).
        let ring = try #require(PlotLayout(figure).pixel(x: 0, y: 1))
        let circles = try parseSVG(figure.svg).filter { $0.name == "circle" && $0.classes.contains("open") }
        #expect(
            circles.contains {
                abs(($0.number("cx") ?? .nan) - ring.x) <= 0.005
                    && abs(($0.number("cy") ?? .nan) - ring.y) <= 0.005
            })
        // The derivative is two horizontal pieces, not one line with a steep step.
        let elements = try parseSVG(figure.svg)
        let dashed = elements.filter { $0.name == "path" && $0.classes.contains("line") && $0.classes.contains("k1") }
        #expect(dashed.count == 3, "two pieces of f′ and its legend swatch")
        let legend = elements.filter { $0.name == "text" }.map(\.text)
        #expect(legend.contains("f(x)") && legend.contains("f′(x)") && legend.contains("ReLU"))
    }

    @Test func pixelMappingPutsDataCornersOnThePlotFrame() throws {
        let layout = PlotLayout(plotActivation(ReLU()))
        let low = try #require(layout.pixel(x: layout.x.domain.lowerBound, y: layout.y.domain.lowerBound))
        let high = try #require(layout.pixel(x: layout.x.domain.upperBound, y: layout.y.domain.upperBound))
        #expect(abs(low.x - layout.plot.x) < 1e-9 && abs(low.y - layout.plot.maxY) < 1e-9)
        #expect(abs(high.x - layout.plot.maxX) < 1e-9 && abs(high.y - layout.plot.y) < 1e-9)
        #expect(layout.pixel(x: .nan, y: 0) == nil)
    }

    @Test func everyJumpOfPiecewiseFunctionsIsFound() {
        let sampler = FunctionSampler(range: -8...8)
        let relu6 = ReLU6()
        #expect(sampler.jumps(of: { relu6.derivative($0) }).map(\.x) == [0, 6])
        let hardswish = Hardswish()
        let jumps = sampler.jumps(of: { hardswish.derivative($0) })
        #expect(jumps.map(\.x) == [-3, 3])
        // Hardswish′(−3) = 0 from the left, −0.5 just right of it; Hardswish′(3) = 1, 1.5 just left.
        #expect(jumps.map(\.value) == [0, 1])
        #expect(abs(jumps[0].right - -0.5) < 1e-6 && abs(jumps[1].left - 1.5) < 1e-6)
        let hardtanh = Hardtanh()
        #expect(sampler.jumps(of: { hardtanh($0) }).isEmpty, "Hardtanh itself is continuous")
        #expect(sampler.jumps(of: { hardtanh.derivative($0) }).map(\.x) == [-1, 1])
    }

    @Test func steepButContinuousFunctionsAreNotJumps() {
        let sampler = FunctionSampler(range: -5...5)
        #expect(sampler.jumps(of: { tanh(50 * $0) }).isEmpty)
        #expect(sampler.jumps(of: { $0 < 0.3 ? -1 : 2 }).map(\.x) == [0.3])
    }

    @Test func aSinglePointOffTheCurveGetsOneOpenDot() throws {
        let figure = Figure().addingFunction(over: -1...1) { $0 == 0 ? 1 : 0 }
        #expect(contains(try dots(in: figure, open: false), 0, 1))
        let open = try dots(in: figure, open: true)
        #expect(open.count == 1 && contains(open, 0, 0))
    }

    @Test func aJumpOfTheFunctionItselfIsDrawnAsAJump() throws {
        let figure = plotActivation(Threshold(threshold: 1, value: 3), range: -2...4)
        // Threshold: x > 1 ? x : 3, so f(1) = 3 (filled) and the limit from the right is 1 (open).
        #expect(contains(try dots(in: figure, open: false), 1, 3))
        #expect(contains(try dots(in: figure, open: true), 1, 1))
    }

    @Test func severalFunctionsShareOneFigure() throws {
        let figure = plotActivations([ReLU(), LeakyReLU(negativeSlope: 0.1), LeakyReLU(negativeSlope: 0.2)])
        let texts = try parseSVG(figure.svg).filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("ReLU"))
        #expect(texts.contains("LeakyReLU(negativeSlope: 0.1)") && texts.contains("LeakyReLU(negativeSlope: 0.2)"))
        let derivatives = plotActivations([ReLU(), Hardtanh()], derivative: true)
        #expect(try dots(in: derivatives, open: true).count == 3, "ReLU′ at 0, Hardtanh′ at ±1")
    }

    @Test func reluFigureMatchesGolden() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/relu.svg")
        let svg = plotActivation(ReLU()).svg
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try svg.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        guard svg != expected else { return }
        let (got, want) = (
            svg.split(separator: "\n", omittingEmptySubsequences: false),
            expected.split(separator: "\n", omittingEmptySubsequences: false)
        )
        let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        Issue.record(
            """
            plotActivation(ReLU()).svg differs from Tests/PlotTests/Golden/relu.svg at line \(line + 1):
              golden:   \(line < want.count ? want[line] : "<end of file>")
              rendered: \(line < got.count ? got[line] : "<end of file>")
            If the change is intended, regenerate it with `UPDATE_GOLDEN=1 swift test --filter ActivationPlotTests`,
            render it (e.g. `rsvg-convert Tests/PlotTests/Golden/relu.svg -o /tmp/relu.png`) and look at it
            before committing.
            """)
    }
}
