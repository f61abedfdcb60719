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
    /// Further lines shown under the summary: a compiler's notes (with their own place), the lines
    /// of a diff (text alone).
    public var notes: [Note]

    public init(
        _ severity: Severity = .error, path: String, line: Int? = nil, column: Int? = nil, message: String,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.notes = notes
    }

    /// `PATH:LINE:COLUMN: error: MESSAGE`, the form editors and CI systems annotate, then the notes.
    public var formatted: String {
        ([Self.location(path, line, column) + ": \(severity.rawValue): " + message] + notes.map(\.formatted))
            .joined(separator: "\n")
    }

    /// `PATH:LINE:COLUMN`, with what is known of the line and column.
    public static func location(_ path: String, _ line: Int?, _ column: Int?) -> String {
        guard let line else { return path }
        return path + ":\(line)" + (column.map { ":\($0)" } ?? "")
    }

    /// A line under a diagnostic's summary: a note that points at a place (the compiler's `note:`
    /// lines, kept as values until printed) or a line of text (a diff).
    public struct Note: Hashable, Sendable, Codable, ExpressibleByStringLiteral {
        /// Where the note points; nil for a line of text.
        public var path: String?
        public var line: Int?
        public var column: Int?
        public var message: String

        public init(path: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
            self.path = path
            self.line = line
            self.column = column
            self.message = message
        }

        /// A line of text.
        public init(_ text: String) {
            self.init(message: text)
        }

        public init(stringLiteral text: String) {
            self.init(message: text)
        }

        /// `PATH:LINE:COLUMN: note: MESSAGE`, or the text alone.
        public var formatted: String {
            guard let path else { return message }
            return Diagnostic.location(path, line, column) + ": note: " + message
        }
    }
}
