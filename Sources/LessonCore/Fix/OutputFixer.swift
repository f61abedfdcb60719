import Foundation

/// `lessons fix`: rewrites the contents of `output` fences from what the snippets printed, and with
/// `add` inserts fences for snippets that print but have none. Nothing else in the file changes,
/// byte for byte.
public enum OutputFixer {
    public struct Outcome: Sendable {
        /// The new file contents.
        public var text: String
        /// Lines (of the old file) of the fences rewritten or the snippets given a new fence.
        public var changedLines: [Int]
        /// Snippets left alone and why (output that would close the fence early).
        public var skipped: [Diagnostic]
    }

    /// Computes the fixed text of `result.lesson`. Only snippets that ran as they should are used;
    /// `nondeterministic` ones are left alone.
    public static func fix(_ result: LessonResult, add: Bool) -> Outcome {
        let lesson = result.lesson
        var lines = lesson.source.lines
        var changed: [Int] = []
        var skipped: [Diagnostic] = []
        // Bottom-up, so that earlier line numbers stay valid while lines are replaced.
        for (snippet, outcome) in zip(lesson.snippets, result.snippets).reversed() {
            guard outcome.status == .succeeded || outcome.status == .failedAsExpected, !snippet.options.nondeterministic
            else { continue }
            let text = OutputComparison.normalized(outcome.text)
            let content = text.isEmpty ? [] : text.lines
            if let expected = snippet.expectedOutput {
                let fenceIndex = expected.fenceLine - 1
                let closeIndex = expected.endLine - 1
                guard closeIndex > fenceIndex, closeIndex < lines.count, isFence(lines[closeIndex]) else { continue }
                let indent = String(lines[fenceIndex].prefix { $0 == " " })
                let fence = fenceMarker(lines[fenceIndex])
                if content.contains(where: { $0.hasPrefix(String(fence.prefix(3))) }) {
                    skipped.append(
                        Diagnostic(
                            .warning, path: lesson.path, line: expected.fenceLine,
                            message: "output contains a fence line; not rewritten"))
                    continue
                }
                let new = content.map { $0.isEmpty ? $0 : indent + $0 }
                if Array(lines[(fenceIndex + 1)..<closeIndex]) != new {
                    lines.replaceSubrange((fenceIndex + 1)..<closeIndex, with: new)
                    changed.append(expected.fenceLine)
                }
            } else if add, !content.isEmpty, !snippet.options.hideOutput {
                let endIndex = snippet.endLine - 1
                guard endIndex < lines.count, endIndex > snippet.fenceLine - 1, isFence(lines[endIndex]) else {
                    continue
                }
                let indent = String(lines[snippet.fenceLine - 1].prefix { $0 == " " })
                if content.contains(where: { $0.hasPrefix("```") }) {
                    skipped.append(
                        Diagnostic(
                            .warning, path: lesson.path, line: snippet.fenceLine,
                            message: "output contains a fence line; no fence added"))
                    continue
                }
                let block =
                    [""] + [indent + "```output"] + content.map { $0.isEmpty ? $0 : indent + $0 } + [indent + "```"]
                lines.insert(contentsOf: block, at: endIndex + 1)
                changed.append(snippet.fenceLine)
            }
        }
        return Outcome(
            text: lines.joined(separator: "\n"), changedLines: changed.reversed(), skipped: skipped.reversed())
    }

    /// Writes the fixed lesson back, unless the file changed since it was read for the run.
    /// Returns the outcome (nothing is written when nothing changed).
    @discardableResult
    public static func write(_ result: LessonResult, add: Bool) throws(LessonLoadingError) -> Outcome {
        let lesson = result.lesson
        let outcome = fix(result, add: add)
        guard lesson.loadProblems.isEmpty, outcome.text != lesson.source else { return outcome }
        let current = try? String(contentsOfFile: lesson.path, encoding: .utf8)
        guard current == lesson.source else {
            throw LessonLoadingError(
                Diagnostic(
                    path: lesson.path,
                    message: "the file changed while its snippets ran; not rewritten (run 'lessons fix' again)"))
        }
        do {
            try outcome.text.write(toFile: lesson.path, atomically: true, encoding: .utf8)
        } catch {
            throw LessonLoadingError(
                Diagnostic(path: lesson.path, message: "cannot write the file: \(error.localizedDescription)"))
        }
        return outcome
    }

    private static func fenceMarker(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " }
        guard let first = trimmed.first, first == "`" || first == "~" else { return "```" }
        return String(trimmed.prefix { $0 == first })
    }

    private static func isFence(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
    }
}
