import LessonCore

/// A lesson's Markdown tree with its math spans, ready for the renderers.
///
/// The engine's `Lesson.document` was parsed without math protection. Lessons without a `$` keep
/// it as it is. Otherwise the formulas are found in the source with `MathSpans.protect`, and:
/// - when cmark left every formula intact in the engine's tree (no escapes, emphasis or entities
///   inside, the usual case), the same formulas are found again in its text nodes and replaced
///   there, which costs far less than parsing again;
/// - otherwise, or whenever the two searches disagree in any way, the protected source is parsed
///   again, so a formula is never shown as cmark mangled it.
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
        var found: [MathSpan] = []
        let rewritten = Self.protectingText(lesson.document, spans: &found)
        if found.map(\.raw) == spans.map(\.raw) {
            document = rewritten ?? lesson.document
            math = found
        } else {
            document = MarkdownParser.parse(text, firstLine: 1)
            math = spans
        }
    }

    /// `node` with formulas in its runs of adjacent text nodes replaced by placeholders, or nil
    /// when nothing in it changed (no copy made).
    private static func protectingText(_ node: borrowing Markup, spans: inout [MathSpan]) -> Markup? {
        // Children are borrowed through a buffer, not copied (a copy retains all a node holds).
        let children = node.children.withUnsafeBufferPointer { protectingText(in: $0, spans: &spans) }
        guard let children else { return nil }
        var changed = copy node
        changed.children = children
        return changed
    }

    /// `nodes` with formulas replaced as `protectingText(_:spans:)` does, or nil when none changed.
    private static func protectingText(in nodes: UnsafeBufferPointer<Markup>, spans: inout [MathSpan]) -> [Markup]? {
        var children: [Markup]?
        var index = 0
        while index < nodes.count {
            guard case .text = nodes[index].kind else {
                // Code blocks hold no math; every other node may hold text further down.
                let changed = nodes[index].isCodeBlock ? nil : protectingText(nodes[index], spans: &spans)
                if changed != nil, children == nil { children = Self.copy(nodes, upTo: index) }
                children?.append(changed ?? nodes[index])
                index += 1
                continue
            }
            // cmark splits text at `[`, `!` and the like: join the run before looking for `$…$`
            // (only when some piece has a dollar: a run without one holds no formula).
            var end = index
            var hasDollar = false
            while end < nodes.count, case .text(let piece) = nodes[end].kind {
                hasDollar = hasDollar || MathSpans.mightContainMath(piece)
                end += 1
            }
            if hasDollar {
                var run = ""
                for piece in nodes[index..<end] {
                    if case .text(let text) = piece.kind { run += text }
                }
                let (protected, found) = MathSpans.protect(run, firstIndex: spans.count)
                if !found.isEmpty {
                    spans += found
                    if children == nil { children = Self.copy(nodes, upTo: index) }
                    children!.append(Markup(.text(protected), range: nodes[index].range))
                    index = end
                    continue
                }
            }
            children?.append(contentsOf: nodes[index..<end])
            index = end
        }
        return children
    }

    /// The first children of a node being rewritten, with room for all of them.
    private static func copy(_ all: UnsafeBufferPointer<Markup>, upTo end: Int) -> [Markup] {
        var children: [Markup] = []
        children.reserveCapacity(all.count)
        children.append(contentsOf: all[..<end])
        return children
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
        replacingPlaceholders(in: text) { $0.raw }
    }

    /// `text` with every formula as a reader sees it in a line of text (`$w = -1$` reads `w = −1`),
    /// for short excerpts such as the list of exercises.
    func reading(_ text: String) -> String {
        replacingPlaceholders(in: text) { MathText.plain($0.tex) }
    }

    /// `text` with each placeholder replaced by `spanText` of its formula (fillers dropped).
    private func replacingPlaceholders(in text: String, _ spanText: (MathSpan) -> String) -> String {
        guard !math.isEmpty, Self.mayHoldPlaceholder(text) else { return text }
        var result = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let span = span(scalar) {
                result.append(contentsOf: spanText(span).unicodeScalars)
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

extension Markup {
    fileprivate var isCodeBlock: Bool {
        if case .codeBlock = kind { return true }
        return false
    }
}
