import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// `writeEditions` with a record of the pages it wrote: in a book of several editions an unchanged
/// lesson of any edition is neither rendered nor written again, yet a page still changes when its
/// counterpart's headings (its language switch's targets) change.
@Suite struct EditionPageReuseTests {
    /// A copy of the two-edition fixture (`LessonCoreTests/Fixtures/Editions`) with its output and cache.
    struct Book {
        let root: String
        var lessons: String { root + "/Lessons" }

        init() throws {
            root = try TemporaryFolder.make(prefix: "edition-page-reuse")
            try FileManager.default.copyItem(atPath: EditionSiteTests.fixture, toPath: lessons)
        }

        /// Writes the site into `output`, with the page record when `reusing` (like `lessons build`).
        @discardableResult
        func build(into output: String, reusing: Bool = true) throws -> OutputWriter.Summary {
            let book = try BookEditions.load(directory: lessons)
            let rendered = book.editions.map { edition in
                let results = LessonPipeline.readingAssets(
                    edition.library.lessons.map { LessonResult(lesson: $0, snippets: []) })
                return RenderedEdition(
                    edition: edition, results: results,
                    book: LessonPipeline.book(results, site: edition.site, sources: []))
            }
            return try LessonPipeline.writeEditions(
                rendered, multilingual: true, sources: [], to: root + "/" + output,
                cacheDirectory: reusing ? root + "/cache" : nil, engine: "engine-1")
        }

        func page(_ path: String, in output: String = "Output") -> String {
            (try? String(contentsOfFile: root + "/" + output + "/" + path, encoding: .utf8)) ?? ""
        }

        /// Every file of `output`, by path.
        func files(_ output: String) -> [String: String] {
            var files: [String: String] = [:]
            let enumerator = FileManager.default.enumerator(atPath: root + "/" + output)
            while let path = enumerator?.nextObject() as? String {
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: root + "/" + output + "/" + path, isDirectory: &isFolder)
                if !isFolder.boolValue { files[path] = page(path, in: output) }
            }
            return files
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func aRebuildWithNothingChangedRendersNoLessonOfAnyEdition() throws {
        let book = try Book()
        defer { book.remove() }
        let first = try book.build(into: "Output")
        #expect(first.written.contains("html/en/01-intro.html") && first.written.contains("html/ru/02-second.html"))
        try book.build(into: "Fresh", reusing: false)
        #expect(book.files("Output") == book.files("Fresh"), "recording pages changes no byte of the site")

        var witnesses: [String: String] = [:]
        for path in ["html/en/01-intro.html", "html/ru/01-intro.html", "markdown/ru/02-second.md"] {
            witnesses[path] = try PageReuseTests.plantWitness(book.root + "/Output/" + path)
        }
        let second = try book.build(into: "Output")
        #expect(second.written.isEmpty)
        #expect(second.removed.isEmpty)
        for (path, witness) in witnesses { #expect(book.page(path) == witness, "\(path) was rendered again") }
    }

    @Test func aPageChangesWhenItsCounterpartsHeadingsChange() throws {
        let book = try Book()
        defer { book.remove() }
        try book.build(into: "Output")
        let russian = book.page("html/ru/01-intro.html")
        #expect(russian.contains("data-anchors=\"sec-intro sec-summary\">English</a>"))
        let untranslated = try PageReuseTests.plantWitness(book.root + "/Output/html/ru/02-second.html")

        // Only the English lesson changes: a new section before the summary.
        let path = book.lessons + "/en/01-intro.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "## Summary", with: "## An aside\n\nMore.\n\n## Summary")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let summary = try book.build(into: "Output")
        #expect(summary.written.contains("html/en/01-intro.html"))
        #expect(summary.written.contains("html/ru/01-intro.html"), "the Russian switch lists the new heading")
        let anchors = try #require(
            book.page("html/ru/01-intro.html").firstRange(of: "data-anchors=\"sec-intro ").map {
                book.page("html/ru/01-intro.html")[$0.upperBound...].prefix { $0 != "\"" }
            })
        #expect(anchors.hasSuffix(" sec-summary") && anchors.count > "sec-summary".count)
        #expect(book.page("html/ru/02-second.html") == untranslated, "a page whose counterparts did not change")

        try book.build(into: "Fresh", reusing: false)
        #expect(book.files("Output") != [:])
        #expect(
            book.files("Output").filter { $0.key != "html/ru/02-second.html" }
                == book.files("Fresh").filter { $0.key != "html/ru/02-second.html" })
    }
}
