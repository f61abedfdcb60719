/// A lesson's Markdown tree with its math spans, ready for the renderers.
///
/// The engine's `Lesson.document` was parsed without math protection, so a lesson that may hold
/// math is parsed again here from `Lesson.source` with `MathSpans.protect`. Lessons without a `$`
/// keep the engine's tree and cost nothing extra.
struct PreparedLesson {
    var document: Markup
    var math: [MathSpan]

    init(_ lesson: Lesson) {
        guard MathSpans.mightContainMath(lesson.source) else {
            document = lesson.document
            math = []
            return
        }
        let (text, spans) = MathSpans.protect(Self.blankingFrontMatter(lesson.source))
        document = MarkdownParser.parse(text, firstLine: 1)
        math = spans
    }

    /// The source with its front matter lines emptied, so that lines keep their file numbers.
    static func blankingFrontMatter(_ source: String) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: " \r") == "---" else { return source }
        guard let end = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingCharacters(in: " \r")
            return line == "---" || line == "..."
        }) else { return source }
        for index in 0...end { lines[index] = "" }
        return lines.joined(separator: "\n")
    }

    /// The span a placeholder scalar stands for.
    func span(_ scalar: Unicode.Scalar) -> MathSpan? {
        guard let index = MathSpans.index(of: scalar), index < math.count else { return nil }
        return math[index]
    }

    /// `text` with every placeholder put back as the author wrote it (for code, URLs, raw HTML).
    func restoring(_ text: String) -> String {
        guard !math.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let span = span(scalar) {
                result.append(contentsOf: span.raw.unicodeScalars)
                changed = true
            } else if scalar == MathSpans.filler {
                changed = true
            } else {
                result.append(scalar)
            }
        }
        return changed ? String(result) : text
    }

    /// Plain text of inline content with formulas as their LaTeX source (for titles and ids).
    func plainText(_ node: Markup) -> String {
        restoring(node.plainText)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return s
    }
}
