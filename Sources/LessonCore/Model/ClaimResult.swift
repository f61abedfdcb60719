/// One `claim` call site of a lesson and whether it held every time it ran.
public struct ClaimResult: Hashable, Sendable, Codable {
    /// Where the call is in the lesson's Markdown file.
    public var line: Int
    public var column: Int
    /// What the claim states, as the author wrote it.
    public var statement: String
    /// False when any evaluation of the call site was false.
    public var held: Bool

    public init(line: Int, column: Int, statement: String, held: Bool) {
        self.line = line
        self.column = column
        self.statement = statement
        self.held = held
    }
}

extension LessonResult {
    /// Every claim the lesson ran, snippet by snippet.
    public var claims: [ClaimResult] { snippets.flatMap(\.claims) }

    /// `FILE:LINE:COLUMN: error: claim failed: STATEMENT` for each claim that did not hold.
    var failedClaimDiagnostics: [Diagnostic] {
        claims.filter { !$0.held }.map {
            Diagnostic(path: lesson.path, line: $0.line, column: $0.column, message: "claim failed: " + $0.statement)
        }
    }
}
