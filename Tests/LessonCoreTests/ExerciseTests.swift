import Foundation
import Testing

@testable import LessonCore
@testable import LessonRender

/// Exercises end to end: a starter compiled but never run, a solution in its own scope whose claims
/// are its tests, numbering, `<details>` on both pages, and `--no-solutions`.
@Suite struct ExerciseTests {
    static let source = """
        ---
        title: Exercises
        ---

        ```swift run
        let xs = [-2.0, -1.0, 0.0, 1.0, 2.0]
        ```

        **Exercise.** {#exr-relu} Write `relu` and apply it to `xs`.

        Hint: `max` helps.

        ```swift exercise
        func relu(_ x: Double) -> Double {
            fatalError("your code here")
        }
        print(xs.map(relu))
        ```

        ```swift solution
        func relu(_ x: Double) -> Double { max(0, x) }
        let ys = xs.map(relu)
        print(ys)
        claim(ys.min() == 0, "relu is never negative")
        claim(ys.count == 3, "a solution's claim that fails")
        ```

        ```output
        [0.0, 0.0, 0.0, 1.0, 2.0]
        ```

        **Exercise.** Take the first element of an empty array.

        ```swift exercise
        let empty: [Double] = []
        ```

        ```swift solution
        let empty: [Double] = []
        print("before the trap")
        print(empty[0])
        ```

        ```swift run expect-error
        print(ys)
        ```

        ```swift run
        print("the lesson goes on", xs.count)
        ```

        """

    static let intro = """
        ---
        title: Intro
        ---

        Prose only.

        """

    static func run(_ source: String, name: String = "02-exercises.md") throws -> LessonResult {
        let folder = try EngineFixtures.lessonsFolder([])
        try source.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        let library = try LessonLibrary.load(directory: folder)
        let engine = LessonEngine(runtime: try EngineFixtures.runtime.get(), cacheDirectory: nil)
        return try #require(engine.run(library.lessons).first)
    }

    static let result: Result<LessonResult, any Error> = Result { try run(source) }

    @Test func exercisesAreParsedWithTheirLabelsStartersAndSolutions() throws {
        let lesson = try LessonParser.parse(path: "Lessons/02-exercises.md", source: Self.source)
        let firstLine = try #require(EngineFixtures.line(of: "{#exr-relu}", in: lesson))
        let secondLine = try #require(EngineFixtures.line(of: "first element of an empty", in: lesson))
        #expect(
            lesson.exercises == [
                Exercise(number: 1, label: "exr-relu", line: firstLine, starter: 1, solution: 2),
                Exercise(number: 2, label: nil, line: secondLine, starter: 3, solution: 4),
            ])
        #expect(lesson.snippets.map(\.role) == [.run, .exercise, .solution, .exercise, .solution, .run, .run])
        #expect(lesson.snippets[2].expectedOutput?.text == "[0.0, 0.0, 0.0, 1.0, 2.0]\n")
    }

    @Test func theStarterCompilesButDoesNotRun() throws {
        let result = try Self.result.get()
        #expect(result.snippets[1] == SnippetResult(status: .succeeded), "its fatalError never runs")
    }

    @Test func theSolutionSeesEarlierNamesAndLeavesNoneBehind() throws {
        let result = try Self.result.get()
        #expect(result.snippets[2].text == "[0.0, 0.0, 0.0, 1.0, 2.0]\n")
        #expect(result.snippets[5].status == .failedAsExpected)
        #expect(result.snippets[5].text.contains("cannot find 'ys' in scope"))
        #expect(result.snippets[6].text == "the lesson goes on 5\n")
        let check = LessonCheck(result)
        #expect(
            check.snippetProblems[2]?.map(\.message) == ["claim failed: a solution's claim that fails"],
            "the output fence matches; only the claim fails")
    }

    @Test func aFailedClaimAndATrapInASolutionAreErrorsAtTheirLines() throws {
        let result = try Self.result.get()
        let claimLine = try #require(EngineFixtures.line(of: "a solution's claim that fails", in: result.lesson))
        let trapLine = try #require(EngineFixtures.line(of: "print(empty[0])", in: result.lesson))
        let messages = result.diagnostics.map(\.formatted)
        #expect(
            messages.contains(
                "\(result.lesson.path):\(claimLine):6: error: claim failed: a solution's claim that fails"))
        #expect(
            result.diagnostics.contains { $0.line == trapLine && $0.message.contains("Index out of range") },
            "\(messages)")
        #expect(result.diagnostics.count == 2, "\(messages)")
        #expect(result.snippets[4].status == .failed)
        #expect(result.snippets[4].text.hasPrefix("before the trap\n"))
        #expect(result.claims.map(\.held) == [true, false])
    }

    @Test func aStarterThatDoesNotCompileIsAnErrorAtItsLine() throws {
        let source = """
            ---
            title: Broken
            ---

            **Exercise.** Fix nothing.

            ```swift exercise
            let n: Int = "not a number"
            ```

            """
        let result = try Self.run(source)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.line == 8)
        #expect(result.diagnostics.first?.message.contains("cannot convert value of type 'String'") == true)
    }

    @Test func misplacedFencesAreErrorsAtTheirLines() {
        func problems(_ body: String) -> [String] {
            do {
                _ = try LessonParser.parse(path: "L.md", source: "---\ntitle: T\n---\n\n" + body)
                return []
            } catch {
                return error.diagnostics.map(\.formatted)
            }
        }
        #expect(
            problems("```swift solution\nprint(1)\n```\n") == [
                "L.md:5: error: 'swift solution' fence with no 'swift exercise' fence right before it"
            ])
        #expect(
            problems("```swift run\nlet a = 1\n```\n\n```swift solution\nprint(1)\n```\n") == [
                "L.md:9: error: 'swift solution' fence with no 'swift exercise' fence right before it"
            ])
        #expect(
            problems("Text.\n\n```swift exercise\nlet a = 1\n```\n") == [
                "L.md:7: error: 'swift exercise' fence with no task before it (a paragraph starting with **Exercise.** or **Упражнение.**)"
            ])
        #expect(
            problems("**Exercise.** {#relu} Go.\n\n```swift exercise hide\nlet a = 1\n```\n") == [
                "L.md:5: error: exercise label '{#relu}' must be 'exr-' followed by letters, digits, '-' or '_'",
                "L.md:7: error: a 'swift exercise' fence takes no options",
            ])
        #expect(problems("**Exercise.** Task.\n\n```swift exercise\nlet a = 1\n```\n\n```output\n1\n```\n").count == 1)
    }

    /// The lesson, second in reading order after a prose-only one, rendered.
    static func pages(language: String = "en", solutions: Bool = true) throws -> (html: String, markdown: String) {
        let result = try Self.result.get()
        let intro = LessonResult(
            lesson: try LessonParser.parse(path: "Lessons/01-intro.md", source: Self.intro), snippets: [])
        var renderer = SiteRenderer(site: SiteConfig(title: "T", language: language))
        renderer.includesSolutions = solutions
        let files = renderer.render([intro, result])
        return (
            String(decoding: try #require(files["html/02-exercises.html"]), as: UTF8.self),
            String(decoding: try #require(files["markdown/02-exercises.md"]), as: UTF8.self)
        )
    }

    @Test func exercisesAreNumberedByLessonAndListedAtTheEnd() throws {
        let (html, markdown) = try Self.pages()
        #expect(
            html.contains(
                #"<p class="exercise" id="exr-relu"><strong>Exercise 2.1.</strong> Write <code>relu</code> and apply it to <code>xs</code>.</p>"#
            ))
        #expect(html.contains(#"<p class="exercise" id="exercise-2"><strong>Exercise 2.2.</strong> Take the first"#))
        #expect(html.contains(#"<h2 id="exercises">Exercises</h2>"#))
        #expect(html.contains(##"<li><a href="#exr-relu">Exercise 2.1</a>. Write relu and apply it to xs.</li>"##))
        #expect(html.contains(##"<a href="#exercises">Exercises</a>"##), "the list is in the table of contents")
        #expect(!html.contains("{#exr-relu}"))
        #expect(markdown.contains(#"<a id="exr-relu"></a>**Exercise 2.1.** Write `relu` and apply it to `xs`."#))
        #expect(markdown.contains(#"<a id="exercise-2"></a>**Exercise 2.2.** Take the first"#))
        #expect(
            markdown.contains(
                "## Exercises\n\n- [Exercise 2.1](#exr-relu). Write relu and apply it to xs.\n- [Exercise 2.2](#exercise-2)."
            ))
        let russian = try Self.pages(language: "ru")
        #expect(russian.html.contains("<strong>Упражнение 2.1.</strong>"))
        #expect(russian.markdown.contains("<summary>Решение</summary>"))
    }

    @Test func solutionsAreFoldedWithTheirOutput() throws {
        let (html, markdown) = try Self.pages()
        #expect(html.contains("<details class=\"solution\">\n<summary>Solution</summary>\n<pre class=\"code\">"))
        let details = try #require(html.range(of: "<details class=\"solution\">"))
        let folded = html[details.lowerBound...].prefix { _ in true }
        let end = try #require(folded.range(of: "</details>"))
        #expect(folded[..<end.lowerBound].contains("[0.0, 0.0, 0.0, 1.0, 2.0]"), "the output is inside")
        #expect(
            markdown.contains(
                """
                <details>
                <summary>Solution</summary>

                ```swift
                func relu(_ x: Double) -> Double { max(0, x) }
                """))
        #expect(markdown.contains("```text\n[0.0, 0.0, 0.0, 1.0, 2.0]\n```\n\n</details>"))
        // The starter is shown as plain Swift, with no output.
        #expect(
            markdown.contains(
                "```swift\nfunc relu(_ x: Double) -> Double {\n    fatalError(\"your code here\")\n}\nprint(xs.map(relu))\n```\n\n<details>"
            ))
    }

    @Test func noSolutionsLeavesThemOutOfThePages() throws {
        let (html, markdown) = try Self.pages(solutions: false)
        for page in [html, markdown] {
            #expect(!page.contains("<details"))
            #expect(!page.contains("max(0, x)"))
            #expect(!page.contains("before the trap"))
            #expect(page.contains("your code here"), "the starter stays")
        }
        #expect(html.contains("<strong>Exercise 2.1.</strong>"))
    }

    @Test func exercisesAreInTheCacheKey() throws {
        let lesson = try LessonParser.parse(path: "Lessons/02-exercises.md", source: Self.source)
        var changed = lesson
        changed.snippets[2].code += "\nprint(1)"
        var asRun = lesson
        asRun.snippets[1].role = .run
        let cache = ResultCache(directory: "/nonexistent")
        let runtime = try EngineFixtures.runtime.get()
        let key = cache.key(for: lesson, runtime: runtime, settings: RunSettings())
        #expect(key != cache.key(for: changed, runtime: runtime, settings: RunSettings()))
        #expect(key != cache.key(for: asRun, runtime: runtime, settings: RunSettings()))
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"))
    func checkComparesTheSolutionsOutputFixRewritesItAndBuildCanLeaveSolutionsOut() throws {
        let folder = try EngineFixtures.lessonsFolder([])
        let root = (folder as NSString).deletingLastPathComponent
        let path = folder + "/01-passing.md"
        try """
        ---
        title: Passing
        ---

        **Exercise.** Print two.

        ```swift exercise
        print(0)
        ```

        ```swift solution
        claim(1 + 1 == 2, "arithmetic holds")
        print(1 + 1)
        ```

        ```output
        3
        ```

        """.write(toFile: path, atomically: true, encoding: .utf8)
        let cli = CommandLineTests()
        let check = try cli.lessons(["check"], in: root)
        #expect(check.status == 1)
        #expect(check.output.contains("Lessons/01-passing.md:16: error: output does not match"), "\(check.output)")
        #expect(try cli.lessons(["fix"], in: root).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("```output\n2\n```"))
        let recheck = try cli.lessons(["check"], in: root)
        #expect(recheck.status == 0)
        #expect(recheck.output.hasSuffix("claims: 1 held, 0 failed\n2 passed, 0 failed\n"), "\(recheck.output)")

        #expect(try cli.lessons(["build", "--no-solutions", "--output", "Course"], in: root).status == 0)
        let course = try String(contentsOfFile: root + "/Course/markdown/01-passing.md", encoding: .utf8)
        #expect(course.contains("**Exercise 1.1.** Print two.") && course.contains("print(0)"))
        #expect(!course.contains("1 + 1") && !course.contains("<details>"))
        #expect(try cli.lessons(["build", "--output", "Book"], in: root).status == 0)
        let book = try String(contentsOfFile: root + "/Book/html/01-passing.html", encoding: .utf8)
        #expect(book.contains("<summary>Solution</summary>"))
    }
}
