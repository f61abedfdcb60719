/// How one lesson's translation stands against its source: translated (every block current),
/// stale (some blocks changed in the source since it was marked current), or missing; with a
/// diagnostic at the translation's line for each problem.
public struct LessonTranslation: Sendable {
    public enum State: Hashable, Sendable {
        case translated
        case stale(blocks: Int)
        case missing
    }

    /// The lesson's file name, the same in both editions (`02-relu.md`).
    public var name: String
    public var state: State
    /// Stale blocks, structure mismatches and a missing file (warnings with `allowStale`), and code
    /// or settings that differ from the source (always errors).
    public var diagnostics: [Diagnostic]

    public init(name: String, state: State, diagnostics: [Diagnostic]) {
        self.name = name
        self.state = state
        self.diagnostics = diagnostics
    }
}
