import Testing

@testable import LessonCore
@testable import LessonRender

/// The heading anchors a rendered lesson page reports (`SiteRenderer.LessonFiles.anchors`), which
/// the language switch of a book in several editions lists instead of reading every page again.
@Suite struct PageAnchorsTests {
    @Test func aLessonPageReportsEveryHeadingItShowsInOrder() throws {
        let renderer = SiteRenderer(site: Fixture.russianSite)
        let results = Fixture.results
        let rendered = renderer.render(results, book: renderer.book(results), reusing: [:])
        let position = try #require(results.firstIndex { $0.lesson.slug == "02-relu" })
        let lesson = try #require(rendered.lessons[position])
        let page = Fixture.text(rendered.files, "html/02-relu.html")
        // What the page shows, read back from its HTML: the same ids in the same order.
        #expect(lesson.anchors == CounterpartLinks.headingAnchors(page))
        // The list of exercises closes the page with a heading of its own; the search index and the
        // verified page name sections only by the lesson's own headings.
        #expect(lesson.anchors.last == "упражнения")
        #expect(lesson.anchors == lesson.headingIDs + ["упражнения"])
    }

    @Test func aReusedLessonIsNotRenderedAndReportsNothing() throws {
        let renderer = SiteRenderer(site: Fixture.russianSite)
        let results = Fixture.results
        let rendered = renderer.render(results, book: renderer.book(results), reusing: [0: ["x"]])
        #expect(rendered.lessons[0] == nil)
        #expect(rendered.lessons.dropFirst().allSatisfy { $0 != nil })
    }
}
