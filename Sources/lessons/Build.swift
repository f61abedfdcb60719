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

        @Flag(name: .customLong("no-solutions"), help: "Leave exercises' solutions out of the pages (they still run).")
        var noSolutions = false

        func run() throws {
            let (library, results) = try engine.runLessons()
            let problems = results.flatMap(\.diagnostics)
            problems.forEach { Console.error(Console.errorStyle.diagnostic($0)) }
            do {
                let sources = try library.site.pageSources(from: PageSources.available)
                let summary = try LessonPipeline.writeSite(results, site: library.site, sources: sources, to: outputDirectory,
                    includesSolutions: !noSolutions)
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
