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

        @Flag(
            name: .customLong("allow-stale"),
            help: "Report stale and missing translations as warnings (work in progress), not errors.")
        var allowStale = false

        func run() throws {
            // Lessons with nondeterministic snippets run every time, so their claims are checked.
            let (editions, runs) = try engine.runEditions(rerunsNondeterministic: true, select: shard.select)
            // Labels, references and links, resolved against each edition's whole book (reference
            // pages too); each edition's outputs are compared with its own `output` fences.
            var results: [LessonResult] = []
            var books: [BookIndex] = []
            do {
                let sources = try editions.site.pageSources(from: PageSources.available)
                for run in runs {
                    let book = LessonPipeline.book(
                        run.results, lessons: run.edition.library.lessons, site: run.edition.site, sources: sources)
                    books.append(book)
                    results += LessonPipeline.adding(book.diagnostics, to: run.results)
                }
            } catch {
                Console.error(Console.errorStyle.diagnostic(error))
                throw ExitCode.failure
            }
            // Between editions: stale, missing or unparallel translations, code, labels.
            let translationProblems = TranslationProblems.find(editions, books: books, allowStale: allowStale)
            for problem in translationProblems { Console.output(Console.outputStyle.diagnostic(problem)) }
            let translationErrors = translationProblems.filter { $0.severity == .error }.count
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
            if editions.isMultilingual {
                let warnings = translationProblems.count - translationErrors
                Console.output("translations: \(translationErrors) errors, \(warnings) warnings")
            }
            Console.output(Console.outputStyle.summary(summary.line, failed: summary.failed + translationErrors > 0))
            if let junitFile {
                do {
                    try JUnitReport.xml(checks, translationProblems: translationProblems).write(
                        toFile: junitFile, atomically: true, encoding: .utf8)
                } catch {
                    Console.error("error: cannot write \(junitFile): \(error.localizedDescription)")
                    throw ExitCode.failure
                }
            }
            if summary.failed > 0 || translationErrors > 0 { throw ExitCode.failure }
        }
    }
}
