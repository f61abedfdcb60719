import LessonCore

/// Inline values on the pages: each `` `{swift} expr` `` code span the lesson program evaluated
/// becomes the value's text, shown as plain text (escaped, never read as Markdown, not as code).
/// A value that was not evaluated (the program stopped before it) keeps its code span, so the page
/// shows what is missing; `check` reports why.
struct InlineValueText {
    /// Value text by line and expression.
    private let values: [Key: String]

    private struct Key: Hashable {
        var line: Int
        var expression: String
    }

    init(_ result: LessonResult) {
        var values: [Key: String] = [:]
        for (value, text) in zip(result.lesson.inlineValues, result.inlineValues) {
            if let text { values[Key(line: value.line, expression: value.expression)] = text }
        }
        self.values = values
    }

    var isEmpty: Bool { values.isEmpty }

    /// The value of the code span `code` on `line`, if it is an evaluated inline value.
    func value(code: String, line: Int?) -> String? {
        guard let line, let expression = InlineValue.expression(inCodeSpan: code) else { return nil }
        return values[Key(line: line, expression: expression)]
    }

    /// `node` with every evaluated inline value's code span replaced by a text node.
    /// `restoring` puts back what the math pass hid in the span's text.
    func substituting(in node: Markup, restoring: (String) -> String) -> Markup {
        guard !values.isEmpty else { return node }
        if case .code(let code) = node.kind, let text = value(code: restoring(code), line: node.range?.start.line) {
            return Markup(.text(text), range: node.range)
        }
        guard !node.children.isEmpty, !node.isCodeBlockOrHTML else { return node }
        var copy = node
        copy.children = node.children.map { substituting(in: $0, restoring: restoring) }
        return copy
    }

    /// The Markdown source with every evaluated inline value's code span replaced by its text,
    /// escaped so that it shows literally. Lines do not move.
    func markdownSource(_ bytes: [UInt8], lesson: Lesson) -> [UInt8] {
        guard !values.isEmpty else { return bytes }
        let lines = SourceLines(bytes: bytes)
        var edits: [(range: Range<Int>, text: String)] = []
        for value in lesson.inlineValues {
            guard let text = values[Key(line: value.line, expression: value.expression)], value.line <= lines.count,
                let span = Self.codeSpan(of: value.expression, in: lines[value.line])
            else { continue }
            edits.append((span, MarkdownLessonRenderer.escapeText(text)))
        }
        var result = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: edit.text.utf8)
        }
        return result
    }

    /// The byte range of the code span `` `{swift} expression` `` in `line`, backticks included
    /// (any run length, with the optional space inside each end).
    static func codeSpan(of expression: String, in line: ArraySlice<UInt8>) -> Range<Int>? {
        let needle = Array((InlineValue.marker + expression).utf8)
        guard var start = line.firstRange(of: needle)?.lowerBound else { return nil }
        var end = start + needle.count
        if start > line.startIndex, line[start - 1] == UInt8(ascii: " ") { start -= 1 }
        var open = 0
        while start > line.startIndex, line[start - 1] == UInt8(ascii: "`") {
            start -= 1
            open += 1
        }
        while end < line.endIndex, line[end] == UInt8(ascii: " ") { end += 1 }
        var close = 0
        while end < line.endIndex, line[end] == UInt8(ascii: "`"), close < open {
            end += 1
            close += 1
        }
        return open > 0 && close == open ? start..<end : nil
    }
}

extension Markup {
    /// Blocks whose content is not inlines: nothing in them is an inline value.
    fileprivate var isCodeBlockOrHTML: Bool {
        switch kind {
        case .codeBlock, .htmlBlock: return true
        default: return false
        }
    }
}
