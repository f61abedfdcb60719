import Testing

@testable import LessonCore

/// Pages must be reproducible even when a lesson times something.
@Suite struct FrozenOutputsTests {
    func result(nondeterministic: Bool, recorded: String?, status: SnippetResult.Status) -> LessonResult {
        var options = SnippetOptions()
        options.nondeterministic = nondeterministic
        let snippet = Snippet(
            index: 0, code: "print(time)\n", options: options, fenceLine: 5, codeLine: 6,
            expectedOutput: recorded.map { ExpectedOutput(text: $0, fenceLine: 9, endLine: 11) })
        let lesson = Lesson(
            path: "L/a.md", source: "", frontMatter: FrontMatter(title: "T"), document: Markup(.document),
            snippets: [snippet])
        let computed = SnippetResult(
            status: status, items: [.text("took 12.3 µs\n"), .figure(svg: "<svg/>")], truncated: true)
        return LessonResult(lesson: lesson, snippets: [computed])
    }

    @Test func nondeterministicSnippetShowsItsRecordedOutputAndKeepsFigures() {
        let frozen = result(nondeterministic: true, recorded: "took 10.0 µs\n", status: .succeeded).frozenForPages
        #expect(frozen.snippets[0].items == [.text("took 10.0 µs\n"), .figure(svg: "<svg/>")])
        #expect(!frozen.snippets[0].truncated)
    }

    @Test func otherSnippetsShowWhatTheyComputed() {
        for original in [
            result(nondeterministic: false, recorded: "took 10.0 µs\n", status: .succeeded),
            result(nondeterministic: true, recorded: nil, status: .succeeded),
            result(nondeterministic: true, recorded: "took 10.0 µs\n", status: .failed),
        ] {
            #expect(original.frozenForPages == original)
        }
    }
}
