import ArgumentParser
import LessonCore

extension Lessons {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Creates the next numbered lesson file with front matter and a first snippet; never overwrites.")

        @Argument(help: "The lesson's title.")
        var title: String

        @Option(name: .customLong("lessons"), help: "The lessons folder.")
        var lessonsDirectory = "Lessons"

        func run() throws {
            do {
                // In a book with editions, a new lesson starts in the source edition; its
                // translations follow (`lessons translations` lists them as missing).
                let book = try? BookEditions.load(directory: lessonsDirectory)
                let folder = book.flatMap { $0.isMultilingual ? $0.source.directory : nil } ?? lessonsDirectory
                let path = try LessonScaffold.create(title: title, lessonsDirectory: folder)
                Console.output(path)
            } catch {
                Console.error(TerminalStyle.forDescriptor(2).paint("error:", .boldRed) + " \(error)")
                throw ExitCode.failure
            }
        }
    }
}
