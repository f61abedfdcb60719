/// The lines a lesson program writes to tell the engine where each snippet's output starts and to
/// pass figures and tables. The program side is in `Sources/Notebook/OutputProtocol.swift`; the
/// two must agree.
///
/// A marker is one line: `\u{1}lessons:<token>:<kind>[:<payload>]`. The token is random per run
/// and reaches the program only through the environment, so a snippet cannot forge a marker by
/// printing one by accident.
enum OutputProtocol {
    static let tokenVariable = "LESSONS_TOKEN"
    /// Comma-separated indices of `expect-error` snippets to skip (after they trapped in a first run).
    static let skipVariable = "LESSONS_SKIP"
    static let prefix = "\u{1}lessons:"

    enum Marker: Equatable {
        case snippet(Int)
        case figure(svg: String)
        case table(DisplayTable)
        case end
    }

    /// Reads a marker line (without its newline) written with `token`; nil for ordinary output.
    static func marker(in line: Substring, token: String) -> Marker? {
        let head = prefix + token + ":"
        guard line.hasPrefix(head) else { return nil }
        let rest = line.dropFirst(head.count)
        let kind = rest.prefix { $0 != ":" }
        let payload = rest.dropFirst(kind.count + 1)
        switch kind {
        case "snippet": return Int(payload).map(Marker.snippet)
        case "end": return .end
        case "figure": return Base64.decode(payload).map { .figure(svg: $0) }
        case "table":
            let rows = payload.split(separator: ";", omittingEmptySubsequences: false).map { row in
                row.isEmpty ? [] : row.split(separator: ",", omittingEmptySubsequences: false).map { Base64.decode($0) ?? "" }
            }
            guard let headers = rows.first else { return nil }
            return .table(DisplayTable(headers: headers, rows: Array(rows.dropFirst())))
        default: return nil
        }
    }
}
