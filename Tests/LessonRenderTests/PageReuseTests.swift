import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// `writeSite` with a record of the pages it wrote (`RenderedPages`): a rebuild with nothing
/// changed renders no lesson again, and each thing a page shows, when it changes, changes the page.
@Suite struct PageReuseTests {
    static let first = """
        ---
        title: First
        order: 1
        ---

        # First

        Some prose.

        $$a = b$$ {#eq-one}

        $$c = d$$ {#eq-two}

        ```swift run
        print(1)
        ```
        """

    static let second = """
        ---
        title: Second
        order: 2
        ---

        # Second

        As @eq-two says.
        """

    /// A book on disk: lessons by path, their printed outputs, and the site, written like `lessons build`.
    struct Book {
        let folder = NSTemporaryDirectory() + "lessons-page-reuse-" + UUID().uuidString
        var lessons: [(path: String, source: String)] = [
            ("Lessons/01-first.md", first), ("Lessons/02-second.md", second),
        ]
        var printed = "1\n"
        var site = SiteConfig(title: "Book", language: "en")
        var engine = "engine-1"

        var output: String { folder + "/Output" }

        var results: [LessonResult] {
            lessons.map { path, source in
                let lesson = Fixture.lesson(path: path, source: source)
                let snippets = lesson.snippets.map { _ in
                    SnippetResult(status: .succeeded, items: [.text(printed)])
                }
                return LessonResult(lesson: lesson, snippets: snippets)
            }
        }

        @discardableResult
        func build() throws -> OutputWriter.Summary {
            try LessonPipeline.writeSite(
                results, site: site, sources: [], to: output, cacheDirectory: folder + "/cache", engine: engine)
        }

        func page(_ path: String) -> String {
            (try? String(contentsOfFile: output + "/" + path, encoding: .utf8)) ?? ""
        }

        /// Replaces a page's bytes with text of the same length, keeping its inode and time, so only a
        /// render would notice: the page is a witness of whether its lesson was rendered again.
        func plantWitness(_ path: String) throws -> String {
            try PageReuseTests.plantWitness(output + "/" + path)
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Replaces the bytes of the file at `full` with text of the same length, keeping its inode and
    /// time, so only a render would notice: the page is a witness of whether it was rendered again.
    static func plantWitness(_ full: String) throws -> String {
        var info = stat()
        #expect(stat(full, &info) == 0)
        let witness = String(repeating: "w", count: Int(info.st_size))
        let handle = try #require(FileHandle(forWritingAtPath: full))
        handle.write(Data(witness.utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, full, &times, 0) == 0)
        return witness
    }

    @Test func aRebuildWithNothingChangedRendersAndWritesNoLesson() throws {
        let book = Book()
        defer { book.remove() }
        let first = try book.build()
        #expect(first.written.contains("html/01-first.html"))
        let witness = try book.plantWitness("html/01-first.html")
        let markdownWitness = try book.plantWitness("markdown/02-second.md")
        let second = try book.build()
        #expect(second.written.isEmpty)
        #expect(second.removed.isEmpty)
        #expect(book.page("html/01-first.html") == witness, "the unchanged lesson was not rendered again")
        #expect(book.page("markdown/02-second.md") == markdownWitness)
        // The book-wide files are made every time and stay the same.
        #expect(book.page("html/search-index.js").contains("Second"))
    }

    @Test func aPageDeletedOrEditedByHandIsRestored() throws {
        let book = Book()
        defer { book.remove() }
        try book.build()
        let html = book.page("html/01-first.html")
        let markdown = book.page("markdown/02-second.md")
        try FileManager.default.removeItem(atPath: book.output + "/html/01-first.html")
        try "edited by hand".write(toFile: book.output + "/markdown/02-second.md", atomically: false, encoding: .utf8)
        let summary = try book.build()
        #expect(Set(summary.written) == ["html/01-first.html", "markdown/02-second.md"])
        #expect(book.page("html/01-first.html") == html)
        #expect(book.page("markdown/02-second.md") == markdown)
    }

    @Test func editingALessonRendersItsPageAgain() throws {
        var book = Book()
        defer { book.remove() }
        try book.build()
        let witness = try book.plantWitness("html/01-first.html")
        book.lessons[1].source = Self.second.replacingOccurrences(of: "As @eq-two says.", with: "Edited prose.")
        let summary = try book.build()
        #expect(book.page("html/02-second.html").contains("Edited prose."))
        #expect(summary.written.contains("html/02-second.html"))
        #expect(book.page("html/01-first.html") == witness, "the other lesson was reused")
    }

    @Test func changedOutputsRenderThePageAgain() throws {
        var book = Book()
        defer { book.remove() }
        try book.build()
        #expect(!book.page("html/01-first.html").contains("42424242"))
        book.printed = "42424242\n"
        try book.build()
        #expect(book.page("html/01-first.html").contains("42424242"))
        #expect(book.page("markdown/01-first.md").contains("42424242"))
    }

    @Test func aChangedSiteConfigurationRendersEveryPageAgain() throws {
        var book = Book()
        defer { book.remove() }
        try book.build()
        #expect(!book.page("html/02-second.html").contains("Renamed Book"))
        book.site.title = "Renamed Book"
        try book.build()
        #expect(book.page("html/01-first.html").contains("Renamed Book"))
        #expect(book.page("html/02-second.html").contains("Renamed Book"))
    }

    @Test func aLabelNumberedAnewInAnotherLessonRendersTheReferringPage() throws {
        var book = Book()
        defer { book.remove() }
        try book.build()
        #expect(book.page("html/02-second.html").contains("(1.2)"))
        // The first lesson loses its first equation: eq-two becomes (1.1) on the second lesson's page.
        book.lessons[0].source = Self.first.replacingOccurrences(of: "$$a = b$$ {#eq-one}\n", with: "")
        try book.build()
        #expect(book.page("html/02-second.html").contains("(1.1)"))
        #expect(!book.page("html/02-second.html").contains("(1.2)"))
        #expect(book.page("markdown/02-second.md").contains("(1.1)"))
    }

    @Test func aChangedLessonListRendersNavigationAgain() throws {
        var book = Book()
        defer { book.remove() }
        try book.build()
        #expect(!book.page("html/02-second.html").contains("03-third.html"))
        book.lessons.append(("Lessons/03-third.md", "---\ntitle: Third\norder: 3\n---\n\n# Third\n"))
        try book.build()
        #expect(book.page("html/02-second.html").contains("03-third.html"), "the next-lesson link")
        book.lessons.removeLast()
        let summary = try book.build()
        #expect(summary.removed.contains("html/03-third.html"))
        #expect(!book.page("html/02-second.html").contains("03-third.html"))
    }

    @Test func aNewEngineRendersEveryPageAgain() throws {
        var book = Book()
        defer { book.remove() }
        try book.build()
        let html = book.page("html/01-first.html")
        _ = try book.plantWitness("html/01-first.html")
        book.engine = "engine-2"
        try book.build()
        #expect(book.page("html/01-first.html") == html)
    }
}
