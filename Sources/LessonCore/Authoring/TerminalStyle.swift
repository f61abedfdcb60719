import Foundation

/// Colours for terminal output: on only when the stream is a terminal and `NO_COLOR` is unset or
/// empty (https://no-color.org), so CI logs and pipes get plain `file:line: error:` text that
/// editors and annotators parse.
public struct TerminalStyle: Sendable, Hashable {
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    /// The style for a file descriptor (1: standard output, 2: standard error).
    public static func forDescriptor(
        _ descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalStyle {
        TerminalStyle(colors: isatty(descriptor) != 0 && allowsColor(environment))
    }

    /// False when `NO_COLOR` is present with any non-empty value, or `TERM` is `dumb`.
    public static func allowsColor(_ environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    public enum Color: String, Sendable {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case magenta = "35"
        case cyan = "36"
        case bold = "1"
        case dim = "2"
        case boldRed = "1;31"
    }

    public func paint(_ text: String, _ color: Color) -> String {
        colors && !text.isEmpty ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `Diagnostic.formatted` with the location bold, the severity coloured, and diff lines in the
    /// notes green (`+`) and red (`-`). Without colours it is exactly `Diagnostic.formatted`.
    public func diagnostic(_ diagnostic: Diagnostic) -> String {
        guard colors else { return diagnostic.formatted }
        let location = Diagnostic.location(diagnostic.path, diagnostic.line, diagnostic.column)
        let severity: Color =
            switch diagnostic.severity {
            case .error: .boldRed
            case .warning: .magenta
            case .note: .cyan
            }
        let head =
            paint(location + ":", .bold) + " " + paint(diagnostic.severity.rawValue + ":", severity) + " "
            + paint(diagnostic.message, .bold)
        let notes = diagnostic.notes.map { note -> String in
            if let path = note.path {
                return paint(Diagnostic.location(path, note.line, note.column) + ":", .bold) + " "
                    + paint("note:", .cyan) + " " + note.message
            }
            let note = note.message
            if note.hasPrefix("+++") || note.hasPrefix("---") { return paint(note, .bold) }
            if note.hasPrefix("@@") { return paint(note, .cyan) }
            if note.hasPrefix("+") { return paint(note, .green) }
            if note.hasPrefix("-") { return paint(note, .red) }
            return note
        }
        return ([head] + notes).joined(separator: "\n")
    }

    /// A final line such as `12 passed, 1 failed in 3.40 s`: green when nothing failed, red otherwise.
    public func summary(_ text: String, failed: Bool) -> String {
        paint(text, failed ? .boldRed : .green)
    }
}
