import Foundation
import Testing

@testable import LessonRender

/// The combined print page `lessons pdf` prints, made from the fixture site's html folder: every
/// page in the index's order, links between pages kept as links inside the one document.
@Suite struct PrintBookTests {
    /// The fixture site's html folder, written once for every test that reads it.
    static let folder = Result {
        try ExternalTools.write(Fixture.site, to: "print-site").appendingPathComponent("html")
    }

    static func book() throws -> PrintBook {
        try PrintBook(folder: folder.get())
    }

    @Test func pagesFollowTheIndex() throws {
        let book = try Self.book()
        #expect(book.pages.prefix(2).map(\.path) == ["01-intro.html", "02-relu.html"])
        #expect(book.pages.prefix(2).map(\.title) == ["Введение", "Функция ReLU"])
        #expect(HTMLTags.text(book.titleHTML) == "ReLU <от> начала")
        // The reference pages come after the lessons, under the index's own heading for them.
        #expect(book.pages.contains { $0.path == "reference/relu.html" })
        #expect(book.parts.count >= 2)
        #expect(Set(book.pages.map(\.path)).count == book.pages.count, "a page printed twice")
    }

    @Test func linksBetweenPagesStayInTheDocument() throws {
        let book = try Self.book()
        let html = try book.html()
        // 02-relu links to `01-intro.md#введение` (the intro's heading), and to ReLU's reference page.
        let heading = try #require(html.range(of: #"<h1 id="[^"]+">Введение"#, options: .regularExpression))
        let introID = try #require(HTMLTags.between(String(html[heading]), "id=\"", "\""))
        let relu = try #require(HTMLTags.between(html, "<section class=\"print-page\" id=\"02-relu\">", "</section>"))
        #expect(relu.contains("href=\"#\(introID)\""), "the link to the intro's heading is lost")
        #expect(relu.contains("href=\"#reference-relu\""))
        // Ids are short, however long the heading: PDF readers want destination names under 128 bytes.
        let ids = Self.values(of: "id", in: html)
        #expect(ids.allSatisfy { $0.utf8.count < 40 }, "long ids: \(ids.filter { $0.utf8.count >= 40 })")
        #expect(
            Set(ids).count == ids.count,
            "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys)")
        let targets = Self.values(of: "href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        let broken = Set(targets).subtracting(ids)
        #expect(broken.isEmpty, "links to nowhere: \(broken.sorted())")
        for labelled in Self.values(of: "aria-labelledby", in: html) {
            for id in labelled.split(separator: " ") { #expect(ids.contains(String(id)), "aria-labelledby \(id)") }
        }
        // No relative address is left: pages became anchors, everything else a file URL that exists.
        for address in Self.values(of: "href", in: html) + Self.values(of: "src", in: html) {
            if address.hasPrefix("#") || address.hasPrefix("http") || address.hasPrefix("mailto:") { continue }
            let url = try #require(URL(string: address), "not a URL: \(address)")
            #expect(url.isFileURL, "relative address left: \(address)")
            if url.isFileURL && !address.contains("reference/nope") {
                #expect(FileManager.default.fileExists(atPath: url.path), "missing: \(address)")
            }
        }
        #expect(!html.contains("class=\"pager\""), "the screen's pager is printed")
        #expect(!html.contains("<script"), "the print page runs no scripts")
    }

    @Test func contentsShowPageNumbersWhenKnown() throws {
        let book = try Self.book()
        let numbers = Dictionary(uniqueKeysWithValues: book.pages.enumerated().map { ($1.path, $0 + 3) })
        let html = try book.html(pageNumbers: numbers)
        #expect(
            html.contains(
                "<span class=\"print-contents-title\">Введение</span><span class=\"print-contents-page\">3</span>"))
        #expect(!html.contains("data-placeholder"))
        #expect(try book.html().contains("data-placeholder"))
    }

    @Test func editionsMapToHTMLFolders() throws {
        let site = URL(fileURLWithPath: "/tmp/Output")
        #expect(try PrintEdition.htmlFolder(site: site, edition: nil, languages: ["ru"]).path == "/tmp/Output/html")
        #expect(try PrintEdition.htmlFolder(site: site, edition: "ru", languages: ["ru"]).path == "/tmp/Output/html")
        #expect(
            try PrintEdition.htmlFolder(site: site, edition: "en", languages: ["ru", "en"], multilingual: true).path
                == "/tmp/Output/html/en")
        #expect(
            try PrintEdition.htmlFolder(site: site, edition: nil, languages: ["ru", "en"], multilingual: true).path
                == "/tmp/Output/html/ru")
        let error = #expect(throws: PrintTools.Failure.self) {
            try PrintEdition.htmlFolder(site: site, edition: "de", languages: ["ru"])
        }
        #expect(error?.description.contains("its editions: ru") == true)
    }

    @Test func missingChromiumSaysWhatToInstall() {
        let error = #expect(throws: PrintTools.Failure.self) { try PrintTools.chromium(path: "/nonexistent") }
        #expect(error?.description.contains("apt-get install chromium") == true)
    }

    @Test func relativePathsResolveAgainstThePage() {
        #expect(PrintLinks.resolve("../index.html", from: "reference/relu.html") == "index.html")
        #expect(PrintLinks.resolve("gelu.html", from: "reference/relu.html") == "reference/gelu.html")
        #expect(PrintLinks.resolve("./figures/a.svg", from: "02-relu.html") == "figures/a.svg")
        #expect(PrintLinks.hasScheme("https://example.org") && !PrintLinks.hasScheme("02-relu.html#a:b"))
    }

    /// Every value of attribute `name` in `html`'s tags.
    static func values(of name: String, in html: String) -> [String] {
        var values: [String] = []
        _ = HTMLTags.rewritingAttributes(html) { attribute, value in
            if attribute == name { values.append(value) }
            return value
        }
        return values
    }
}
