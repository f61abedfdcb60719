import Foundation

/// Prints a `PrintBook` to a PDF whose contents give each page's sheet number. Chromium cannot
/// number the contents itself (no `target-counter()`), so the book is printed, each page's title is
/// looked up in the PDF's text, the numbers are written into the contents and the book is printed
/// again, until the numbers the contents show are the ones the PDF has (twice, normally).
package struct BookPDF {
    package var book: PrintBook
    package var printer: ChromiumPrinter
    /// Prints at most this many times before giving up on numbers that do not settle.
    package var maximumPasses = 4

    package init(book: PrintBook, printer: ChromiumPrinter) {
        self.book = book
        self.printer = printer
    }

    /// What printing found.
    package struct Summary: Sendable {
        /// Sheets in the PDF.
        package var sheets: Int
        /// The sheet each page starts on, by path.
        package var pageNumbers: [String: Int]
        /// How many times Chromium printed the book.
        package var passes: Int
    }

    /// Writes the PDF to `pdf`. The print page lives in a temporary folder and is removed.
    @discardableResult
    package func write(to pdf: URL) throws -> Summary {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-print-\(UUID())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let page = work.appendingPathComponent("book.html")
        var numbers: [String: Int] = [:]
        for pass in 1...maximumPasses {
            try Data(book.html(pageNumbers: numbers).utf8).write(to: page)
            try printer.print(page, to: pdf)
            let text = try PDFText(pdf)
            let found = try Self.pageNumbers(of: book.pages, in: text)
            if found == numbers { return Summary(sheets: text.pages.count, pageNumbers: found, passes: pass) }
            numbers = found
        }
        throw PrintTools.Failure(
            description: "the contents' page numbers did not settle after \(maximumPasses) printings")
    }

    /// The sheet each page starts on: the first sheet, after the contents and the previous page's,
    /// that begins with its heading (every page starts a new sheet; the title page comes first,
    /// then the contents, which list every title in order and so end on the sheet with the last).
    static func pageNumbers(of pages: [PrintBook.Page], in text: PDFText) throws(PrintTools.Failure) -> [String: Int] {
        var numbers: [String: Int] = [:]
        guard let contentsEnd = text.sheet(containingInOrder: pages.map(\.title), from: 2) else {
            throw PrintTools.Failure(description: "the PDF's contents do not list every page's title")
        }
        var sheet = contentsEnd + 1
        for page in pages {
            guard let found = text.sheet(beginningWith: page.heading, from: sheet) else {
                throw PrintTools.Failure(
                    description: "no sheet of the PDF begins with the heading of \(page.path), \"\(page.heading)\"")
            }
            numbers[page.path] = found
            sheet = found + 1
        }
        return numbers
    }
}
