import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// `` `{swift} expr` `` in prose: evaluated at its place in reading order, shown as text on both
/// pages, in the cache key, and reported at its own line and column when it does not compile.
@Suite struct InlineValueTests {
    static let source = """
        ---
        title: Inline
        ---

        Before any snippet: `{swift} 2 + 2`.

        ```swift run
        let ratio = 3.6789
        ```

        The ratio is `{swift} fmt(ratio, digits: 1)`, a list is ``{swift} ["a*", "<b>"]``.

        | name | value |
        |---|---|
        | ratio > 3 | `{swift} ratio > 3` |

        - in a list: `{swift} Int(ratio)` and plain `code`

        ```swift run
        let later = ratio * 2
        ```

        After it: `{swift} later`.

        """

    static func run(_ source: String, language: String = "en") throws -> LessonResult {
        let folder = try EngineFixtures.lessonsFolder([])
        try source.write(toFile: folder + "/01-inline.md", atomically: true, encoding: .utf8)
        let library = try LessonLibrary.load(directory: folder)
        let engine = LessonEngine(
            runtime: try EngineFixtures.runtime.get(), settings: RunSettings(language: language), cacheDirectory: nil)
        return try #require(engine.run(library.lessons).first)
    }

    @Test func valuesAreComputedInReadingOrder() throws {
        let result = try Self.run(Self.source)
        #expect(result.diagnostics == [])
        #expect(result.lesson.inlineValues.map(\.snippetsBefore) == [0, 1, 1, 1, 1, 2])
        #expect(result.inlineValues == ["4", "3.7", #"["a*", "<b>"]"#, "true", "3", "7.3578"])
    }

    @Test func pagesShowTheValuesAsEscapedText() throws {
        let result = try Self.run(Self.source, language: "ru")
        #expect(result.inlineValues[1] == "3,7", "fmt follows the book's language")
        let files = SiteRenderer(site: SiteConfig(title: "T", language: "ru")).render([result])
        let html = String(decoding: try #require(files["html/01-inline.html"]), as: UTF8.self)
        #expect(html.contains("<p>Before any snippet: 4.</p>"))
        #expect(
            html.contains("The ratio is 3,7, a list is [&quot;a*&quot;, &quot;&lt;b&gt;&quot;].")
                || html.contains("The ratio is 3,7, a list is [\"a*\", \"&lt;b&gt;\"]."))
        #expect(html.contains("<td>true</td>"))
        #expect(html.contains("in a list: 3 and plain <code>code</code>"))
        #expect(!html.contains("{swift}"))
        let markdown = String(decoding: try #require(files["markdown/01-inline.md"]), as: UTF8.self)
        #expect(markdown.contains("Before any snippet: 4."))
        #expect(markdown.contains(#"The ratio is 3,7, a list is \["a\*", "\<b\>"\]."#))
        #expect(markdown.contains("| ratio > 3 | true |"))
        #expect(markdown.contains("After it: 7.3578."))
        #expect(!markdown.contains("{swift}"))
    }

    @Test func anExpressionThatDoesNotCompileIsReportedAtItsLineAndColumn() throws {
        let source = "---\ntitle: Broken\n---\n\n```swift run\nlet a = 1\n```\n\nThe value is `{swift} a + missing`.\n"
        let result = try Self.run(source)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.line == 9)
        #expect(diagnostic.column == 27, "the column of `missing` in the prose line")
        #expect(diagnostic.message.contains("missing"))
    }

    @Test func anInlineValueInAHeadingIsAnError() throws {
        let source = "---\ntitle: H\n---\n\n## Value `{swift} 1`\n"
        #expect(throws: LessonLoadingError.self) { try LessonParser.parse(path: "Lessons/h.md", source: source) }
    }

    @Test func theExpressionIsInTheCacheKeyAndTheProseIsNot() throws {
        let base = try LessonParser.parse(path: "Lessons/a.md", source: Self.source)
        let prose = try LessonParser.parse(
            path: "Lessons/a.md", source: Self.source.replacingOccurrences(of: "Before any", with: "Ahead of any"))
        let edited = try LessonParser.parse(
            path: "Lessons/a.md",
            source: Self.source.replacingOccurrences(of: "`{swift} 2 + 2`", with: "`{swift} 2 + 3`"))
        let runtime = try EngineFixtures.runtime.get()
        let cache = ResultCache(directory: "/unused")
        func key(_ lesson: Lesson) -> String { cache.key(for: lesson, runtime: runtime, settings: RunSettings()) }
        #expect(key(base) == key(prose))
        #expect(key(base) != key(edited))
    }
}
