import ArgumentParser
import LessonCore
import LessonRender

extension Lessons {
    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the links to outside the book (URL and file:line), without fetching them.")

        @Option(name: .customLong("lessons"), help: "The lessons folder.")
        var lessonsDirectory = "Lessons"

        func run() throws {
            var configuration = LessonPipeline.Configuration()
            configuration.lessonsDirectory = lessonsDirectory
            let book: BookEditions
            do {
                book = try LessonPipeline(configuration).loadEditions()
            } catch {
                Console.report(error.diagnostics)
                throw ExitCode.failure
            }
            // Nothing runs: the links are in the prose, which loading has parsed.
            for edition in book.editions {
                let results = edition.library.lessons.map { LessonResult(lesson: $0, snippets: []) }
                for link in LessonPipeline.book(results, site: edition.site, sources: []).externalLinks {
                    Console.output("\(link.path):\(link.line): \(link.url)")
                }
            }
        }
    }
}
