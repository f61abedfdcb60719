import Foundation
import LessonCore
import LessonRender
import Testing

@testable import ActivationReference

/// Reference pages speak the book's language, down to the descriptions their figures generate.
@Suite struct ReferenceLanguageTests {
    private func desc(_ svg: String) throws -> String {
        let start = try #require(svg.range(of: "<desc")).upperBound
        let open = try #require(svg[start...].firstIndex(of: ">"))
        let end = try #require(svg.range(of: "</desc>", range: open..<svg.endIndex)).lowerBound
        return String(svg[svg.index(after: open)..<end])
    }

    @Test func referencePagePlotsAreInTheSitesLanguage() throws {
        let russian = SiteRenderer(
            site: SiteConfig(title: "Книга", language: "ru"), sources: [ActivationReferencePages()]
        ).render([])
        let english = SiteRenderer(
            site: SiteConfig(title: "Book", language: "en"), sources: [ActivationReferencePages()]
        ).render([])
        let path = "html/reference/figures/relu.svg"
        let russianSVG = String(decoding: try #require(russian[path]), as: UTF8.self)
        let englishSVG = String(decoding: try #require(english[path]), as: UTF8.self)
        #expect(try desc(russianSVG).hasPrefix("Линейный график «ReLU». Ряды данных: f(x) (сплошная линия)"))
        #expect(try desc(englishSVG).hasPrefix("Line plot “ReLU”. Series: f(x) (solid line)"))
        // The Markdown pages link the same figure.
        #expect(russian["markdown/reference/figures/relu.svg"] == russian[path])
        // Inlined into the HTML page too.
        let page = String(decoding: try #require(russian["html/reference/relu.html"]), as: UTF8.self)
        #expect(page.contains("Скачки отмечены точками: 1 закрашенная"))
    }
}
