/// States something the lesson's text relies on and checks it where the lesson runs.
///
/// ```swift
/// claim(sigmoidTime > reluTime, "сигмоида считается дольше ReLU")
/// ```
///
/// A false condition is reported as `FILE:LINE:COLUMN: error: claim failed: STATEMENT`, and
/// `lessons build` and `check` fail; the snippet goes on, as a failed `#expect` does, and so do
/// the lesson's later snippets. A claim counts once per call site: one inside a loop fails if any
/// of its evaluations fails. `check` says how many claims held, and the book lists them all on its
/// "what this book verifies" page. Run by hand (outside the engine), a failed claim prints a line.
public func claim(
    _ condition: @autoclosure () -> Bool, _ statement: String, line: Int = #line, column: Int = #column
) {
    let held = condition()
    let site = ClaimSites.Site(line: line, column: column)
    guard ClaimSites.record(site, held: held) else { return }
    OutputProtocol.write(
        .claim(line: line, column: column, held: held, statement: statement),
        fallback: held ? nil : "claim failed (line \(line)): \(statement)")
}

/// The claim call sites reported so far, and which of them failed: each site is reported when it
/// first runs and again when it first fails, never more.
enum ClaimSites {
    struct Site: Hashable {
        var line: Int
        var column: Int
    }

    nonisolated(unsafe) private static var seen: Set<Site> = []
    nonisolated(unsafe) private static var failed: Set<Site> = []

    /// Whether this evaluation must be reported.
    static func record(_ site: Site, held: Bool) -> Bool {
        if seen.insert(site).inserted {
            if !held { failed.insert(site) }
            return true
        }
        return !held && failed.insert(site).inserted
    }
}
