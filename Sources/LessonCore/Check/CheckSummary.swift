/// The totals `check` prints last: `claims: N held, M failed`, then `N passed, M failed`.
public struct CheckSummary: Sendable, Hashable {
    public var passed: Int
    public var failed: Int
    /// Claim call sites that held every time, and those that did not.
    public var claimsHeld: Int
    public var claimsFailed: Int

    public init(_ checks: [LessonCheck]) {
        passed = checks.map(\.passedCount).reduce(0, +)
        failed = checks.map(\.failedCount).reduce(0, +)
        let claims = checks.flatMap(\.result.claims)
        claimsHeld = claims.filter(\.held).count
        claimsFailed = claims.count - claimsHeld
    }

    /// `N passed, M failed`: snippets.
    public var line: String { "\(passed) passed, \(failed) failed" }

    /// `claims: N held, M failed`, printed before `line`.
    public var claimsLine: String { "claims: \(claimsHeld) held, \(claimsFailed) failed" }
}
