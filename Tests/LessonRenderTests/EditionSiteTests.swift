import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// The site of a book in two editions (`LessonCoreTests/Fixtures/Editions`): each edition in its
/// own folder, every page linked to its counterpart, a root index of the editions.
@Suite struct EditionSiteTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LessonCoreTests/Fixtures/Editions").standardizedFileURL.path

    /// The files written for the fixture (lessons not run: pages without outputs).
    static func site() throws -> [String: String] {
        let book = try BookEditions.load(directory: fixture)
        let rendered = book.editions.map { edition in
            let results = LessonPipeline.readingAssets(
                edition.library.lessons.map { LessonResult(lesson: $0, snippets: []) })
            #expect(results.flatMap(\.diagnostics).isEmpty)
            return RenderedEdition(
                edition: edition, results: results,
                book: LessonPipeline.book(results, site: edition.site, sources: []))
        }
        let output = try TemporaryFolder.make(prefix: "editions-site")
        try LessonPipeline.writeEditions(rendered, multilingual: true, sources: [], to: output)
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: output)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue {
                files[path] = try String(contentsOfFile: output + "/" + path, encoding: .utf8)
            }
        }
        return files
    }

    @Test func eachEditionIsACompleteBookInItsOwnFolderAndLanguage() throws {
        let files = try Self.site()
        for language in ["ru", "en"] {
            for name in ["index.html", "01-intro.html", "search-index.js", "search.js", "style.css"] {
                #expect(files["html/\(language)/\(name)"] != nil, "html/\(language)/\(name)")
            }
            #expect(files["markdown/\(language)/README.md"] != nil)
        }
        #expect(files["html/en/02-second.html"] == nil && files["html/ru/02-second.html"] != nil)
        let english = try #require(files["html/en/01-intro.html"])
        #expect(english.contains("<html lang=\"en\">") && english.contains("On this page"))
        #expect(english.contains("The book</a>"))
        let russian = try #require(files["html/ru/01-intro.html"])
        #expect(russian.contains("<html lang=\"ru\">") && russian.contains("На этой странице"))
    }

    @Test func theEditionsShareOneCopyOfAFileInTheBooksFolder() throws {
        let files = try Self.site()
        let svg = try String(contentsOfFile: Self.fixture + "/shared/dot.svg", encoding: .utf8)
        for language in ["ru", "en"] {
            #expect(files["html/\(language)/assets/shared/dot.svg"] == svg)
            #expect(files["markdown/\(language)/assets/shared/dot.svg"] == svg)
            #expect(try #require(files["html/\(language)/01-intro.html"]).contains("src=\"assets/shared/dot.svg\""))
            #expect(try #require(files["markdown/\(language)/01-intro.md"]).contains("](assets/shared/dot.svg)"))
        }
    }

    @Test func pagesLinkTheirCounterparts() throws {
        let files = try Self.site()
        let english = try #require(files["html/en/01-intro.html"])
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"ru\" href=\"../ru/01-intro.html\">"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../en/01-intro.html\">"))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../index.html\">"))
        // The visible switch, with the counterpart's headings in order for editions.js.
        #expect(
            english.contains(
                "<nav class=\"language-switch\" aria-label=\"Language\"><a href=\"../ru/01-intro.html\" hreflang=\"ru\" "
                    + "lang=\"ru\" data-anchors=\"sec-intro sec-summary\">Русский</a></nav></header>"))
        #expect(english.contains("<script src=\"../editions.js\"></script>"))
        // A page the other edition lacks links that edition's index.
        let untranslated = try #require(files["html/ru/02-second.html"])
        #expect(untranslated.contains("hreflang=\"en\" href=\"../en/index.html\""))
        #expect(untranslated.contains("lang=\"en\" data-anchors=\"\">English</a>"))
        #expect(files["html/editions.js"] != nil)
        #expect(try #require(files["markdown/en/01-intro.md"]).hasPrefix("🌐 [Русский](../ru/01-intro.md)\n\n"))
    }

    @Test func theRootIndexListsTheEditions() throws {
        let files = try Self.site()
        let index = try #require(files["html/index.html"])
        #expect(index.contains("<h1>Книга</h1>"))
        #expect(index.contains("<a href=\"ru/index.html\" hreflang=\"ru\">Книга</a>"))
        #expect(index.contains("<a href=\"en/index.html\" hreflang=\"en\">The book</a>"))
        #expect(index.contains("<p>A book in two languages.</p>"))
        let readme = try #require(files["markdown/README.md"])
        #expect(readme.contains("## [The book](en/README.md)"))
    }

    @Test func headingAnchorsAreReadInDocumentOrderFromTheMainContent() {
        let page =
            "<h2 id=\"toc\">x</h2><main id=\"main\"><h1 id=\"a\">A</h1><p>t</p><h2 class=\"x\" id=\"b-c\">B</h2>"
            + "<hr><h3 id=\"d\">D</h3></main>"
        #expect(CounterpartLinks.headingAnchors(page) == ["a", "b-c", "d"])
    }
}

/// Labels resolve within each edition and must match between them.
@Suite struct EditionLabelTests {
    @Test func aLabelOneEditionLacksIsReportedAtTheTranslation() throws {
        let root = try TemporaryFolder.make(prefix: "edition-labels")
        try FileManager.default.copyItem(atPath: EditionSiteTests.fixture, toPath: root + "/Lessons")
        let path = root + "/Lessons/en/01-intro.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "## Summary {#sec-summary}", with: "## Summary {#sec-end}")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let book = try BookEditions.load(directory: root + "/Lessons")
        let books = book.editions.map { edition in
            LessonPipeline.book(
                edition.library.lessons.map { LessonResult(lesson: $0, snippets: []) }, site: edition.site, sources: [])
        }
        #expect(EditionLabels.differences(source: books[0], translation: books[0]).isEmpty)
        let problems = EditionLabels.differences(source: books[0], translation: books[1])
        #expect(problems.map(\.path) == [path, path])
        #expect(problems.map(\.line) == [22, 1])
        #expect(problems[0].message.hasPrefix("label 'sec-end' is not in the source edition"))
        #expect(problems[1].message.hasPrefix("label 'sec-summary' of the source"))
        #expect(problems[1].message.hasSuffix("is missing in this edition"))
    }
}
