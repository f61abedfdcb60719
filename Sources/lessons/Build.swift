import ArgumentParser
import LessonCore
import LessonRender

extension Lessons {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Runs every lesson and writes the site (html/ and markdown/) into the output folder.")

        @OptionGroup var engine: EngineOptions

        @Option(name: .customLong("output"), help: "The output folder.")
        var outputDirectory = "Output"

        func run() throws {
            var (library, results) = try engine.runLessons()
            let sources: [any PageSource]
            do {
                sources = try library.site.pageSources(from: PageSources.available)
            } catch {
                Console.error(Console.errorStyle.diagnostic(error))
                throw ExitCode.failure
            }
            // Labels, references and links need the whole book: resolved once, before any page.
            let book = LessonPipeline.book(results, site: library.site, sources: sources)
            results = LessonPipeline.adding(book.diagnostics, to: results)
            let problems = results.flatMap(\.diagnostics)
            problems.forEach { Console.error(Console.errorStyle.diagnostic($0)) }
            do {
                let summary = try LessonPipeline.writeSite(
                    results, book: book, site: library.site, sources: sources, to: outputDirectory)
                engine.progress("\(outputDirectory): \(summary.written.count) written, \(summary.unchanged) unchanged, \(summary.removed.count) removed")
            } catch let diagnostic as Diagnostic {
                Console.error(Console.errorStyle.diagnostic(diagnostic))
                throw ExitCode.failure
            } catch {
                Console.error("error: \(error)")
                throw ExitCode.failure
            }
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
