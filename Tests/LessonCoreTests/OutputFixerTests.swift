import Testing

@testable import LessonCore

@Suite struct OutputFixerTests {
    let source = """
        ---
        title: T
        ---

        Prose   with trailing spaces   \r
        ```swift run
        print("new")
        ```

        ```output
        old
        ```

        ```swift run
        print("added")
        ```
        More prose.

        ```swift run nondeterministic
        print(1)
        ```

        ```output
        keep me
        ```
        """

    func result(add: Bool) throws -> OutputFixer.Outcome {
        let lesson = try LessonParser.parse(path: "L/a.md", source: source)
        let result = LessonResult(
            lesson: lesson,
            snippets: [
                SnippetResult(status: .succeeded, items: [.text("new  \nline\n\n")]),
                SnippetResult(status: .succeeded, items: [.text("added\n")]),
                SnippetResult(status: .succeeded, items: [.text("2\n")]),
            ])
        return OutputFixer.fix(result, add: add)
    }

    @Test func rewritesOnlyTheOutputFenceContents() throws {
        let outcome = try result(add: false)
        #expect(
            outcome.text == source.replacingOccurrences(of: "```output\nold\n```", with: "```output\nnew\nline\n```"))
        #expect(outcome.changedLines == [10])
    }

    @Test func addInsertsMissingFences() throws {
        let outcome = try result(add: true)
        let expected =
            source
            .replacingOccurrences(of: "```output\nold\n```", with: "```output\nnew\nline\n```")
            .replacingOccurrences(
                of: "print(\"added\")\n```\n", with: "print(\"added\")\n```\n\n```output\nadded\n```\n")
        #expect(outcome.text == expected)
        #expect(outcome.changedLines == [10, 14])
    }

    @Test func fixedLessonParsesAndMatches() throws {
        let outcome = try result(add: true)
        let lesson = try LessonParser.parse(path: "L/a.md", source: outcome.text)
        #expect(lesson.snippets.map { $0.expectedOutput?.text } == ["new\nline\n", "added\n", "keep me\n"])
    }
}

extension OutputFixerTests {
    @Test func refusesToWriteAFileThatChangedDuringTheRun() throws {
        let folder = try TemporaryFolder.make(prefix: "fix-test")
        let path = folder + "/a.md"
        let lesson = try LessonParser.parse(path: path, source: source)
        let result = LessonResult(
            lesson: lesson,
            snippets: lesson.snippets.map { _ in SnippetResult(status: .succeeded, items: [.text("x\n")]) })
        let edited = source + "\nAn edit made while the snippets ran.\n"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: LessonLoadingError.self) { try OutputFixer.write(result, add: false) }
        #expect(error?.diagnostics.first?.message.contains("changed while its snippets ran") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)

        // Unchanged on disk: written.
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        try OutputFixer.write(result, add: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("```output\nx\n```"))
    }
}
