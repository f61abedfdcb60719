import Foundation

/// Explains how a lesson program stopped early: a trap (with the Markdown line from the backtrace),
/// a time limit, or an unexpected exit.
struct TrapReport {
    var lesson: Lesson
    var snippet: Snippet
    var outcome: Subprocess.Outcome
    var timeout: Double
    /// What the Swift backtracer wrote (`SWIFT_BACKTRACE=…,output-to=FILE`).
    var backtrace: String
    /// What the snippet printed, stderr included: the runtime's message is there.
    var output: String

    /// `LINE:COLUMN` of the innermost frame in the lesson file, e.g. from
    /// `3 [ra] 0x… main + 317 in lesson at Lessons/02-relu.md:12:12`.
    var location: (line: Int, column: Int?)? {
        // Matched by file name: the backtracer may print the path normalised (no `//`, no `./`).
        for frame in backtrace.split(separator: "\n") {
            guard let at = frame.range(of: " at ", options: .backwards) else { continue }
            let parts = frame[at.upperBound...].split(separator: ":")
            guard parts.count >= 2, parts[0] == lesson.path || parts[0].hasSuffix("/" + lesson.fileName) || parts[0] == lesson.fileName,
                  let line = Int(parts[1]) else { continue }
            return (line, parts.count > 2 ? Int(parts[2]) : nil)
        }
        return nil
    }

    /// The runtime's own message, e.g. `Fatal error: Index out of range`, without the standard
    /// library's file and line.
    var runtimeMessage: String? {
        output.split(separator: "\n").lazy.compactMap(Self.runtimeMessage(in:)).first
    }

    /// The message at the end of the trapping snippet's output.
    var summary: String {
        if outcome.timedOut { return "error: timed out after \(Self.seconds(timeout))\n" }
        let place = location.map { "\(lesson.fileName):\($0.line)" + ($0.column.map { ":\($0)" } ?? "") + ": " } ?? ""
        // The runtime's message already stands in the output (moved to the Markdown line by `cleaned`).
        if runtimeMessage != nil { return "" }
        return place + "error: " + ending + "\n"
    }

    var diagnostic: Diagnostic {
        if outcome.timedOut {
            return Diagnostic(path: lesson.path, line: snippet.fenceLine, message: "timed out after \(Self.seconds(timeout))")
        }
        let message = runtimeMessage ?? ending
        if let location { return Diagnostic(path: lesson.path, line: location.line, column: location.column, message: message) }
        return Diagnostic(path: lesson.path, line: snippet.fenceLine, message: message)
    }

    /// The snippet's items with the backtracer's chatter removed and the runtime's message moved
    /// to the Markdown line (`02-relu.md:12:12: Fatal error: Index out of range`).
    func cleaned(_ items: [OutputItem]) -> [OutputItem] {
        items.map { item in
            guard case .text(let text) = item else { return item }
            var lines: [String] = []
            for line in text.lines {
                if line.hasPrefix("*** Signal ") || line.hasPrefix("💣 Program crashed") { continue }
                if let message = Self.runtimeMessage(in: line[...]), let location {
                    lines.append("\(lesson.fileName):\(location.line)" + (location.column.map { ":\($0)" } ?? "") + ": " + message)
                } else {
                    lines.append(line)
                }
            }
            // The backtracer leaves an empty line behind its banner.
            var joined = lines.joined(separator: "\n")
            while joined.hasSuffix("\n\n") { joined.removeLast() }
            return .text(joined)
        }.filter { $0 != .text("") && $0 != .text("\n") }
    }

    private var ending: String {
        if let signal = outcome.signal { return "crashed (signal \(signal))" }
        return "exited with status \(outcome.exitStatus ?? -1) before the lesson finished"
    }

    private static let runtimeMessageKinds = ["Fatal error", "Precondition failed", "Assertion failed"]

    /// `Swift/Array.swift:12: Fatal error: Index out of range` → `Fatal error: Index out of range`.
    static func runtimeMessage(in line: Substring) -> String? {
        for kind in runtimeMessageKinds {
            if let range = line.range(of: kind) {
                let before = line[..<range.lowerBound]
                if before.isEmpty || before.hasSuffix(": ") { return String(line[range.lowerBound...]) }
            }
        }
        return nil
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
