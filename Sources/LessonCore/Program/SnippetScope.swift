/// Where a snippet's code goes in its lesson's program: the one rule both programs follow, the
/// engine's (`ProgramGenerator`) and the exported package's (`ExportProgram`).
enum SnippetScope: Equatable {
    /// Opens a `do {` scope that encloses every later snippet: later snippets see its names.
    case shared
    /// A file-scope function, called where the snippet stands: it sees no snippet's names.
    case isolated
    /// A scope of its own, closed right after it: it sees earlier names and leaves none behind
    /// (an `expect-error` snippet, an exercise's solution).
    case own
    /// Compiled where it stands but never run (an exercise's starter).
    case neverRun
}

extension Snippet {
    var scope: SnippetScope {
        if role == .exercise { return .neverRun }
        if runsInOwnScope { return .own }
        return options.isolated ? .isolated : .shared
    }
}
