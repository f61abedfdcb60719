import Foundation
import Testing

@testable import LessonCore

/// A book in two editions (`Fixtures/Editions`: `ru` the source, `en` its translation, one lesson
/// of two translated), made stale in each way a source can change.
@Suite struct TranslationReviewTests {
    /// A copy of the fixture in a temporary folder, its translation marked current.
    struct Book {
        var lessons: String
        var ru: String { lessons + "/ru/01-intro.md" }
        var en: String { lessons + "/en/01-intro.md" }

        init() throws {
            let root = try TemporaryFolder.make(prefix: "editions-test")
            lessons = root + "/Lessons"
            try FileManager.default.copyItem(atPath: EngineFixtures.fixturesDirectory + "/Editions", toPath: lessons)
            let marked = try review().markingCurrent()
            #expect(marked.problems.map(\.path) == [lessons + "/ru/02-second.md"])
            try marked.lock.text.write(toFile: lessons + "/en/translations.lock", atomically: true, encoding: .utf8)
        }

        func review(allowStale: Bool = false) throws -> TranslationReview {
            let book = try BookEditions.load(directory: lessons)
            let lock = try TranslationLock.read(directory: lessons + "/en", sourceLanguage: "ru")
            return TranslationReview(
                source: book.source, translation: book.translations[0], lock: lock, allowStale: allowStale)
        }

        func intro(allowStale: Bool = false) throws -> LessonTranslation {
            try #require(try review(allowStale: allowStale).lessons().first { $0.name == "01-intro.md" })
        }

        /// Replaces `old` by `new` in the file at `path`.
        func edit(_ path: String, _ old: String, _ new: String) throws {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        }

        /// The 1-based line of the first line of `path` that contains `text`.
        func line(_ path: String, _ text: String) throws -> Int {
            let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            return try #require(lines.firstIndex { $0.contains(text) }) + 1
        }
    }

    @Test func editionsLoadWithTheirOwnSettings() throws {
        let book = try BookEditions.load(directory: EngineFixtures.fixturesDirectory + "/Editions")
        #expect(book.isMultilingual)
        #expect(book.editions.map(\.language) == ["ru", "en"])
        #expect(book.source.language == "ru")
        #expect(book.editions.map(\.site.title) == ["Книга", "The book"])
        #expect(book.editions[1].site.description == "A book in two languages.")
        #expect(book.editions.map(\.outputFolder) == ["ru", "en"])
        #expect(book.allLessons.count == 3)
    }

    @Test func aSingleLanguageBookIsOneEditionWithoutASubfolder() throws {
        let folder = try EngineFixtures.lessonsFolder(["06-mismatch.md"])
        let book = try BookEditions.load(directory: folder)
        #expect(!book.isMultilingual)
        #expect(book.editions.count == 1 && book.editions[0].outputFolder.isEmpty)
        #expect(book.editions[0].library.lessons.map(\.slug) == ["06-mismatch"])
    }

    @Test func aCurrentTranslationIsCleanAndAMissingOneFailsAtTheSource() throws {
        let book = try Book()
        let lessons = try book.review().lessons()
        #expect(lessons.map(\.name) == ["01-intro.md", "02-second.md"])
        #expect(lessons[0].state == .translated && lessons[0].diagnostics.isEmpty)
        #expect(lessons[1].state == .missing)
        let missing = try #require(lessons[1].diagnostics.first)
        #expect(missing.severity == .error && missing.path == book.lessons + "/ru/02-second.md" && missing.line == 1)
        #expect(missing.message.hasPrefix("missing translation"))
        let allowed = try book.review(allowStale: true).lessons()
        #expect(allowed[1].diagnostics.map(\.severity) == [.warning])
    }

    @Test func aChangedSourceParagraphIsReportedAtItsTranslation() throws {
        let book = try Book()
        try book.edit(book.ru, "Второй абзац.", "Второй абзац, исправленный.")
        let intro = try book.intro()
        #expect(intro.state == .stale(blocks: 1))
        let diagnostic = try #require(intro.diagnostics.first)
        #expect(intro.diagnostics.count == 1)
        #expect(try diagnostic.path == book.en && diagnostic.line == book.line(book.en, "The second paragraph"))
        let sourceLine = try book.line(book.ru, "Второй абзац")
        #expect(
            diagnostic.message
                == "stale translation: the source paragraph at \(book.ru):\(sourceLine) changed since this was translated"
        )
        #expect(try book.intro(allowStale: true).diagnostics.map(\.severity) == [.warning])
    }

    @Test func anInsertedSourceBlockFlagsOnlyItself() throws {
        let book = try Book()
        try book.edit(book.ru, "Первый абзац урока.\n", "Первый абзац урока.\n\nНовый абзац.\n")
        let intro = try book.intro()
        #expect(intro.state == .stale(blocks: 1))
        #expect(intro.diagnostics.count == 1)
        let diagnostic = try #require(intro.diagnostics.first)
        #expect(try diagnostic.line == book.line(book.en, "first paragraph"))
        let added = try book.line(book.ru, "Новый абзац")
        #expect(diagnostic.message.contains("at \(book.ru):\(added) was added"))
    }

    @Test func aRemovedSourceBlockIsReportedAtWhatTranslatedIt() throws {
        let book = try Book()
        try book.edit(book.ru, "Второй абзац.\n\n", "")
        let intro = try book.intro()
        #expect(intro.diagnostics.count == 1)
        let diagnostic = try #require(intro.diagnostics.first)
        #expect(try diagnostic.line == book.line(book.en, "The second paragraph"))
        #expect(diagnostic.message.contains("was removed"))
    }

    @Test func aChangedHeadingOrSnippetIsStaleToo() throws {
        let book = try Book()
        try book.edit(book.ru, "## Итог", "## Итоги")
        try book.edit(book.ru, "print(greeting, 1 + 2)", "print(greeting, 1 + 2, 3)")
        let intro = try book.intro()
        #expect(intro.state == .stale(blocks: 2))
        let lines = [try book.line(book.en, "```swift"), try book.line(book.en, "## Summary")]
        #expect(intro.diagnostics.map(\.line) == lines)
        #expect(intro.diagnostics[0].message.contains("the source code snippet at \(book.ru):"))
        #expect(intro.diagnostics[1].message.contains("the source heading at"))
    }

    @Test func aTranslationThatIsNoLongerParallelIsAStructureMismatch() throws {
        let book = try Book()
        try book.edit(book.en, "The second paragraph.\n\n## Summary", "- The second paragraph.\n\n## Summary")
        let intro = try book.intro()
        let diagnostic = try #require(intro.diagnostics.first { $0.message.contains("structure mismatch") })
        #expect(try diagnostic.line == book.line(book.en, "- The second paragraph"))
        #expect(diagnostic.message.contains("is a list where the source it translates has a paragraph"))
        // Marking it current refuses, and keeps the lock as it was.
        let marked = try book.review().markingCurrent(["01-intro.md"])
        #expect(marked.problems.count == 1 && marked.problems[0].message.hasPrefix("not marked current"))
        #expect(try marked.lock == book.review().lock)
    }

    @Test func codeMayDifferInCommentsAndStringsOnly() throws {
        let book = try Book()
        try book.edit(book.en, "// A greeting", "// Say hello (a longer comment)")
        try book.edit(book.en, "\"hello\"", "\"hello, world\"")
        #expect(try book.intro().diagnostics.isEmpty)
        try book.edit(book.en, "print(greeting, 1 + 2)", "print(greeting, 1 - 2)")
        let intro = try book.intro()
        let diagnostic = try #require(intro.diagnostics.first)
        #expect(intro.diagnostics.count == 1 && diagnostic.severity == .error)
        #expect(try diagnostic.line == book.line(book.en, "print(greeting"))
        let sourceLine = try book.line(book.ru, "print(")
        #expect(diagnostic.message.contains("differs from the source's at \(book.ru):\(sourceLine)"))
        // Stale translations may be allowed; code that differs may not.
        #expect(try book.intro(allowStale: true).diagnostics.map(\.severity) == [.error])
    }

    @Test func pythonCodeMayDifferInHashCommentsAndStringsOnly() {
        let source = "x = torch.tensor([-1.0, 2.0])  # входные данные\nprint('выход:', relu(x))\n"
        let translated = "x = torch.tensor([-1.0, 2.0])  # the input\nprint('output:', relu(x))\n"
        #expect(CodeComparison.firstDifference(source: source, translation: translated, language: "python") == nil)
        // Read as Swift, `#` starts no comment: the words after it are code, and they differ.
        #expect(CodeComparison.firstDifference(source: source, translation: translated, language: "swift") != nil)
        let changed = "x = torch.tensor([-1.0, 3.0])  # the input\nprint('output:', relu(x))\n"
        #expect(
            CodeComparison.firstDifference(source: source, translation: changed, language: "python")?.translation == 0)
        let secondLine = "x = torch.tensor([-1.0, 2.0])  # the input\nprint('output:', gelu(x))\n"
        #expect(
            CodeComparison.firstDifference(source: source, translation: secondLine, language: "python")?.translation
                == 1)
    }

    @Test func markingCurrentAfterATypoFixMakesTheTranslationCurrentAgain() throws {
        let book = try Book()
        try book.edit(book.ru, "Последний абзац.", "Последний абзац!")
        #expect(try book.intro().state == .stale(blocks: 1))
        let marked = try book.review().markingCurrent(["01-intro.md"])
        #expect(marked.problems.isEmpty)
        try marked.lock.text.write(toFile: book.lessons + "/en/translations.lock", atomically: true, encoding: .utf8)
        #expect(try book.intro().state == .translated)
    }

    @Test func aTranslationNeverMarkedCurrentIsStale() throws {
        let book = try Book()
        try FileManager.default.removeItem(atPath: book.lessons + "/en/translations.lock")
        let intro = try book.intro()
        #expect(intro.diagnostics.count == 1 && intro.diagnostics[0].path == book.en)
        #expect(intro.diagnostics[0].message.contains("never marked current"))
    }

    @Test func theLockReadsBackWhatItWrote() throws {
        let book = try Book()
        let lock = try book.review().lock
        #expect(
            lock.lessons["01-intro.md"]?.map(\.kind) == [
                .frontMatter, .heading, .paragraph, .code, .output, .paragraph, .heading, .paragraph,
            ])
        #expect(try TranslationLock(text: lock.text, path: "lock") == lock)
        #expect(throws: Diagnostic.self) { try TranslationLock(text: "01-intro.md\n  poem 12\n", path: "lock") }
    }
}
