import Foundation
import Testing

@testable import LessonRender

/// Prints the fixture book with headless Chromium, as `lessons pdf` does, and reads the PDF back
/// with pdftotext: what a reader of the PDF sees. The PDF is kept in `.build/render-tests/`.
@Suite(.serialized) struct BookPDFTests {
    @Test(.enabled(if: ExternalTools.shouldRun("chromium") && ExternalTools.shouldRun("pdftotext")))
    func theFixtureBookPrints() throws {
        let book = try PrintBookTests.book()
        let pdf = ExternalTools.artefacts.appendingPathComponent("fixture-book.pdf")
        let summary = try BookPDF(book: book, printer: ChromiumPrinter()).write(to: pdf)
        let text = try PDFText(pdf)
        let all = text.pages.joined(separator: "\n")

        // Title page, contents, then every page on sheets of its own.
        #expect(text.pages.count == summary.sheets)
        #expect(summary.sheets >= book.pages.count + 2)
        #expect(text.pages[0].contains("ReLU <от> начала"))
        #expect(text.pages[1].contains("Оглавление"))
        for page in book.pages {
            #expect(all.contains(page.title), "the PDF lacks the title \(page.title)")
        }
        #expect(all.contains("Рисунок 2.1"), "figure numbers are lost")
        // MathML is typeset (math italic x), not shown as its TeX annotation.
        #expect(Self.squeezed(all).contains("ReLU(𝑥)=max"), "the formula is not typeset")
        #expect(!all.contains("\\mathrm"), "TeX source printed instead of the formula")
        let sheets = book.pages.map { summary.pageNumbers[$0.path] ?? 0 }
        #expect(sheets == sheets.sorted() && Set(sheets).count == sheets.count, "pages share a sheet: \(sheets)")

        // The sheet the contents give for each page is the one it starts on, and the margin says so.
        let contents = try Self.pdftotext(pdf, ["-layout", "-f", "2", "-l", "\(summary.sheets)"])
            .split(separator: "\n").map { Self.squeezed(String($0)) }
        for page in book.pages {
            let sheet = try #require(summary.pageNumbers[page.path])
            #expect(
                Self.squeezed(text.pages[sheet - 1]).hasPrefix(Self.squeezed(page.heading)),
                "sheet \(sheet) does not begin with \(page.heading)")
            #expect(
                contents.contains(Self.squeezed(page.title) + "\(sheet)"),
                "the contents do not give \(page.title) sheet \(sheet)")
        }
        // The bottom margin of an A4 sheet (842 pt high, 20 mm ≈ 57 pt of margin) holds its number.
        let margins = try Self.pdftotext(pdf, ["-x", "0", "-y", "790", "-W", "595", "-H", "52", "-r", "72"])
            .components(separatedBy: "\u{0C}").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(margins[0] == "", "the title page has a page number")
        for sheet in 2...summary.sheets {
            #expect(margins[sheet - 1] == "\(sheet)", "sheet \(sheet) has \"\(margins[sheet - 1])\" in its margin")
        }

        // Bookmarks (Chromium's document outline) and links inside the document.
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(bytes.contains("/Outlines"), "the PDF has no bookmarks")
        #expect(bytes.contains("/Dest"), "the PDF has no internal links")
        // Code wraps on paper: the fixture's listings print whole, nothing cut at the margin.
        #expect(all.contains("for i in 0..<100_000 { print(i) }"))
    }

    static func pdftotext(_ pdf: URL, _ options: [String]) throws -> String {
        let tool = try #require(ExternalTools.find("pdftotext"))
        return try ExternalTools.run(tool, options + ["-enc", "UTF-8", pdf.path, "-"]).output
    }

    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
    }
}
