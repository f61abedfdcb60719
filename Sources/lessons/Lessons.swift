import ArgumentParser

@main
struct Lessons: ParsableCommand {
    /// Add a subcommand here and in a file of its own (`Serve.swift`, …) as an extension of `Lessons`.
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Turns Markdown lessons with executable Swift snippets into a verified site.",
        subcommands: [
            Build.self, Check.self, Fix.self, Serve.self, New.self, List.self, Links.self, Export.self,
            Translations.self, PDF.self,
        ])
}
