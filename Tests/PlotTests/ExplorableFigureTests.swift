import Activations
import Foundation
import FoundationXML
import LessonProtocol
import Testing

@testable import Plot

@Suite struct ExplorableFigureTests {
    /// Lines from (0, 0) to (1, v): the frames' ranges differ, so shared axes must span them all.
    private func slopes(_ values: [Double], default value: Double? = nil) -> ExplorableFigure {
        ExplorableFigure("v", values: values, default: value) { v in
            var figure = Figure(title: "Slope", xLabel: "x", yLabel: "y", language: .english)
            figure.addLine(x: [0, 1], y: [0, v], label: "line")
            return figure
        }
    }

    /// The root element and the frame groups, in order, with their attributes.
    private func frames(of svg: String) throws -> (root: XMLElement, frames: [XMLElement]) {
        let document = try XMLDocument(xmlString: svg, options: [])
        let root = try #require(document.rootElement())
        let frames = try root.nodes(forXPath: "//*[@\(ExplorableFigureMarkup.frameAttribute)]")
            .compactMap { $0 as? XMLElement }
        return (root, frames)
    }

    /// An attribute's value (FoundationXML's `attribute(forName:)` misses them in the SVG namespace).
    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    @Test func oneGroupPerValueAndOnlyTheDefaultShows() throws {
        let figure = slopes([1, 2, 4, 8], default: 2)
        let (root, groups) = try frames(of: figure.svg)
        #expect(attribute(root, ExplorableFigureMarkup.parameterAttribute) == "v")
        #expect(groups.map { attribute($0, "data-frame") } == ["1", "2", "4", "8"])
        let shown = groups.filter { attribute($0, "display") != "none" }
        #expect(shown.count == 1)
        #expect(shown.first.flatMap { attribute($0, "data-frame") } == "2")
        #expect(slopes([3, 5]).defaultValue == 3, "without a default the first value is the default")
    }

    @Test func framesShareOneAxisSpanningThemAll() throws {
        let elements = try parseSVG(slopes([1, 2, 4, 8]).svg)
        // The default frame alone tops at 1; the shared y axis reaches the steepest frame's 8.
        let tickLabels = Set(elements.filter { $0.name == "text" }.map(\.text))
        #expect(tickLabels.contains("8"))
        let alone = Set(try parseSVG(slopes([1]).svg).filter { $0.name == "text" }.map(\.text))
        #expect(!alone.contains("8"))
        // What frames share is written once: style, grid, axes frame, legend, labels.
        #expect(elements.filter { $0.name == "style" }.count == 1)
        #expect(elements.filter { $0.name == "path" && $0.classes == ["grid"] }.count == 1)
        #expect(elements.filter { $0.name == "text" && $0.text == "line" }.count == 1, "one legend entry")
        #expect(elements.filter { $0.name == "text" && $0.text == "Slope" }.count == 1, "one shared title")
        #expect(elements.filter { $0.name == "path" && $0.classes.contains("line") }.count == 4 + 1)
    }

    @Test func framesWithTheirOwnTitlesKeepThem() throws {
        let figure = ExplorableFigure("α", values: [0, 0.1, 0.3]) { plotActivation(LeakyReLU(negativeSlope: $0)) }
        let (_, groups) = try frames(of: figure.svg)
        let titles = groups.map { group in
            (group.children ?? []).compactMap { $0 as? XMLElement }
                .first { $0.localName == "text" && attribute($0, "class") == "title" }?.stringValue
        }
        #expect(
            titles == ["LeakyReLU(negativeSlope: 0)", "LeakyReLU(negativeSlope: 0.1)", "LeakyReLU(negativeSlope: 0.3)"])
    }

    @Test func descriptionSaysItIsExplorableInTheBooksLanguage() throws {
        func desc(_ language: PlotLanguage) throws -> String {
            let figure = ExplorableFigure("α", values: [0, 0.05, 0.5], default: 0.05) { α in
                plotActivation(LeakyReLU(negativeSlope: α), language: language)
            }
            return try #require(parseSVG(figure.svg).first { $0.name == "desc" }).text
        }
        let russian = try desc(.russian)
        #expect(russian.hasPrefix("Интерактивный рисунок, 3 кадра: параметр «α» от 0 до 0,5"))
        #expect(russian.contains("Показан кадр при «α» = 0,05."))
        let english = try desc(.english)
        #expect(english.hasPrefix("Explorable figure, 3 frames: α from 0 to 0.5"))
        #expect(english.contains("Shown: α = 0.05."))
    }

    @Test func defaultFrameIsAnOrdinaryFigure() throws {
        var figure = slopes([1, 2, 4], default: 4)
        figure.idPrefix = "f3-1"
        let frame = figure.defaultFrame
        #expect(frame.idPrefix == "f3-1")
        #expect(frame.series.first?.y == [0, 4])
        #expect(!frame.svg.contains(ExplorableFigureMarkup.frameAttribute))
        #expect(
            figure.svg
                == slopes([1, 2, 4], default: 4).svg.replacingOccurrences(
                    of: slopes([1, 2, 4], default: 4).defaultIDPrefix, with: "f3-1"))
    }

    /// The budget: a 20-frame figure adds at most 150 KB to its page.
    @Test(arguments: ["LeakyReLU", "ELU"])
    func twentyFramesOfAnActivationStayUnder150KB(_ name: String) throws {
        let values = (0..<20).map { Double($0) / 10 }
        let figure = ExplorableFigure("α", values: values) { α -> Figure in
            name == "ELU" ? plotActivation(ELU(alpha: α)) : plotActivation(LeakyReLU(negativeSlope: α))
        }
        let bytes = figure.svg.utf8.count
        #expect(bytes < 150_000, "\(name): \(bytes) bytes")
        // Sharing works: the 20 frames cost well under 20 separate figures.
        let separate = figure.frames.map(\.svg.utf8.count).reduce(0, +)
        #expect(Double(bytes) < 0.6 * Double(separate), "\(bytes) bytes against \(separate) for separate figures")
    }
}
