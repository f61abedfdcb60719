import Testing

@testable import LessonCore

@Suite struct LessonParserTests {
    let path = "Lessons/02-relu.md"

    @Test func frontMatterSplitKeepsLinesAndBytes() throws {
        let crlf = try #require(try FrontMatterParser.split("---\r\ntitle: T\r\n...\r\nBody\r\n", path: path))
        #expect(crlf.yaml == "title: T\r")
        #expect(crlf.body == "Body\r\n")
        #expect(crlf.bodyFirstLine == 4)
        let empty = try #require(try FrontMatterParser.split("---\n---\n\n# H\n", path: path))
        #expect(empty.yaml == "" && empty.body == "\n# H\n" && empty.bodyFirstLine == 3)
        let atEnd = try #require(try FrontMatterParser.split("---\na: 1\nb: 2\n---", path: path))
        #expect(atEnd.yaml == "a: 1\nb: 2" && atEnd.body == "" && atEnd.bodyFirstLine == 5)
        #expect(try FrontMatterParser.split("# No front matter\n---\n", path: path) == nil)
        #expect(try FrontMatterParser.split("", path: path) == nil)
    }

    /// An inline value's column counts UTF-8 bytes of its own line, in files with `\n` or `\r\n`
    /// line ends alike (the compiler's diagnostics point there).
    @Test func inlineValueColumnsAreBytesOnTheirLine() throws {
        let lines = ["---", "title: T", "---", "", "Ёж: `{swift} x + 1`, and `{swift} y`."]
        for newline in ["\n", "\r\n"] {
            let lesson = try LessonParser.parse(path: path, source: lines.joined(separator: newline) + newline)
            #expect(lesson.inlineValues.map(\.line) == [5, 5])
            // "Ёж: `" is 7 bytes and `{swift} ` 8: `x` is at column 16, `y` at 37 (not 14 and 35 characters).
            #expect(lesson.inlineValues.map(\.column) == [16, 37], "line ends: \(newline.debugDescription)")
        }
    }

    @Test func frontMatterSnippetsOptionsAndOutputs() throws {
        let source = """
            ---
            title: "Функция ReLU"
            order: 2
            description: The rectifier.
            timeout: 5
            ---

            Text.

            ```swift run hide id=setup
            let x = 1
            ```

            ```swift run hide-output expect-error isolated nondeterministic
            print(x)
            ```

            ```output
            1
            ```

            ```swift
            shown only
            ```

            """
        let lesson = try LessonParser.parse(path: path, source: source)
        #expect(
            lesson.frontMatter
                == FrontMatter(title: "Функция ReLU", order: 2, description: "The rectifier.", timeout: 5))
        #expect(lesson.slug == "02-relu")
        #expect(lesson.snippets.count == 2)
        let setup = lesson.snippets[0]
        #expect(setup.code == "let x = 1\n")
        #expect(setup.options.hide && setup.options.id == "setup" && !setup.options.hideOutput)
        #expect((setup.fenceLine, setup.codeLine, setup.endLine) == (10, 11, 12))
        #expect(setup.expectedOutput == nil)
        let second = lesson.snippets[1]
        #expect(
            second.options.hideOutput && second.options.expectError && second.options.isolated
                && second.options.nondeterministic)
        #expect(second.index == 1)
        #expect(second.expectedOutput == ExpectedOutput(text: "1\n", fenceLine: 18, endLine: 20))
    }

    @Test func snippetInsideAListItemIsFound() throws {
        let source = "---\ntitle: T\n---\n1. Step:\n\n   ```swift run\n   print(1)\n   ```\n"
        let lesson = try LessonParser.parse(path: path, source: source)
        #expect(lesson.snippets.map(\.code) == ["print(1)\n"])
        #expect(lesson.snippets.first?.fenceLine == 6)
    }

    @Test func unknownOptionIsAnErrorAtTheFence() {
        let source = "---\ntitle: T\n---\n\n```swift run hidden\nprint(1)\n```\n"
        let error = #expect(throws: LessonLoadingError.self) { try LessonParser.parse(path: path, source: source) }
        #expect(
            error?.diagnostics.first?.formatted.hasPrefix(
                "Lessons/02-relu.md:5: error: unknown snippet option 'hidden'") == true)
    }

    @Test func outputFenceWithoutSnippetIsAnError() {
        let source = "---\ntitle: T\n---\n\nText.\n\n```output\n1\n```\n"
        let error = #expect(throws: LessonLoadingError.self) { try LessonParser.parse(path: path, source: source) }
        #expect(error?.diagnostics.first?.line == 7)
        #expect(error?.diagnostics.first?.message.contains("'output' fence with no 'swift run' snippet") == true)
    }

    @Test func secondOutputFenceAfterOneSnippetIsAnError() {
        let source = "---\ntitle: T\n---\n```swift run\nprint(1)\n```\n```output\n1\n```\n```output\n1\n```\n"
        let error = #expect(throws: LessonLoadingError.self) { try LessonParser.parse(path: path, source: source) }
        #expect(error?.diagnostics.map(\.line) == [10])
    }

    @Test func malformedFrontMatterIsAnErrorAtItsLine() {
        let source = "---\ntitle: T\norder: [1\n---\n"
        let error = #expect(throws: LessonLoadingError.self) { try LessonParser.parse(path: path, source: source) }
        let diagnostic = error?.diagnostics.first
        #expect(diagnostic?.message.hasPrefix("malformed front matter") == true)
        #expect(diagnostic.flatMap(\.line).map { (2...5).contains($0) } == true)
    }

    @Test func frontMatterProblems() {
        let cases: [(String, Int, String)] = [
            ("# No front matter\n", 1, "must start with front matter"),
            ("---\ntitle: T\n", 1, "never closed"),
            ("---\norder: 1\n---\n", 1, "no 'title'"),
            ("---\ntitle: T\norder: two\n---\n", 3, "'order' must be an integer"),
            ("---\ntitle: T\ntags: x\n---\n", 3, "unknown front matter key 'tags'"),
            ("---\ntitle: T\ntimeout: -1\n---\n", 3, "'timeout' must be a positive number"),
        ]
        for (source, line, message) in cases {
            let error = #expect(throws: LessonLoadingError.self) { try LessonParser.parse(path: path, source: source) }
            #expect(error?.diagnostics.first?.line == line, "\(source)")
            #expect(error?.diagnostics.first?.message.contains(message) == true, "\(source)")
        }
    }

    @Test func siteSettingsAndDefaults() throws {
        #expect(try SiteConfig(yaml: "", path: "site.yml") == SiteConfig())
        let site = try SiteConfig(yaml: "title: Книга\nlanguage: ru\nauthor: A. B.\n", path: "site.yml")
        #expect(site == SiteConfig(title: "Книга", language: "ru", author: "A. B."))
        #expect(throws: LessonLoadingError.self) { try SiteConfig(yaml: "colour: red\n", path: "site.yml") }
        // A syntax error names its line and says what is wrong in one line, as front matter does.
        let error = try #require(throws: LessonLoadingError.self) {
            try SiteConfig(yaml: "title: T\nauthor: [unclosed\n", path: "Lessons/site.yml")
        }
        #expect(
            error.diagnostics.map(\.formatted) == [
                "Lessons/site.yml:3: error: malformed site settings: did not find expected ',' or ']'"
            ])
    }

    @Test func lessonsAreOrderedByOrderThenFileName() {
        func lesson(_ name: String, _ order: Int?) -> Lesson {
            Lesson(
                path: "L/\(name).md", source: "", frontMatter: FrontMatter(title: name, order: order),
                document: Markup(.document), snippets: [])
        }
        let ordered = LessonLibrary.ordered([
            lesson("c", nil), lesson("b", 2), lesson("a", 2), lesson("z", 1), lesson("a0", nil),
        ])
        #expect(ordered.map(\.slug) == ["z", "a", "b", "a0", "c"])
    }
}
