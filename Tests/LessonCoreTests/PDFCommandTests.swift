import Foundation
import LessonRender
import Testing

@testable import LessonCore

/// `lessons pdf` as a user runs it, on a book of two small fixture lessons: it builds the stale
/// site, prints it, and says what to install when Chromium is missing.
@Suite struct PDFCommandTests {
    static let printingTools = PrintTools.find("chromium") != nil && PrintTools.find("pdftotext") != nil
    static var onCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

    func lessons(_ arguments: [String], in folder: String, path: String? = nil) throws -> (Int32?, String) {
        let executable = try #require(CommandLineTests.executable)
        var environment = ProcessInfo.processInfo.environment
        environment[LessonRuntime.environmentVariable] = try EngineFixtures.runtime.get().directory
        if let path { environment["PATH"] = path }
        let (outcome, output) = try Subprocess(
            executable: executable, arguments: arguments, environment: environment, workingDirectory: folder,
            timeout: 300
        )
        .runCapturing()
        return (outcome.exitStatus, output)
    }

    @Test(
        .enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"),
        .enabled(if: printingTools || onCI, "chromium and pdftotext are not installed"))
    func printsAFreshBook() throws {
        let lessonsFolder = try EngineFixtures.lessonsFolder(["01-shared-state.md", "08-local-types.md"])
        let root = (lessonsFolder as NSString).deletingLastPathComponent
        let (status, output) = try lessons(["pdf", "--output", "book.pdf", "--quiet"], in: root)
        #expect(status == 0, "lessons pdf failed:\n\(output)")
        // The site was stale (never built): the command built it first.
        #expect(FileManager.default.fileExists(atPath: root + "/Output/html/index.html"))
        let text = try PDFText(URL(fileURLWithPath: root + "/book.pdf"))
        #expect(text.pages.count >= 4, "title page, contents and a sheet per lesson")
        let all = text.pages.joined(separator: "\n")
        #expect(all.contains("Shared state") && all.contains("Local types"))
        #expect(text.sheet(beginningWith: "Shared state", from: 3) != nil, "the first lesson has no sheet of its own")

        let (wrong, message) = try lessons(["pdf", "--output", "x.pdf", "--edition", "xx"], in: root)
        #expect(wrong == 1)
        #expect(message.contains("no edition 'xx'; its editions: en"))
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"))
    func withoutChromiumItSaysWhatToInstall() throws {
        let lessonsFolder = try EngineFixtures.lessonsFolder(["01-shared-state.md"])
        let root = (lessonsFolder as NSString).deletingLastPathComponent
        let (status, output) = try lessons(["pdf", "--output", "book.pdf"], in: root, path: "/nonexistent")
        #expect(status == 1)
        #expect(output.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: root + "/book.pdf"))
    }
}
