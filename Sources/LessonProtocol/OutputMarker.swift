import Foundation

/// A message from a lesson program to the engine: one line on the program's standard output.
///
/// A marker line is `\u{1}lessons:<token>:<kind>[:<payload>]`. The token is random per run and
/// reaches the program only through the environment (``LessonEnvironment/token``), so a snippet
/// cannot forge a marker by printing one by accident. The runtime writes markers with
/// ``line(token:)``; the engine reads them with ``parse(_:token:)``. Payloads are base64, so a
/// figure or a table cell may hold any text, newlines included.
public enum OutputMarker: Equatable, Sendable {
    /// Snippet `index` (0-based, in lesson order) starts here.
    case snippet(Int)
    /// A figure displayed by the current snippet: a standalone SVG document.
    case figure(svg: String)
    /// A table displayed by the current snippet, plain-text cells.
    case table(headers: [String], rows: [[String]])
    /// A `claim` call site was evaluated: its line and column in the lesson file, whether the
    /// condition held, and the statement it checks. Written the first time a call site runs, and
    /// again the first time it fails, so a claim in a loop costs two lines at most.
    case claim(line: Int, column: Int, held: Bool, statement: String)
    /// The value of inline expression `index` (`` `{swift} expr` `` in the prose), as text.
    case inline(index: Int, text: String)
    /// The program finished its last snippet.
    case end

    /// What every marker line starts with, before the token.
    public static let prefix = "\u{1}lessons:"

    /// The start of every marker line of a run with `token`.
    public static func head(token: String) -> String { prefix + token + ":" }

    /// The marker as one line, without its newline.
    public func line(token: String) -> String {
        let head = Self.head(token: token)
        switch self {
        case .snippet(let index): return head + "snippet:\(index)"
        case .end: return head + "end"
        case .figure(let svg): return head + "figure:" + Self.encode(svg)
        case .claim(let line, let column, let held, let statement):
            return head + "claim:\(line):\(column):\(held ? 1 : 0):" + Self.encode(statement)
        case .inline(let index, let text):
            return head + "inline:\(index):" + Self.encode(text)
        case .table(let headers, let rows):
            let payload = ([headers] + rows)
                .map { row in row.map(Self.encode).joined(separator: ",") }
                .joined(separator: ";")
            return head + "table:" + payload
        }
    }

    /// Reads a marker line (without its newline) written with `token`; nil for ordinary output.
    public static func parse(_ line: Substring, token: String) -> OutputMarker? {
        let head = head(token: token)
        guard line.hasPrefix(head) else { return nil }
        let rest = line.dropFirst(head.count)
        let kind = rest.prefix { $0 != ":" }
        let payload = rest.dropFirst(kind.count + 1)
        switch kind {
        case "snippet": return Int(payload).map(OutputMarker.snippet)
        case "end": return .end
        case "figure": return decode(payload).map { .figure(svg: $0) }
        case "claim":
            let fields = payload.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let line = Int(fields[0]), let column = Int(fields[1]),
                let held = fields[2] == "1" ? true : fields[2] == "0" ? false : nil,
                let statement = decode(fields[3])
            else { return nil }
            return .claim(line: line, column: column, held: held, statement: statement)
        case "inline":
            let fields = payload.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard fields.count == 2, let index = Int(fields[0]), let text = decode(fields[1]) else { return nil }
            return .inline(index: index, text: text)
        case "table":
            let rows = payload.split(separator: ";", omittingEmptySubsequences: false).map { row in
                row.isEmpty
                    ? [] : row.split(separator: ",", omittingEmptySubsequences: false).map { decode($0) ?? "" }
            }
            guard let headers = rows.first else { return nil }
            return .table(headers: headers, rows: Array(rows.dropFirst()))
        default: return nil
        }
    }

    static func encode(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }

    static func decode(_ text: Substring) -> String? {
        Data(base64Encoded: String(text)).map { String(decoding: $0, as: UTF8.self) }
    }
}
