import ArgumentParser
import Foundation
import LessonCore
import LessonRender

extension Lessons {
    struct PDF: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pdf",
            abstract: "Builds the site if it is stale, then prints the book to one PDF with headless Chromium.",
            discussion: """
                The PDF has a title page, a contents with page numbers, every page of the index in \
                order (each on a new sheet, links between them kept as links) and bookmarks for the \
                headings. It needs chromium, and pdftotext (poppler-utils) for the contents' numbers. \
                It is not reproducible byte for byte, so it is not part of the site.
                """)

        @OptionGroup var engine: EngineOptions

        @Option(
            help: ArgumentHelp("The edition to print, by language (default: the book's language).", valueName: "lang"))
        var edition: String?

        @Option(name: .customLong("site"), help: "The site folder to build and print from.")
        var siteDirectory = "Output"

        @Option(name: .customLong("output"), help: "The PDF file to write.")
        var outputFile: String

        func run() throws {
            do {
                let printer = try ChromiumPrinter()
                _ = try PDFText.tool()
                let editions: BookEditions
                do {
                    editions = try engine.pipeline.loadEditions()
                } catch {
                    Console.report(error.diagnostics)
                    throw ExitCode.failure
                }
                let folder = try PrintEdition.htmlFolder(
                    site: URL(fileURLWithPath: siteDirectory), edition: edition,
                    languages: [editions.source.language] + editions.translations.map(\.language),
                    multilingual: editions.isMultilingual)
                var build = try Build.parse(["--output", siteDirectory])
                build.engine = engine
                try build.run()
                let book = try PrintBook(folder: folder)
                let pdf = URL(fileURLWithPath: outputFile)
                let summary = try BookPDF(book: book, printer: printer).write(to: pdf)
                engine.progress(
                    "\(outputFile): \(summary.sheets) pages for \(book.pages.count) pages of the site (printed \(summary.passes) times)"
                )
            } catch let failure as PrintTools.Failure {
                Console.error("error: \(failure)")
                throw ExitCode.failure
            } catch let diagnostic as Diagnostic {
                Console.error(Console.errorStyle.diagnostic(diagnostic))
                throw ExitCode.failure
            }
        }
    }
}
