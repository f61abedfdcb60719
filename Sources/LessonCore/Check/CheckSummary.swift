/// The totals `check` prints last: `N passed, M failed`.
public struct CheckSummary: Sendable, Hashable {
    public var passed: Int
    public var failed: Int

    public init(_ checks: [LessonCheck]) {
        passed = checks.map(\.passedCount).reduce(0, +)
        failed = checks.map(\.failedCount).reduce(0, +)
    }

    public var line: String { "\(passed) passed, \(failed) failed" }
}
