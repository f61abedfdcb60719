/// What `check` found in one lesson: every problem as a diagnostic, attributed to snippets.
public struct LessonCheck: Sendable {
    public var result: LessonResult
    /// Problems per snippet index (compile errors, traps, time limits, output mismatches).
    public var snippetProblems: [Int: [Diagnostic]]
    /// Problems that belong to no snippet (e.g. a compiler error outside every snippet).
    public var lessonProblems: [Diagnostic]

    /// Compares `result` with the lesson's `output` fences and collects its diagnostics.
    public init(_ result: LessonResult) {
        self.result = result
        var snippetProblems: [Int: [Diagnostic]] = [:]
        var lessonProblems: [Diagnostic] = []
        let snippets = result.lesson.snippets
        for diagnostic in result.diagnostics {
            if let line = diagnostic.line,
                let snippet = snippets.first(where: { line >= $0.fenceLine && line <= $0.endLine })
            {
                snippetProblems[snippet.index, default: []].append(diagnostic)
            } else {
                lessonProblems.append(diagnostic)
            }
        }
        for (snippet, outcome) in zip(snippets, result.snippets) {
            if let mismatch = Self.mismatch(snippet, outcome, path: result.lesson.path) {
                snippetProblems[snippet.index, default: []].append(mismatch)
            }
        }
        self.snippetProblems = snippetProblems
        self.lessonProblems = lessonProblems
    }

    /// Every problem, in line order.
    public var diagnostics: [Diagnostic] {
        (lessonProblems + snippetProblems.values.flatMap { $0 }).sorted {
            ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0)
        }
    }

    /// Whether snippet `index` ran as it should and printed what its `output` fence says.
    public func passed(_ index: Int) -> Bool {
        guard snippetProblems[index] == nil else { return false }
        let status = result.snippets[index].status
        return status == .succeeded || status == .failedAsExpected
    }

    public var passedCount: Int { result.snippets.indices.filter(passed).count }
    /// Failed snippets, plus one for problems outside every snippet.
    public var failedCount: Int { result.snippets.count - passedCount + (lessonProblems.isEmpty ? 0 : 1) }

    /// An `output` fence that differs from what the snippet printed, reported at the fence with a
    /// unified diff. Snippets that did not run, and `nondeterministic` ones, are not compared.
    static func mismatch(_ snippet: Snippet, _ outcome: SnippetResult, path: String) -> Diagnostic? {
        guard let expected = snippet.expectedOutput, !snippet.options.nondeterministic,
            outcome.status == .succeeded || outcome.status == .failedAsExpected
        else { return nil }
        let actual = outcome.text
        guard !OutputComparison.matches(expected: expected.text, actual: actual) else { return nil }
        let diff = UnifiedDiff.diff(
            expected: OutputComparison.normalized(expected.text), actual: OutputComparison.normalized(actual),
            expectedName: "expected (\(path):\(expected.fenceLine))", actualName: "actual")
        return Diagnostic(
            path: path, line: expected.fenceLine,
            message: "output does not match what the snippet printed (run 'lessons fix' to update it)",
            notes: diff.lines.map { Diagnostic.Note($0) })
    }
}
