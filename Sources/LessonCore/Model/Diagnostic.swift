/// A problem in a lesson, pointing at a line of its Markdown file.
public struct Diagnostic: Hashable, Sendable, Error, Codable {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    /// The file as the user should see it (relative to the working directory when possible).
    public var path: String
    public var line: Int?
    public var column: Int?
    /// A one-line summary.
    public var message: String
    /// Further lines shown under the summary (a diff, compiler notes).
    public var notes: [String]

    public init(_ severity: Severity = .error, path: String, line: Int? = nil, column: Int? = nil, message: String, notes: [String] = []) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.notes = notes
    }

    /// `PATH:LINE:COLUMN: error: MESSAGE`, the form editors and CI systems annotate, then the notes.
    public var formatted: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return ([location + ": \(severity.rawValue): " + message] + notes).joined(separator: "\n")
    }
}
