import Testing

@testable import LessonCore

/// Quarto's `//| key: value` cell options: the same options as the info string's words, read by
/// the same parser, emptied from the code so that line numbers stay right.
@Suite struct CellOptionTests {
    let path = "Lessons/02-relu.md"

    func parse(_ body: String) throws(LessonLoadingError) -> Lesson {
        try LessonParser.parse(path: path, source: "---\ntitle: T\n---\n\n" + body)
    }

    @Test func cellOptionsAreOptionsAndLeaveBlankLinesInTheCode() throws {
        let lesson = try parse(
            """
            ```swift run isolated
            //| label: fig-relu
            //| fig-cap: "ReLU: the rectifier"
            //| hide: true
            display(x)
            ```
            """)
        let snippet = try #require(lesson.snippets.first)
        #expect(snippet.options.label == "fig-relu" && snippet.options.id == "fig-relu")
        #expect(snippet.options.caption == "ReLU: the rectifier")
        #expect(snippet.options.hide && snippet.options.isolated && !snippet.options.hideOutput)
        #expect(snippet.code == "\n\n\ndisplay(x)\n", "the compiler sees display(x) at its own line")
        #expect(snippet.codeLine == 6)
        #expect(snippet.shownCode == "display(x)\n")
        #expect(snippet.cellOptionLines == 3)
    }

    @Test func bothFormsMeanTheSame() throws {
        let words = try parse("```swift run hide nondeterministic id=x\nprint(1)\n```\n").snippets[0].options
        let cells = try parse("```swift run\n//| hide: true\n//| nondeterministic: true\n//| id: x\nprint(1)\n```\n")
            .snippets[0].options
        #expect(words == cells)
        #expect(try parse("```swift run hide\n//| hide: false\nprint(1)\n```\n").snippets[0].options.hide == false)
    }

    @Test func problemsAreReportedAtTheOptionsLine() {
        #expect(throws: LessonLoadingError.self) {
            try parse("```swift run\n//| label: fig-a\n//| colour: red\nx\n```\n")
        }
        do {
            _ = try parse("```swift run\n//| label: fig-a\n//| colour: red\n//| hide: maybe\nx\n```\n")
        } catch {
            #expect(error.diagnostics.map(\.line) == [7, 8])
            #expect(error.diagnostics[0].message.hasPrefix("unknown snippet option 'colour'"))
            #expect(error.diagnostics[1].message == "option 'hide' takes true or false, not 'maybe'")
        }
        do {
            _ = try parse("```swift run id=a\n//| label: b\nx\n```\n")
        } catch {
            #expect(error.diagnostics.map(\.formatted) == ["\(path):6: error: snippet has two ids: 'a' and 'b'"])
        }
    }

    @Test func aCommentAfterCodeIsCode() throws {
        let snippet = try parse("```swift run\nlet x = 1\n//| hide: true\n```\n").snippets[0]
        #expect(!snippet.options.hide && snippet.cellOptionLines == 0)
        #expect(snippet.shownCode == "let x = 1\n//| hide: true\n")
    }
}
