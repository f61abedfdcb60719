import Foundation
import Testing

@testable import LessonCore

/// `lessons export --local <this checkout>` on a small fixture, then `swift build` and `swift run` in
/// the package: it prints what the lesson's `output` fences say.
///
/// SLOW (about a minute here): the package compiles the runtime library from source in its own
/// temporary `.build`, and SwiftPM clones this project's dependencies from the local mirrors.
@Suite struct ExportEndToEndTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Runs `arguments` (through `env`) in `folder`; standard output, and standard error after it.
    func run(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LESSONS_TOKEN")
        process.environment = environment
        let pipe = Pipe()
        let errorFile = try TemporaryFolder.make(prefix: "export-test-stderr") + "/stderr"
        FileManager.default.createFile(atPath: errorFile, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        process.standardOutput = pipe
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errors = try String(contentsOfFile: errorFile, encoding: .utf8)
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), errors)
    }

    @Test(
        "SLOW: an exported lesson builds and prints its outputs",
        .enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"),
        .timeLimit(.minutes(10)))
    func exportedLessonRunsAndPrintsItsOutputs() throws {
        let lessons = try #require(CommandLineTests.executable)
        let folder = try TemporaryFolder.make(prefix: "export-test")
        let package = folder + "/package"
        let export = try run(
            [lessons, "export", ExportFixture.path, "--output", package, "--local", Self.repositoryRoot], in: folder)
        #expect(export.status == 0, "\(export.errors)")
        let build = try run(["swift", "build"], in: package)
        try #require(build.status == 0, "\(build.output)\(build.errors)")
        let program = try run(["swift", "run", "--skip-build", "Lesson02SmallLesson"], in: package)
        #expect(program.status == 0, "\(program.errors)")
        let printed = program.output.split(separator: "\n").map(String.init)
        let sentence = "The largest value is 2.0, from \"2\"."
        #expect(printed.contains(sentence))
        #expect(printed.contains("figure: figure-5-1.svg"))
        #expect(FileManager.default.fileExists(atPath: package + "/figure-5-1.svg"))
        let text = printed.filter { !$0.hasPrefix("figure: ") && $0 != sentence }.joined(separator: "\n")
        let lesson = try ExportFixture.lesson()
        let expected = lesson.snippets.filter { !$0.options.nondeterministic }.compactMap(\.expectedOutput?.text)
            .joined()
        #expect(text.trimmingCharacters(in: .newlines) == expected.trimmingCharacters(in: .newlines))
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"))
    func withoutRepositoryOrCheckoutTheErrorSaysWhatToDo() throws {
        let lessons = try #require(CommandLineTests.executable)
        let folder = try TemporaryFolder.make(prefix: "export-test")
        try FileManager.default.copyItem(atPath: ExportFixture.path, toPath: folder + "/02-small-lesson.md")
        let noRepository = try run([lessons, "export", "02-small-lesson.md", "--output", "out"], in: folder)
        #expect(noRepository.status == 1)
        #expect(noRepository.errors.contains("site.yml has no 'repository:'"))
        try "repository: https://example.com/lessons.git\n".write(
            toFile: folder + "/site.yml", atomically: true, encoding: .utf8)
        let noCheckout = try run([lessons, "export", "02-small-lesson.md", "--output", "out"], in: folder)
        #expect(noCheckout.status == 1)
        #expect(noCheckout.errors.contains("not in a git checkout"))
    }
}
