import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore

/// `docs/authoring.md` is checked like the book: every complete lesson in it (the ````markdown
/// blocks) is compiled, run and compared, and must pass `check`. The lesson `lessons new` writes is
/// run alongside, so a new author's first build passes too.
@Suite struct AuthoringGuideTests {
    static let guidePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/authoring.md").path

    /// The text of each ````markdown … ```` block of the guide, in order.
    static func exampleLessons() throws -> [String] {
        let lines = try String(contentsOfFile: guidePath, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        var examples: [String] = []
        var current: [Substring]?
        for line in lines {
            if current == nil, line == "````markdown" {
                current = []
            } else if current != nil, line == "````" {
                examples.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return examples
    }

    /// The guide's lessons and a scaffolded one, run once for the tests below.
    static let results: Result<[LessonResult], any Error> = Result {
        let folder = try AuthoringTemporaryFolder()
        for (index, example) in try exampleLessons().enumerated() {
            try folder.write("Lessons/\(String(format: "%02d", index + 1))-guide.md", example)
        }
        try LessonScaffold.create(title: "Scaffolded", lessonsDirectory: folder.path + "/Lessons")
        let library = try LessonLibrary.load(directory: folder.path + "/Lessons")
        let engine = LessonEngine(runtime: try EngineFixtures.runtime.get(), cacheDirectory: nil, jobs: 2)
        return engine.run(library.lessons)
    }

    @Test func guideHasCompleteExampleLessons() throws {
        let examples = try Self.exampleLessons()
        #expect(examples.count >= 2)
        for example in examples { #expect(example.hasPrefix("---\ntitle: ")) }
    }

    @Test func everyExampleAndTheScaffoldedLessonPassCheck() throws {
        let results = try Self.results.get()
        #expect(results.count == (try Self.exampleLessons().count) + 1)
        for result in results {
            let check = LessonCheck(result)
            #expect(check.diagnostics.map(\.formatted) == [], "\(result.lesson.path)")
            #expect(check.failedCount == 0, "\(result.lesson.path)")
            #expect(check.passedCount == result.lesson.snippets.count, "\(result.lesson.path)")
        }
    }

    @Test func firstExampleShowsAFigureATableAndAnExpectedError() throws {
        let first = try #require(try Self.results.get().first)
        let items = first.snippets.flatMap(\.items)
        #expect(items.contains { if case .figure(let svg) = $0 { svg.contains("<svg") } else { false } })
        #expect(
            items.contains {
                $0
                    == .table(
                        DisplayTable(
                            headers: ["x", "ReLU′(x)"],
                            rows: [
                                ["-2.0", "0.0"], ["-0.5", "0.0"], ["0.0", "0.0"], ["0.5", "1.0"], ["2.0", "1.0"],
                            ]))
            })
        let expectError = try #require(first.snippets.last)
        #expect(expectError.status == .failedAsExpected)
        // The compiler's message names the guide lesson's own file and line.
        #expect(expectError.text.contains("01-guide.md:"))
    }

    @Test(.enabled(if: AuthoringJUnitSchemaTests.canValidate, "xmllint is not installed (Debian: libxml2-utils)"))
    func junitReportOfRealRunsIsValid() throws {
        let xml = JUnitReport.xml(try Self.results.get().map(LessonCheck.init))
        #expect(try AuthoringJUnitSchemaTests.validate(xml) == "")
        #expect(xml.contains("failures=\"0\""))
    }
}
