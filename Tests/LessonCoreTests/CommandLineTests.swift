import Foundation
import Testing

@testable import LessonCore

/// The built `lessons` executable, run as CI and editors run it: exit status, diagnostics, files.
@Suite struct CommandLineTests {
    /// `.build/debug/lessons`, next to the test bundle; tests are skipped when it was not built.
    static let executable: String? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.path.hasSuffix(".xctest/Contents/MacOS") {
            folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("lessons").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }()

    func lessons(_ arguments: [String], in folder: String) throws -> (status: Int32?, output: String) {
        let executable = try #require(Self.executable)
        var environment = ProcessInfo.processInfo.environment
        environment[LessonRuntime.environmentVariable] = try EngineFixtures.runtime.get().directory
        let (outcome, output) = try Subprocess(
            executable: executable, arguments: arguments, environment: environment, workingDirectory: folder,
            timeout: 300
        )
        .runCapturing()
        return (outcome.exitStatus, output)
    }

    @Test(.enabled(if: executable != nil, "the lessons executable is not built"))
    func checkFailsWithDiagnosticsThenFixRoundTrips() throws {
        let lessonsFolder = try EngineFixtures.lessonsFolder(["06-mismatch.md", "02-compile-error.md"])
        let root = (lessonsFolder as NSString).deletingLastPathComponent
        let check = try lessons(["check", "--junit", "report.xml"], in: root)
        #expect(check.status == 1)
        #expect(check.output.contains("Lessons/06-mismatch.md:12: error: output does not match"))
        #expect(check.output.contains("\n-BETA\n+beta\n"))
        #expect(check.output.contains("Lessons/02-compile-error.md:13:15: error: cannot find 'undefinedName' in scope"))
        #expect(check.output.hasSuffix("0 passed, 3 failed\n"))
        let junit = try String(contentsOfFile: root + "/report.xml", encoding: .utf8)
        #expect(junit.contains("failures=\"3\""))

        // The first shard of two holds one of the two lessons.
        let shard = try lessons(["check", "--shard", "1/2"], in: root)
        #expect(shard.output.contains("02-compile-error.md") && !shard.output.contains("06-mismatch.md"))
        #expect(try lessons(["check", "--shard", "3/2"], in: root).status != 0)

        // fix rewrites the output fence and nothing else; then the lesson checks clean.
        try FileManager.default.removeItem(atPath: lessonsFolder + "/02-compile-error.md")
        let path = lessonsFolder + "/06-mismatch.md"
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let fix = try lessons(["fix"], in: root)
        #expect(fix.status == 0)
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: "BETA", with: "beta"))
        let recheck = try lessons(["check"], in: root)
        #expect(recheck.status == 0)
        // The fixed lesson's results come from the cache: the timing line says nothing ran.
        #expect(recheck.output.hasPrefix("1 lessons: 0 run (0 compiler runs), 1 cached"))
        #expect(recheck.output.hasSuffix("\n1 passed, 0 failed\n"))
        let quiet = try lessons(["check", "--quiet"], in: root)
        #expect(quiet.output == "1 passed, 0 failed\n")
    }

    @Test(.enabled(if: executable != nil, "the lessons executable is not built"))
    func aBrokenLessonFailsAtItsLineAndTheOthersStillBuild() throws {
        let lessonsFolder = try EngineFixtures.lessonsFolder([])
        let root = (lessonsFolder as NSString).deletingLastPathComponent
        try "---\ntitle: T\n---\n\n```swift run hidden\nprint(1)\n```\n".write(
            toFile: lessonsFolder + "/01-x.md", atomically: true, encoding: .utf8)
        try Data([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]).write(
            to: URL(fileURLWithPath: lessonsFolder + "/02-bytes.md"))
        // A byte order mark, as some editors write, is not part of the text.
        try "\u{FEFF}---\ntitle: Good\n---\n\n```swift run\nprint(2)\n```\n\n```output\n2\n```\n".write(
            toFile: lessonsFolder + "/03-good.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Pictures\n---\n\n![net](images/net.svg)\n\n![gone](images/gone.png)\n".write(
            toFile: lessonsFolder + "/04-pictures.md", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: lessonsFolder + "/images", withIntermediateDirectories: true)
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".write(
            toFile: lessonsFolder + "/images/net.svg", atomically: true, encoding: .utf8)
        let check = try lessons(["check"], in: root)
        #expect(check.status == 1)
        #expect(check.output.contains("\nLessons/04-pictures.md:7: error: image 'images/gone.png' not found"))
        #expect(check.output.contains("\nLessons/01-x.md:5: error: unknown snippet option 'hidden'"))
        #expect(
            check.output.contains("\nLessons/02-bytes.md:2:1: error: the file is not UTF-8 text (save it as UTF-8)"))
        #expect(check.output.hasSuffix("\n1 passed, 3 failed\n"))

        let build = try lessons(["build", "--quiet"], in: root)
        #expect(build.status == 1)
        #expect(build.output.contains("Lessons/01-x.md:5: error: unknown snippet option 'hidden'"))
        let good = try String(contentsOfFile: root + "/Output/html/03-good.html", encoding: .utf8)
        #expect(good.contains("<title>Good"))
        // The broken lesson's page says what is wrong instead of disappearing from the book.
        let broken = try String(contentsOfFile: root + "/Output/markdown/01-x.md", encoding: .utf8)
        #expect(broken.contains("[!CAUTION]"))
        #expect(
            broken.contains("Lessons/01-x.md:5: error: unknown snippet option &#39;hidden&#39;")
                || broken.contains("Lessons/01-x.md:5: error: unknown snippet option 'hidden'"))
        #expect(FileManager.default.fileExists(atPath: root + "/Output/html/02-bytes.html"))
        #expect(FileManager.default.fileExists(atPath: root + "/Output/html/assets/images/net.svg"))
        #expect(FileManager.default.fileExists(atPath: root + "/Output/markdown/assets/images/net.svg"))

        // `fix` reports the broken files, fails, and leaves them as they are.
        let before = try Data(contentsOf: URL(fileURLWithPath: lessonsFolder + "/01-x.md"))
        let fix = try lessons(["fix"], in: root)
        #expect(fix.status == 1)
        #expect(fix.output.contains("Lessons/01-x.md:5: error: unknown snippet option 'hidden'"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: lessonsFolder + "/01-x.md")) == before)

        let list = try lessons(["list", "--no-cache-status"], in: root)
        #expect(list.status == 1)
        let row = list.output.split(separator: "\n").first { $0.hasPrefix("-  Lessons/02-bytes.md ") }
        #expect(row?.split(separator: " ").map(String.init).dropFirst(2).prefix(2) == ["0", "error"])
    }
}
