import ArgumentParser
import LessonCore

extension Lessons {
    struct Fix: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrites `output` fences from what the snippets print; nothing else in the files changes.")

        @OptionGroup var engine: EngineOptions

        @Flag(help: "Also add `output` fences to snippets that print but have none.")
        var add = false

        func run() throws {
            // Every edition's lessons, each against its own `output` fences.
            let results = try engine.runEditions().runs.flatMap(\.results)
            var failed = false
            var fixedFences = 0
            var fixedFiles = 0
            for result in results {
                Console.report(result.diagnostics)
                failed = failed || !result.diagnostics.isEmpty
                do {
                    let outcome = try OutputFixer.write(result, add: add)
                    Console.report(outcome.skipped)
                    if !outcome.changedLines.isEmpty {
                        fixedFences += outcome.changedLines.count
                        fixedFiles += 1
                        Console.output("\(result.lesson.path): \(outcome.changedLines.count) output fence(s) rewritten")
                    }
                } catch {
                    Console.report(error.diagnostics)
                    failed = true
                }
            }
            Console.output("\(fixedFences) output fence(s) rewritten in \(fixedFiles) file(s)")
            if failed { throw ExitCode.failure }
        }
    }
}
