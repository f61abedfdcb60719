import ArgumentParser
import Foundation
import LessonCore
import LessonRender

extension Lessons {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Runs every lesson and compares outputs with the `output` fences; exits 1 on any problem.")

        @OptionGroup var engine: EngineOptions

        @Option(name: .customLong("junit"), help: "Also write a JUnit XML report to this file.")
        var junitFile: String?

        @OptionGroup var shard: ShardOption

        func run() throws {
            // Lessons with nondeterministic snippets run every time, so their claims are checked.
            var (library, results) = try engine.runLessons(rerunsNondeterministic: true, select: shard.select)
            // Labels, references and links, resolved against the whole book (reference pages too).
            do {
                let sources = try library.site.pageSources(from: PageSources.available)
                let book = LessonPipeline.book(results, lessons: library.lessons, site: library.site, sources: sources)
                results = LessonPipeline.adding(book.diagnostics, to: results)
            } catch {
                Console.error(Console.errorStyle.diagnostic(error))
                throw ExitCode.failure
            }
            let checks = results.map(LessonCheck.init)
            for check in checks {
                for diagnostic in check.diagnostics { Console.output(Console.outputStyle.diagnostic(diagnostic)) }
            }
            // What the sandbox lets through, lesson by lesson.
            for note in SandboxExceptions.notes(results.map(\.lesson)) {
                Console.output(Console.outputStyle.diagnostic(note))
            }
            let summary = CheckSummary(checks)
            if summary.claimsHeld + summary.claimsFailed > 0 { Console.output(summary.claimsLine) }
            Console.output(Console.outputStyle.summary(summary.line, failed: summary.failed > 0))
            if let junitFile {
                do {
                    try JUnitReport.xml(checks).write(toFile: junitFile, atomically: true, encoding: .utf8)
                } catch {
                    Console.error("error: cannot write \(junitFile): \(error.localizedDescription)")
                    throw ExitCode.failure
                }
            }
            if summary.failed > 0 { throw ExitCode.failure }
        }
    }
}
