import Foundation
import LessonProtocol

/// Explains how a lesson program stopped early: a trap (with the Markdown line from the backtrace),
/// a time limit, the memory limit, or an unexpected exit.
struct TrapReport {
    var lesson: Lesson
    var snippet: Snippet
    var outcome: Subprocess.Outcome
    var timeout: Double
    /// Bytes the program could allocate (`Sandbox`).
    var memoryLimit: Int
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
            guard parts.count >= 2,
                parts[0] == lesson.path || parts[0].hasSuffix("/" + lesson.fileName) || parts[0] == lesson.fileName,
                let line = Int(parts[1])
            else { continue }
            return (line, parts.count > 2 ? Int(parts[2]) : nil)
        }
        return nil
    }

    /// What the runtime said as it stopped: the library's usage error if it wrote one (an
    /// unoptimised runtime adds the standard library's `Fatal error` after it), else the standard
    /// library's message.
    var runtimeMessage: RuntimeMessage? {
        let messages = output.split(separator: "\n").compactMap(RuntimeMessage.init(line:))
        return messages.first(where: \.isUsageError) ?? messages.first
    }

    /// Whether an allocation failed: the runtime says `Fatal error: failed to allocate N bytes …`
    /// and aborts. libc's `abort` leaves the backtracer no frame in the lesson, so the message stands
    /// at the snippet's fence line.
    var memoryLimitExceeded: Bool {
        !outcome.timedOut
            && output.split(separator: "\n").contains {
                $0.contains("Fatal error: failed to allocate") || $0.contains("Fatal error: Could not allocate memory")
            }
    }

    /// `memory limit of 2 GiB exceeded`, with how to raise it.
    var memoryMessage: String {
        "memory limit of \(memoryLimit.byteCountDescription) exceeded (a lesson that needs more sets 'memory: "
            + "\((memoryLimit * 2).byteCountDescription.replacingOccurrences(of: " ", with: ""))' in its front matter)"
    }

    /// The message at the end of the trapping snippet's output.
    var summary: String {
        if outcome.timedOut { return "error: timed out after \(Self.seconds(timeout))\n" }
        if memoryLimitExceeded { return "\(lesson.fileName):\(snippet.fenceLine): error: \(memoryMessage)\n" }
        let place = location.map { "\(lesson.fileName):\($0.line)" + ($0.column.map { ":\($0)" } ?? "") + ": " } ?? ""
        // The runtime's message already stands in the output (moved to the Markdown line by `cleaned`).
        if runtimeMessage != nil { return "" }
        return place + "error: " + ending + "\n"
    }

    var diagnostic: Diagnostic {
        if outcome.timedOut {
            return Diagnostic(
                path: lesson.path, line: snippet.fenceLine, message: "timed out after \(Self.seconds(timeout))")
        }
        if memoryLimitExceeded { return Diagnostic(path: lesson.path, line: snippet.fenceLine, message: memoryMessage) }
        let message = runtimeMessage?.text ?? ending
        if let location {
            return Diagnostic(path: lesson.path, line: location.line, column: location.column, message: message)
        }
        return Diagnostic(path: lesson.path, line: snippet.fenceLine, message: message)
    }

    /// The snippet's items with the backtracer's chatter removed and the runtime's message moved
    /// to the Markdown line (`02-relu.md:12:12: Fatal error: Index out of range`; a usage error of
    /// the library as `02-relu.md:12:5: error: The size of tensor a (2) must match …`).
    func cleaned(_ items: [OutputItem]) -> [OutputItem] {
        let memory = memoryLimitExceeded
        let usageError = runtimeMessage?.isUsageError ?? false
        return items.map { item in
            guard case .text(let text) = item else { return item }
            var lines: [String] = []
            for line in text.lines {
                if line.hasPrefix("*** Signal ") || line.hasPrefix("💣 Program crashed") { continue }
                if let message = RuntimeMessage(line: line[...]) {
                    // The summary says it at the snippet's line, in words that name the limit.
                    if memory { continue }
                    // After a usage error, the standard library's trap line says nothing more.
                    if usageError && !message.isUsageError { continue }
                    if !message.printedBefore.isEmpty { lines.append(message.printedBefore) }
                    guard let location else {
                        lines.append(message.isUsageError ? message.shown : line)
                        continue
                    }
                    lines.append(
                        "\(lesson.fileName):\(location.line)" + (location.column.map { ":\($0)" } ?? "") + ": "
                            + message.shown)
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

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

/// A line in which the runtime explains a trap: the standard library's
/// (`Swift/Array.swift:12: Fatal error: Index out of range`) or the lesson library's usage error
/// (`Usage error: The size of tensor a (2) must match …`, see `UsageError`).
struct RuntimeMessage: Equatable {
    /// `Fatal error: Index out of range` (the kind kept, the file and line dropped), or a usage
    /// error's message alone: the diagnostic's message.
    var text: String
    var isUsageError: Bool
    /// What the snippet printed without a newline before a usage error (`print(x, terminator: "")`),
    /// which shares its line.
    var printedBefore = ""

    private static let standardKinds = ["Fatal error", "Precondition failed", "Assertion failed"]

    init?(line: Substring) {
        let usagePrefix = UsageError.kind + ": "
        if let range = line.range(of: usagePrefix) {
            self.init(text: String(line[range.upperBound...]), isUsageError: true)
            printedBefore = String(line[..<range.lowerBound])
            return
        }
        for kind in Self.standardKinds {
            if let range = line.range(of: kind) {
                let before = line[..<range.lowerBound]
                if before.isEmpty || before.hasSuffix(": ") {
                    self.init(text: String(line[range.lowerBound...]), isUsageError: false)
                    return
                }
            }
        }
        return nil
    }

    init(text: String, isUsageError: Bool, printedBefore: String = "") {
        self.text = text
        self.isUsageError = isUsageError
        self.printedBefore = printedBefore
    }

    /// As the snippet's output shows it after `file:line:col: `, in the compiler's manner for a
    /// usage error (`error: The size of tensor a (2) …`).
    var shown: String { isUsageError ? "error: " + text : text }
}
