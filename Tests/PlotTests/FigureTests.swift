import Foundation
import Testing

@testable import Plot

@Suite struct FigureTests {
    private func sampleFigure() -> Figure {
        var figure = Figure(title: "Loss", xLabel: "epoch", yLabel: "loss")
        figure.addLine(x: [0, 1, 2, 3], y: [2.3, 1.1, 0.7, 0.5], label: "train")
        figure.addLine(x: [0, 1, 2, 3], y: [2.4, 1.4, 1.0, 0.9], label: "test")
        figure.addScatter(x: [0.5, 2.5], y: [1, 2], label: "marks")
        return figure
    }

    @Test func svgIsStandaloneAndAccessible() throws {
        let svg = sampleFigure().svg
        let elements = try parseSVG(svg)
        let root = try #require(elements.first)
        #expect(root.name == "svg")
        #expect(root.namespace == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["viewBox"] == "0 0 640 400")
        let title = try #require(elements.first { $0.name == "title" })
        let desc = try #require(elements.first { $0.name == "desc" })
        #expect(title.text == "Loss")
        #expect(desc.text.contains("train") && desc.text.contains("test") && desc.text.contains("epoch"))
        let labelled = try #require(root.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(labelled == [title.attributes["id"], desc.attributes["id"]].compactMap { $0 })
        let style = try #require(elements.first { $0.name == "style" })
        #expect(style.text.contains("prefers-color-scheme:dark"))
        // Visible text: the title, both axis titles and the legend entries.
        let texts = Set(elements.filter { $0.name == "text" }.map(\.text))
        #expect(texts.isSuperset(of: ["Loss", "epoch", "loss", "train", "test", "marks"]))
    }

    @Test func everySeriesGetsItsOwnColourAndDash() throws {
        let elements = try parseSVG(sampleFigure().svg)
        let lines = elements.filter { $0.name == "path" && $0.classes.contains("line") }
        // Two series plus their two legend swatches.
        #expect(lines.count == 4)
        #expect(lines[0].classes != lines[1].classes)
        #expect(lines[0].attributes["stroke-dasharray"] != lines[1].attributes["stroke-dasharray"])
    }

    @Test func nonFiniteSamplesBreakTheLine() throws {
        var figure = Figure(title: "Gaps")
        figure.addLine(x: [0, 1, 2, 3, 4, 5, 6, 7, 8], y: [0, 1, .nan, 3, 4, .infinity, 5, 6, -.infinity])
        let svg = figure.svg
        let paths = try parseSVG(svg).filter { $0.name == "path" && $0.classes.contains("line") }
        #expect(paths.count == 3)
        let lowered = svg.lowercased()
        #expect(!lowered.contains("nan") && !lowered.contains("inf"))
    }

    @Test func nonPositiveValuesBreakALogScaleLine() throws {
        var figure = Figure(title: "Gradient norms", yScale: .log)
        figure.addLine(y: [1e-1, 1e-3, 0, 1e-6, 1e-8, -1, 1e-9, 1e-10])
        let elements = try parseSVG(figure.svg)
        #expect(elements.filter { $0.name == "path" && $0.classes.contains("line") }.count == 3)
        let labels = elements.filter { $0.name == "text" && $0.text.hasPrefix("10") }.map(\.text)
        #expect(labels.first == "10⁻¹⁰" && labels.last == "10⁻¹")
    }

    @Test func tickLabelsOfANarrowFigureDoNotOverlap() throws {
        var figure = Figure(title: "Narrow", width: 260, height: 200)
        figure.addLine(x: [0.0001, 0.0019], y: [1, 2])
        let layout = PlotLayout(figure)
        let positions = layout.x.ticks.compactMap { tick in
            layout.pixel(x: tick.value, y: 1).map { ($0.x, tick.label) }
        }
        #expect(positions.count >= 2)
        for (left, right) in zip(positions, positions.dropFirst()) {
            // 12 px digits are at most about 7.2 px wide; half of each label lies towards the other.
            let room = Double(left.1.count + right.1.count) / 2 * 7.2
            #expect(right.0 - left.0 > room, "\(left.1) and \(right.1) overlap")
        }
    }

    @Test func logXAxisWorksLikeLogY() throws {
        var figure = Figure(title: "Learning rate sweep", xScale: .log)
        figure.addLine(x: [1e-4, 1e-3, 1e-2, 1e-1], y: [0.9, 0.5, 0.3, 2])
        let layout = PlotLayout(figure)
        #expect(layout.x.ticks.map(\.label) == ["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹"])
        // Equal ratios are equal distances.
        let a = try #require(layout.pixel(x: 1e-4, y: 1))
        let b = try #require(layout.pixel(x: 1e-3, y: 1))
        let c = try #require(layout.pixel(x: 1e-2, y: 1))
        #expect(abs((b.x - a.x) - (c.x - b.x)) < 1e-9)
    }

    @Test func textIsEscaped() throws {
        var figure = Figure(title: "a < b & \"c\"\u{1}", xLabel: "x<sub>", yLabel: "y & z")
        figure.addLine(x: [0, 1], y: [0, 1], label: "<script>alert(1)</script>")
        let svg = figure.svg
        #expect(svg.contains("a &lt; b &amp; &quot;c&quot;"))
        #expect(!svg.contains("<script>") && !svg.contains("<sub>"))
        let elements = try parseSVG(svg)
        #expect(elements.first { $0.name == "title" }?.text == "a < b & \"c\"")
        #expect(elements.contains { $0.name == "text" && $0.text == "<script>alert(1)</script>" })
    }

    @Test func anEmptyFigureStillRenders() throws {
        let elements = try parseSVG(Figure().svg)
        #expect(elements.contains { $0.classes.contains("frame") })
        #expect(elements.first { $0.name == "title" }?.text == "Figure")
    }

    @Test func renderingIsByteStable() {
        #expect(sampleFigure().svg == sampleFigure().svg)
        let figure = sampleFigure()
        #expect(figure.svg == figure.svg)
    }

    @Test func differentFiguresGetDifferentIDs() throws {
        var other = sampleFigure()
        other.title = "Other"
        let ids = try [sampleFigure(), other].map { figure in
            try #require(parseSVG(figure.svg).first { $0.name == "clipPath" }?.attributes["id"])
        }
        #expect(ids[0] != ids[1])
    }

    @Test func legendAvoidsTheData() throws {
        // A line rising from bottom left to top right leaves the top left and bottom right free.
        var figure = Figure(title: "Rising")
        figure.addLine(x: [0, 10], y: [0, 10], label: "y = x")
        let layout = PlotLayout(figure)
        let box = try #require(try parseSVG(figure.svg).first { $0.classes.contains("legend-box") })
        let centerX = try #require(box.number("x")) + (box.number("width") ?? 0) / 2
        let centerY = try #require(box.number("y")) + (box.number("height") ?? 0) / 2
        #expect(centerX < layout.plot.x + layout.plot.width / 2)
        #expect(centerY < layout.plot.y + layout.plot.height / 2)
    }

    @Test func legendGoesAboveThePlotWhenNoCornerIsFree() throws {
        // A dense grid of dots covers every corner.
        let grid = (0..<400).map { Double($0 % 20) }
        var figure = Figure(title: "Regions")
        figure.addScatter(x: grid, y: (0..<400).map { Double($0 / 20) }, label: "class 0")
        let layout = PlotLayout(figure)
        let elements = try parseSVG(figure.svg)
        #expect(!elements.contains { $0.classes.contains("legend-box") })
        let label = try #require(elements.first { $0.name == "text" && $0.text == "class 0" })
        #expect(try #require(label.number("y")) < layout.plot.y)
        // Every dot is still inside the plot area, below the legend.
        let dots = elements.filter { $0.name == "circle" && !$0.classes.contains("f0") }
        #expect(dots.count == 400)
        #expect(dots.allSatisfy { ($0.number("cy") ?? 0) >= layout.plot.y })
    }

    @Test func floatSeriesMatchDoubleSeries() {
        let double = Figure().addingLine(x: [0, 0.5, 1], y: [1, 0.25, 0] as [Double])
        let float = Figure().addingLine(x: [0, 0.5, 1], y: [1, 0.25, 0] as [Float])
        #expect(double.svg == float.svg)
    }
}
