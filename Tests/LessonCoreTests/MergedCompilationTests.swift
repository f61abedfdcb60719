import Foundation
import Testing

@testable import LessonCore

/// Merged compilation (`MergedCompilation`): lessons compiled in one compiler run give exactly the
/// results each gives compiled alone, and only the lessons that must run are compiled.
@Suite struct MergedCompilationTests {
    /// Lessons that declare the same names (a function, a local type, an extension member, an
    /// `isolated` snippet at the same index), with hidden snippets, exercises, inline values, a
    /// compile error, a trap, an expected error and a hang.
    static let lessons: [String: String] = [
        "01-points.md": """
        ---
        title: Points
        ---

        Before any snippet: `{swift} 2 + 2`.

        ```swift run
        struct Point { var x: Int }
        extension Point { func doubled() -> Point { Point(x: x * 2) } }
        extension Array where Element == Double { func total() -> Double { reduce(0, +) } }
        func relu(_ x: Double) -> Double { max(0, x) }
        print([Point(x: 1).doubled()], [-1.0, 2.0].map(relu).total())
        ```

        ```swift run hide
        struct Layer { var width = 3 }
        print("hidden", Layer().width)
        ```

        ```swift run isolated
        print("isolated in points")
        ```

        The value is `{swift} relu(-3) + 1`.

        **Exercise.** Write the answer.

        ```swift exercise
        func answer() -> Int { fatalError("your code") }
        ```

        ```swift solution
        let answer = 42
        print(answer)
        ```

        """,
        "02-same-names.md": """
        ---
        title: Same names
        ---

        ```swift run
        extension Array where Element == Double { func total() -> Double { reduce(0, +) * 10 } }
        func relu(_ x: Double) -> Double { x > 0 ? x : 0.5 * x }
        print([-1.0, 2.0].map(relu).total())
        ```

        ```swift run hide
        struct Layer { var width = 7 }
        print("hidden", Layer().width)
        ```

        ```swift run isolated
        print("isolated in same names")
        ```

        Inline: `{swift} relu(-4)`.

        """,
        "03-another-point.md": """
        ---
        title: Another point
        ---

        ```swift run
        struct Point { var x: Int; var y: Int }
        extension Point: CustomStringConvertible { var description: String { "(\\(x), \\(y))" } }
        print(Point(x: 1, y: 2), [Point(x: 3, y: 4)])
        ```

        """,
        "04-compile-error.md": """
        ---
        title: Compile error
        ---

        ```swift run
        let fine = 1
        let wrong: Int = "text"
        print(fine, wrong)
        ```

        """,
        "05-trap.md": """
        ---
        title: Trap
        ---

        ```swift run
        let xs = [1.0, 2.0]
        print("before the trap")
        ```

        **Exercise.** Take an element that is not there.

        ```swift exercise
        print(xs[0])
        ```

        ```swift solution
        print("solution starts")
        print(xs[5])
        ```

        ```swift run
        print("after the solution", xs.count)
        ```

        """,
        "06-expect-error.md": """
        ---
        title: Expect error
        ---

        ```swift run expect-error
        let n: Int = "no"
        ```

        ```swift run
        print("still runs")
        ```

        """,
        "07-hang.md": """
        ---
        title: Hang
        timeout: 1
        ---

        ```swift run
        print("starting")
        ```

        ```swift run
        var spins = 0
        while spins >= 0 { spins &+= 1; if spins == Int.max { spins = 0 } }
        ```

        """,
    ]

    static func folder(_ lessons: [String: String]) throws -> String {
        let folder = try EngineFixtures.lessonsFolder([])
        for (name, source) in lessons {
            try source.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// What a user sees of a lesson's run.
    struct Seen: Equatable {
        var snippets: [SnippetResult]
        var inlineValues: [String?]
        var diagnostics: [String]

        init(_ result: LessonResult) {
            snippets = result.snippets
            inlineValues = result.inlineValues
            diagnostics = result.diagnostics.map(\.formatted)
        }
    }

    static let runs:
        Result<(merged: [LessonResult], alone: [LessonResult], statistics: LessonEngine.Statistics), any Error> =
            Result {
                let library = try LessonLibrary.load(directory: try folder(lessons))
                let runtime = try EngineFixtures.runtime.get()
                let merged = LessonEngine(runtime: runtime, cacheDirectory: nil, jobs: 2)
                let mergedResults = merged.run(library.lessons)
                let alone = LessonEngine(runtime: runtime, cacheDirectory: nil, jobs: 2, mergesCompilation: false)
                return (mergedResults, alone.run(library.lessons), merged.statistics)
            }

    @Test func mergedResultsAreExactlyThoseOfLessonsCompiledAlone() throws {
        let runs = try Self.runs.get()
        #expect(runs.merged.count == Self.lessons.count)
        for (merged, alone) in zip(runs.merged, runs.alone) {
            #expect(Seen(merged) == Seen(alone), "\(merged.lesson.fileName)")
        }
    }

    @Test func lessonsThatDeclareTheSameNamesKeepTheirOwn() throws {
        let results = try Self.runs.get().merged
        let points = results[0]
        #expect(
            points.snippets.map(\.text) == [
                "[Lesson.Point(x: 2)] 2.0\n", "hidden 3\n", "isolated in points\n", "", "42\n",
            ])
        #expect(points.inlineValues == ["4", "1.0"])
        #expect(results[1].snippets.map(\.text) == ["15.0\n", "hidden 7\n", "isolated in same names\n"])
        #expect(results[1].inlineValues == ["-2.0"])
        #expect(results[2].snippets.map(\.text) == ["(1, 2) [(3, 4)]\n"])
    }

    @Test func aCompileErrorInAMergedBatchStaysExactAndTheOthersStillRun() throws {
        let runs = try Self.runs.get()
        let failed = runs.merged[3]
        let line = try #require(EngineFixtures.line(of: "let wrong", in: failed.lesson))
        #expect(
            failed.diagnostics.map(\.formatted).contains { $0.hasPrefix("\(failed.lesson.path):\(line):18: error:") })
        #expect(failed.snippets.map(\.status) == [.failed])
        #expect(runs.merged[4].snippets.first?.text == "before the trap\n")
        #expect(runs.merged[6].snippets.first?.text == "starting\n")
        #expect(runs.statistics.lessonsMerged == 4, "points, same names, trap and hang: from one merged program")
    }

    @Test func aTrapAndAHangEndInTheirOwnLessonsLines() throws {
        let results = try Self.runs.get().merged
        let trap = results[4]
        let trapLine = try #require(EngineFixtures.line(of: "print(xs[5])", in: trap.lesson))
        #expect(trap.snippets[2].text.contains("solution starts"))
        #expect(trap.diagnostics.map(\.formatted).contains { $0.hasPrefix("\(trap.lesson.path):\(trapLine):") })
        #expect(trap.snippets[3].text == "after the solution 2\n")
        let hang = results[6]
        let hangLine = try #require(EngineFixtures.line(of: "var spins", in: hang.lesson)) - 1
        #expect(hang.diagnostics.map(\.formatted) == ["\(hang.lesson.path):\(hangLine): error: timed out after 1 s"])
        #expect(results[5].snippets.map(\.status) == [.failedAsExpected, .succeeded])
    }

    @Test func cachedLessonsAreNotRecompiledAndALoneChangeCompilesAlone() throws {
        var sources = [
            "01-points.md": Self.lessons["01-points.md"]!, "02-same-names.md": Self.lessons["02-same-names.md"]!,
        ]
        let folder = try Self.folder(sources)
        let cache = try TemporaryFolder.make(prefix: "lessons-cache")
        let runtime = try EngineFixtures.runtime.get()
        let first = LessonEngine(runtime: runtime, cacheDirectory: cache, jobs: 2)
        _ = first.run(try LessonLibrary.load(directory: folder).lessons)
        #expect(first.statistics.compilerRuns == 1 && first.statistics.lessonsMerged == 2)
        sources["02-same-names.md"] = sources["02-same-names.md"]!.replacingOccurrences(of: "* 10", with: "* 100")
        try sources["02-same-names.md"]!.write(toFile: folder + "/02-same-names.md", atomically: true, encoding: .utf8)
        let second = LessonEngine(runtime: runtime, cacheDirectory: cache, jobs: 2)
        let results = second.run(try LessonLibrary.load(directory: folder).lessons)
        #expect(second.statistics.lessonsCached == 1 && second.statistics.compilerRuns == 1)
        #expect(second.statistics.lessonsMerged == 0)
        #expect(results[1].snippets[0].text == "150.0\n")
    }
}
