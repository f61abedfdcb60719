import ArgumentParser
import LessonKit

@main
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Turns Markdown lessons with executable Swift snippets into a verified site.")
}
