import Testing
@testable import LessonKit

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
        let result = LessonResult(lesson: lesson, snippets: [
            SnippetResult(status: .succeeded, items: [.text("new  \nline\n\n")]),
            SnippetResult(status: .succeeded, items: [.text("added\n")]),
            SnippetResult(status: .succeeded, items: [.text("2\n")]),
        ])
        return OutputFixer.fix(result, add: add)
    }

    @Test func rewritesOnlyTheOutputFenceContents() throws {
        let outcome = try result(add: false)
        #expect(outcome.text == source.replacingOccurrences(of: "```output\nold\n```", with: "```output\nnew\nline\n```"))
        #expect(outcome.changedLines == [10])
    }

    @Test func addInsertsMissingFences() throws {
        let outcome = try result(add: true)
        let expected = source
            .replacingOccurrences(of: "```output\nold\n```", with: "```output\nnew\nline\n```")
            .replacingOccurrences(of: "print(\"added\")\n```\n", with: "print(\"added\")\n```\n\n```output\nadded\n```\n")
        #expect(outcome.text == expected)
        #expect(outcome.changedLines == [10, 14])
    }

    @Test func fixedLessonParsesAndMatches() throws {
        let outcome = try result(add: true)
        let lesson = try LessonParser.parse(path: "L/a.md", source: outcome.text)
        #expect(lesson.snippets.map { $0.expectedOutput?.text } == ["new\nline\n", "added\n", "keep me\n"])
    }
}

