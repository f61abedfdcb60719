/// The line printed per lesson while lessons run, e.g.
/// `✓ Lessons/02-relu.md  10 snippets  compiled  0.84 s`.
public enum ProgressLine {
    public static func format(_ result: LessonResult) -> String {
        let ok =
            result.diagnostics.isEmpty
            && result.snippets.allSatisfy { $0.status == .succeeded || $0.status == .failedAsExpected }
        let count = result.snippets.count
        let how = result.cached ? "cached" : "compiled  " + seconds(result.duration)
        return "\(ok ? "✓" : "✗") \(result.lesson.path)  \(count) snippet\(count == 1 ? "" : "s")  \(how)"
    }

    /// `0.84 s`.
    public static func seconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) s"
    }
}
