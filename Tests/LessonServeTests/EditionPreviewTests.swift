import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore
@testable import LessonServe

/// `serve` on a book in two editions: each edition runs in its own language and is written to its
/// own folder, and an edit to one edition's prose re-renders that lesson alone.
@Suite struct EditionPreviewTests {
    @Test func editionsBuildIntoTheirFoldersAndRebuildWhatChanged() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write("Lessons/site.yml", "editions: [ru, en]\n")
        try folder.write("Lessons/ru/01-a.md", Self.lesson(title: "Альфа", prose: "Первые слова."))
        try folder.write("Lessons/en/01-a.md", Self.lesson(title: "Alpha", prose: "First words."))
        var configuration = LessonPipeline.Configuration()
        configuration.lessonsDirectory = folder.path + "/Lessons"
        configuration.cacheDirectory = folder.path + "/cache"
        configuration.runtimeDirectory = try LessonRuntime.locate().directory
        let builder = PreviewBuilder(pipeline: LessonPipeline(configuration), outputDirectory: folder.path + "/Output")

        let first = builder.build()
        #expect(first.diagnostics.map(\.formatted) == [])
        #expect(first.ran.count == 2 && first.wroteSite)
        let html = folder.path + "/Output/html/"
        let english = try String(contentsOfFile: html + "en/01-a.html", encoding: .utf8)
        // The program ran in the edition's language: `LESSONS_LANGUAGE` is what it prints.
        #expect(english.contains("First words.") && english.contains("language en"))
        let russian = try String(contentsOfFile: html + "ru/01-a.html", encoding: .utf8)
        #expect(russian.contains("Первые слова.") && russian.contains("language ru"))
        #expect(FileManager.default.fileExists(atPath: html + "index.html"))

        try folder.write("Lessons/en/01-a.md", Self.lesson(title: "Alpha", prose: "Better words."))
        let second = builder.build()
        #expect(second.ran.isEmpty && second.rerendered == [folder.path + "/Lessons/en/01-a.md"])
        #expect(second.unchanged == 1)
        #expect(try String(contentsOfFile: html + "en/01-a.html", encoding: .utf8).contains("Better words."))
    }

    static func lesson(title: String, prose: String) -> String {
        """
        ---
        title: \(title)
        ---

        \(prose)

        ```swift run
        import Foundation
        print("language " + (ProcessInfo.processInfo.environment["LESSONS_LANGUAGE"] ?? "none"))
        ```

        """
    }
}
