/// What running a lesson produced, snippet by snippet.
public struct LessonResult: Hashable, Sendable {
    public var lesson: Lesson
    /// One entry per snippet of `lesson`, same order.
    public var snippets: [SnippetResult]
    /// Problems found while compiling, running or checking.
    public var diagnostics: [Diagnostic]
    /// True when the results came from the cache and nothing was compiled or run.
    public var cached: Bool
    /// Wall-clock seconds spent compiling and running (0 when cached).
    public var duration: Double
    /// The local files the lesson references (images, linked data files), read from disk by
    /// `LessonPipeline.readingAssets` after the run; nil until then. Not cached with the results,
    /// so a changed image re-renders the lesson without running it.
    public var assets: [LessonAsset]?
    /// The text of each inline value of the lesson, by its index; nil for one that was not
    /// evaluated (the program stopped before it).
    public var inlineValues: [String?] = []

    public init(
        lesson: Lesson, snippets: [SnippetResult], diagnostics: [Diagnostic] = [], cached: Bool = false,
        duration: Double = 0
    ) {
        self.lesson = lesson
        self.snippets = snippets
        self.diagnostics = diagnostics
        self.cached = cached
        self.duration = duration
    }

    /// The result of the snippet whose fence opens at `line`.
    public func result(forFenceLine line: Int) -> SnippetResult? {
        guard let index = lesson.snippets.firstIndex(where: { $0.fenceLine == line }) else { return nil }
        return index < snippets.count ? snippets[index] : nil
    }
}

/// The outcome of one snippet.
public struct SnippetResult: Hashable, Sendable, Codable {
    public enum Status: Hashable, Sendable, Codable {
        /// Ran to the end.
        case succeeded
        /// Trapped or failed to compile; the message is in `items`.
        case failed
        /// Failed as its `expect-error` option promised.
        case failedAsExpected
        /// Not run because an earlier snippet failed, or the lesson did not compile.
        case notRun
    }

    public var status: Status
    /// What the snippet printed and displayed, in order.
    public var items: [OutputItem]
    /// True when the output was cut at the cap.
    public var truncated: Bool
    /// The `claim` call sites the snippet ran, in the order they first ran.
    public var claims: [ClaimResult]

    public init(status: Status, items: [OutputItem] = [], truncated: Bool = false, claims: [ClaimResult] = []) {
        self.status = status
        self.items = items
        self.truncated = truncated
        self.claims = claims
    }

    /// All text output joined, as `check` compares it.
    public var text: String {
        items.compactMap { if case .text(let s) = $0 { return s } else { return nil } }.joined()
    }
}

/// One piece of a snippet's output.
public enum OutputItem: Hashable, Sendable, Codable {
    /// Printed text (stdout and stderr, interleaved as printed).
    case text(String)
    /// A figure, as a standalone SVG document.
    case figure(svg: String)
    /// A table displayed with `display(table:)`.
    case table(DisplayTable)
}

/// A table of strings with a header row.
public struct DisplayTable: Hashable, Sendable, Codable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }
}
