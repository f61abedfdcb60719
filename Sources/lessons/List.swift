import ArgumentParser
import Foundation
import LessonCore

extension Lessons {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the lessons in reading order with their snippet counts and cache status.")

        @Option(name: .customLong("lessons"), help: "The lessons folder.")
        var lessonsDirectory = "Lessons"

        @Option(name: .customLong("runtime"), help: "A prebuilt runtime folder (or set LESSONS_RUNTIME).")
        var runtimeDirectory: String?

        @Flag(
            name: .customLong("no-cache-status"),
            help: "Skip the cache status (needs the runtime, which may have to be built).")
        var noCacheStatus = false

        func run() throws {
            let style = TerminalStyle.forDescriptor(1)
            var configuration = LessonPipeline.Configuration()
            configuration.lessonsDirectory = lessonsDirectory
            let pipeline = LessonPipeline(configuration)
            let book: BookEditions
            do {
                book = try pipeline.loadEditions()
            } catch {
                Console.report(error.diagnostics)
                throw ExitCode.failure
            }
            var runtime: LessonRuntime?
            if !noCacheStatus {
                do {
                    runtime = try LessonRuntime.locate(explicit: runtimeDirectory) { Console.error($0) }
                } catch {
                    Console.error("note: no cache status: \(error)")
                }
            }
            let cache = ResultCache(directory: ResultCache.defaultDirectory(forLessons: lessonsDirectory))
            // One table per edition, each titled with its language when the book has several.
            for edition in book.editions {
                if book.isMultilingual { Console.output("\(edition.language):") }
                Console.output(
                    LessonListing(
                        library: edition.library, runtime: runtime, cache: cache,
                        settings: RunSettings(language: edition.site.language)
                    ).table(style: style))
            }
            let problems = book.allLessons.flatMap(\.loadProblems)
            Console.report(problems)
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}
