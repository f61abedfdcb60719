import Foundation

/// The text of a PDF, sheet by sheet, as poppler's `pdftotext` reads it.
package struct PDFText: Sendable {
    /// Each sheet's text.
    package var pages: [String]

    /// The path of `pdftotext`, or a failure saying what to install.
    package static func tool() throws(PrintTools.Failure) -> String {
        guard let pdftotext = PrintTools.find("pdftotext") else {
            throw PrintTools.Failure(
                description: "lessons pdf reads the PDF back with pdftotext to number the contents, which is not "
                    + "installed: install poppler-utils (`sudo apt-get install poppler-utils`)")
        }
        return pdftotext
    }

    /// Reads `pdf` with `pdftotext` (poppler-utils), or fails saying what to install.
    package init(_ pdf: URL) throws(PrintTools.Failure) {
        let data = try PrintTools.run(try Self.tool(), ["-q", "-enc", "UTF-8", pdf.path, "-"])
        // pdftotext ends every sheet with a form feed.
        var pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        self.pages = pages
    }

    /// The number (from 1) of the first sheet at or after `sheet` that begins with `title`,
    /// comparing without white space (the PDF breaks lines where the page did not).
    package func sheet(beginningWith title: String, from sheet: Int = 1) -> Int? {
        let wanted = Self.squeezed(title)
        guard !wanted.isEmpty, sheet >= 1 else { return nil }
        return pages.indices.dropFirst(sheet - 1).first { Self.squeezed(pages[$0]).hasPrefix(wanted) }.map { $0 + 1 }
    }

    /// The sheet on which the last of `titles` is found, reading on from `sheet` and finding each
    /// title after the one before it.
    package func sheet(containingInOrder titles: [String], from sheet: Int) -> Int? {
        var wanted = titles.map(Self.squeezed)[...]
        for index in pages.indices.dropFirst(sheet - 1) {
            var text = Self.squeezed(pages[index])[...]
            while let title = wanted.first, let found = text.range(of: title) {
                text = text[found.upperBound...]
                wanted = wanted.dropFirst()
            }
            if wanted.isEmpty { return index + 1 }
        }
        return nil
    }

    private static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{AD}" })
    }
}
