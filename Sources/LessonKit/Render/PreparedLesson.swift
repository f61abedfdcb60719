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
        let lines = SourceLines(source)
        guard let end = lines.frontMatterEnd else { return source }
        // One newline per front matter line; the rest of the source is copied as is.
        let body = lines.bytes[min(lines.ranges[end - 1].upperBound + 1, lines.bytes.count)...]
        return String(repeating: "\n", count: end) + String(decoding: body, as: UTF8.self)
    }

    /// The span a placeholder scalar stands for.
    func span(_ scalar: Unicode.Scalar) -> MathSpan? {
        guard let index = MathSpans.index(of: scalar), index < math.count else { return nil }
        return math[index]
    }

    /// `text` with every placeholder put back as the author wrote it (for code, URLs, raw HTML).
    func restoring(_ text: String) -> String {
        guard !math.isEmpty, Self.mayHoldPlaceholder(text) else { return text }
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

    /// False when `text` surely holds no placeholder: both U+E000 and U+F0000… start with a UTF-8
    /// byte of 0xEE or more, which Latin and Cyrillic text never contains.
    static func mayHoldPlaceholder(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0xEE }
    }

    /// Plain text of inline content with formulas as their LaTeX source (for titles and ids).
    func plainText(_ node: Markup) -> String {
        restoring(node.plainText)
    }
}
