import LessonCore

/// Labels and numbers that must match between two editions of a book: every label (`{#sec-…}`,
/// `{#fig-…}`, `//| label:`, an exercise's) a lesson of the source defines, its translation defines
/// too, with the same number; and no other.
package enum EditionLabels {
    /// The differences between the source's book and a translation's, at the translation's lines.
    /// Lessons one of the two editions lacks are left out (a missing translation is reported once,
    /// as such).
    package static func differences(
        source: BookIndex, translation: BookIndex, severity: Diagnostic.Severity = .error
    ) -> [Diagnostic] {
        let sourceLessons = Dictionary(
            source.entries.map { ($0.result.lesson.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [Diagnostic] = []
        for entry in translation.entries {
            guard let original = sourceLessons[entry.result.lesson.slug] else { continue }
            let path = entry.result.lesson.path
            let theirs = Dictionary(
                original.labels.targets.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
            let ours = Dictionary(entry.labels.targets.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
            for target in entry.labels.targets {
                guard let counterpart = theirs[target.label] else {
                    problems.append(
                        Diagnostic(
                            severity, path: path, line: target.line,
                            message: "label '\(target.label)' is not in the source edition "
                                + "(\(original.result.lesson.path))"))
                    continue
                }
                if target.kind != .sec && counterpart.number != target.number {
                    problems.append(
                        Diagnostic(
                            severity, path: path, line: target.line,
                            message: "'\(target.label)' is numbered \(target.number) here but \(counterpart.number) "
                                + "in the source (\(original.result.lesson.path):\(counterpart.line))"))
                }
            }
            for target in original.labels.targets where ours[target.label] == nil {
                problems.append(
                    Diagnostic(
                        severity, path: path, line: 1,
                        message:
                            "label '\(target.label)' of the source (\(original.result.lesson.path):\(target.line)) "
                            + "is missing in this edition"))
            }
        }
        return problems
    }
}
