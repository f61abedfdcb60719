import ArgumentParser
import Foundation
import LessonCore

extension Lessons {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes a lesson as a runnable Swift package (swift run prints what the lesson prints).",
            discussion: """
                The package depends on this project's runtime library: by default the repository \
                named by 'repository:' in the lessons folder's site.yml, at the commit of the lessons \
                folder's checkout; with --local, a checkout of this project on this machine.
                """)

        @Argument(help: "The lesson file, e.g. Lessons/02-relu.md.")
        var lesson: String

        @Option(name: .customLong("output"), help: "The folder to write the package into.")
        var outputDirectory: String

        @Option(name: .customLong("local"), help: "Depend on the runtime in this checkout of the project instead.")
        var localCheckout: String?

        func run() throws {
            let lessonURL = URL(fileURLWithPath: lesson)
            let folder = lessonURL.deletingLastPathComponent()
            let parsed: Lesson
            let site: SiteConfig
            do {
                let source = try String(contentsOf: lessonURL, encoding: .utf8)
                parsed = try LessonParser.parse(path: lesson, source: source)
                // The lessons folder's settings, or those of the edition the lesson belongs to.
                site = try BookEditions.settings(forLessonsIn: folder.path)
            } catch let error as LessonLoadingError {
                Console.report(error.diagnostics)
                throw ExitCode.failure
            }
            let dependency: LessonPackage.Dependency
            if let localCheckout {
                dependency = .path(URL(fileURLWithPath: localCheckout).standardizedFileURL.path)
            } else {
                do {
                    dependency = try LessonExport.pinnedDependency(site: site, lessonsDirectory: folder)
                } catch {
                    Console.error("error: \(error)")
                    throw ExitCode.failure
                }
            }
            let package = LessonPackage(lesson: parsed, dependency: dependency, language: site.language)
            try LessonExport.write(package, to: URL(fileURLWithPath: outputDirectory))
            Console.output("\(outputDirectory): package \(package.name); run it with `swift run` there")
        }
    }
}
