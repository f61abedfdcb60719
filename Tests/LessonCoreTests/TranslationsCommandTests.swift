import Foundation
import Testing

@testable import LessonCore

/// `lessons translations` on the two-edition fixture, as a translator runs it: coverage per lesson,
/// then `--mark-current` after a source change that needs no new translation.
@Suite struct TranslationsCommandTests {
    func lessons(_ arguments: [String], in folder: String) throws -> (status: Int32?, output: String) {
        let executable = try #require(CommandLineTests.executable)
        let (outcome, output) = try Subprocess(
            executable: executable, arguments: arguments, environment: ProcessInfo.processInfo.environment,
            workingDirectory: folder, timeout: 120
        )
        .runCapturing()
        return (outcome.exitStatus, output)
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"))
    func coverageThenMarkCurrent() throws {
        let root = try TemporaryFolder.make(prefix: "translations-command")
        let fixture = EngineFixtures.fixturesDirectory + "/Editions"
        try FileManager.default.copyItem(atPath: fixture, toPath: root + "/Lessons")

        // Never marked current: the translated lesson is stale as a whole, the other missing.
        let first = try lessons(["translations"], in: root)
        #expect(first.status == 0)
        #expect(first.output.contains("en (from ru):\n  01-intro.md   stale (8 blocks)\n  02-second.md  missing\n"))

        // Marking every lesson current writes the lock, and says which lesson it could not mark.
        let marked = try lessons(["translations", "--mark-current"], in: root)
        #expect(marked.status == 1)
        #expect(marked.output.contains("Lessons/ru/02-second.md:1: error: cannot mark a missing translation current"))
        #expect(marked.output.contains("Lessons/en/translations.lock: 1 lesson marked current, 1 not"))
        let current = try lessons(["translations"], in: root)
        #expect(current.output.contains("  01-intro.md   translated\n"))
        #expect(current.output.contains("  1 translated, 0 stale (0 blocks), 1 missing of 2 lessons\n"))

        // A typo fixed in the source makes one block stale; one command makes it current again.
        let path = root + "/Lessons/ru/01-intro.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Последний абзац.", with: "Последний абзац!")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try lessons(["translations"], in: root).output.contains("  01-intro.md   stale (1 block)\n"))
        let fixed = try lessons(["translations", "--mark-current", "01-intro"], in: root)
        #expect(fixed.status == 0)
        #expect(try lessons(["translations"], in: root).output.contains("  01-intro.md   translated\n"))
        #expect(try lessons(["translations", "--mark-current", "nonexistent"], in: root).status == 1)
    }
}
