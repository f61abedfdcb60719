import Foundation
import Testing

@testable import LessonCore

/// Figures describe themselves in the book's language: lesson programs learn it from the runner
/// (`LESSONS_LANGUAGE`), reference pages from the site, and the cache keeps languages apart.
@Suite struct LessonLanguageTests {
    /// The text of the first `<desc>` in `svg`.
    private func desc(_ svg: String) throws -> String {
        let start = try #require(svg.range(of: "<desc")).upperBound
        let open = try #require(svg[start...].firstIndex(of: ">"))
        let end = try #require(svg.range(of: "</desc>", range: open..<svg.endIndex)).lowerBound
        return String(svg[svg.index(after: open)..<end])
    }

    @Test func lessonFiguresFollowTheBooksLanguageAndTheCacheKeepsThemApart() throws {
        let folder = try EngineFixtures.lessonsFolder([])
        try "title: Книга\nlanguage: ru\n".write(toFile: folder + "/site.yml", atomically: true, encoding: .utf8)
        try """
        ---
        title: Язык
        ---

        ```swift run
        import Foundation
        print(ProcessInfo.processInfo.environment["LESSONS_LANGUAGE"] ?? "unset")
        display(plotActivation(ReLU()))
        ```

        """.write(toFile: folder + "/01-language.md", atomically: true, encoding: .utf8)
        let library = try LessonLibrary.load(directory: folder)
        #expect(library.site.language == "ru")
        let runtime = try EngineFixtures.runtime.get()
        let cacheDirectory = folder + "/../.lessons-cache"
        func run(_ language: String) throws -> (snippet: SnippetResult, statistics: LessonEngine.Statistics) {
            let engine = LessonEngine(
                runtime: runtime, settings: RunSettings(language: language), cacheDirectory: cacheDirectory)
            let result = try #require(engine.run(library.lessons).first)
            #expect(result.diagnostics == [])
            return (try #require(result.snippets.first), engine.statistics)
        }
        func figure(_ snippet: SnippetResult) throws -> String {
            try #require(snippet.items.compactMap { if case .figure(let svg) = $0 { svg } else { nil } }.first)
        }

        let russian = try run(library.site.language)
        #expect(russian.statistics.lessonsRun == 1)
        #expect(russian.snippet.text == "ru\n")
        let russianDesc = try desc(try figure(russian.snippet))
        #expect(russianDesc.hasPrefix("Линейный график «ReLU». Ряды данных: f(x) (сплошная линия), "))
        #expect(russianDesc.contains("1 закрашенная") && russianDesc.hasSuffix("от −0,25 до 5,25."))

        // Same language: served from the cache. Another language: run again, in that language.
        let again = try run("ru")
        #expect(again.statistics.lessonsCached == 1 && again.statistics.compilerRuns == 0)
        let english = try run("en")
        #expect(english.statistics.lessonsRun == 1 && english.statistics.lessonsCached == 0)
        #expect(english.snippet.text == "en\n")
        #expect(try desc(try figure(english.snippet)).hasPrefix("Line plot “ReLU”. Series: f(x) (solid line)"))
    }

    @Test func cacheKeyDiffersByLanguage() throws {
        let runtime = LessonRuntime(directory: "/rt", compilerVersion: "swift 6", key: "r1")
        let cache = ResultCache(directory: "/unused")
        let lesson = try LessonParser.parse(
            path: "L/a.md", source: "---\ntitle: T\n---\n\n```swift run\nprint(1)\n```\n")
        func key(_ settings: RunSettings) -> String { cache.key(for: lesson, runtime: runtime, settings: settings) }
        #expect(key(RunSettings()) == key(RunSettings(language: "en")), "English is the default")
        #expect(key(RunSettings(language: "ru")) == key(RunSettings(language: "ru")))
        #expect(key(RunSettings(language: "ru")) != key(RunSettings(language: "en")))
        #expect(
            key(RunSettings(language: "ru")) != key(RunSettings(language: "ru-RU")),
            "the program sees the tag as written")
    }
}
