import Testing

@testable import LessonCore

@Suite struct CheckTests {
    @Test func comparisonTrimsTrailingWhitespaceOnly() {
        #expect(OutputComparison.matches(expected: "a  \nb\n\n", actual: "a\nb"))
        #expect(!OutputComparison.matches(expected: " a", actual: "a"))
        #expect(!OutputComparison.matches(expected: "a\n\nb", actual: "a\nb"))
    }

    @Test func unifiedDiffShowsHunksWithContext() {
        let expected = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let actual = expected.replacingOccurrences(of: "line 5", with: "LINE 5")
        let diff = UnifiedDiff.diff(expected: expected, actual: actual)
        #expect(
            diff == """
                --- expected
                +++ actual
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +LINE 5
                 line 6
                 line 7
                 line 8
                """)
        #expect(UnifiedDiff.diff(expected: "same", actual: "same") == "")
        #expect(UnifiedDiff.diff(expected: "", actual: "new") == "--- expected\n+++ actual\n@@ -0,0 +1 @@\n+new")
    }

    @Test func shardsPartitionTheLessons() {
        let lessons = Array(0..<23)
        for count in 1...5 {
            let shards = (1...count).map { Shard(index: $0, count: count).select(lessons) }
            #expect(shards.flatMap { $0 }.sorted() == lessons, "every lesson in exactly one of \(count) shards")
            #expect(shards.map(\.count).max()! - shards.map(\.count).min()! <= 1)
        }
        #expect(Shard("2/4") == Shard(index: 2, count: 4))
        #expect(Shard("0/4") == nil && Shard("5/4") == nil && Shard("x") == nil && Shard("1/0") == nil)
    }

    @Test func junitReportEscapesAndCountsFailures() throws {
        let snippets = [
            Snippet(
                index: 0, code: "print(1)\n", options: SnippetOptions(), fenceLine: 4, codeLine: 5,
                expectedOutput: ExpectedOutput(text: "<2>\n", fenceLine: 8, endLine: 10)),
            Snippet(index: 1, code: "print(2)\n", options: SnippetOptions(), fenceLine: 12, codeLine: 13),
        ]
        let lesson = Lesson(
            path: "L/a.md", source: "", frontMatter: FrontMatter(title: "T"), document: Markup(.document),
            snippets: snippets)
        let result = LessonResult(
            lesson: lesson,
            snippets: [
                SnippetResult(status: .succeeded, items: [.text("1\n")]),
                SnippetResult(status: .succeeded, items: [.text("2\n")]),
            ])
        let check = LessonCheck(result)
        #expect(check.passedCount == 1 && check.failedCount == 1)
        let xml = JUnitReport.xml([check])
        #expect(xml.contains("<testsuites name=\"lessons\" tests=\"2\" failures=\"1\">"))
        #expect(xml.contains("<testcase classname=\"a\" name=\"snippet 2 (line 12)\" file=\"L/a.md\" line=\"12\"/>"))
        #expect(xml.contains("-&lt;2&gt;"))
        #expect(xml.contains("L/a.md:8: error: output does not match"))
    }
}
