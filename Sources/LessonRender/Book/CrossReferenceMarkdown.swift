/// Labels and references on the Markdown page, which copies the author's lines: the label syntax
/// becomes anchors and numbers, each resolved reference a link. Edits stay within their line, so
/// the renderer's line splices still find their blocks.
struct CrossReferenceMarkdown {
    let labels: LessonLabels
    let references: [Int: [BookIndex.ResolvedReference]]
    let words: ReferenceWords

    /// `bytes` (the lesson's source) with the label syntax and the references replaced.
    func source(_ bytes: [UInt8]) -> [UInt8] {
        guard !labels.markdownEdits.isEmpty || !references.isEmpty else { return bytes }
        let lines = SourceLines(bytes: bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        for number in 1...lines.count {
            if number > 1 { out.append(0x0A) }
            let edits = labels.markdownEdits[number] ?? []
            let found = references[number] ?? []
            guard !edits.isEmpty || !found.isEmpty else {
                out += lines[number]
                continue
            }
            var line = String(decoding: lines[number], as: UTF8.self)
            for edit in edits { line = apply(edit, to: line) }
            if !found.isEmpty { line = replacingReferences(found, in: line) }
            out += line.utf8
        }
        return out
    }

    private func apply(_ edit: LessonLabels.MarkdownEdit, to line: String) -> String {
        switch edit {
        case .headingLabel(let label):
            guard let (text, _) = CrossReferenceSyntax.trailingLabel(line) else { return line }
            return text + " " + Self.anchor(label)
        case .equationLabel(_, let number):
            guard let (text, _) = CrossReferenceSyntax.trailingLabel(line), text.hasSuffix("$$") else { return line }
            return String(text.dropLast(2)) + " \\tag{\(number)} $$"
        case .tableCaption(let caption):
            guard let colon = line.firstIndex(of: ":") else { return line }
            let indent = line[..<colon]
            var text = String(line[line.index(after: colon)...].drop { $0 == " " })
            if let (rest, _) = CrossReferenceSyntax.trailingLabel(text) { text = rest }
            guard let number = caption.number else { return indent + text }
            return indent + (caption.label.map(Self.anchor) ?? "") + "*\(words.table) \(number).* " + text
        }
    }

    /// `line` with the references resolved on it replaced by links, in order; references in code
    /// spans and escaped ones (`\@`) are left alone.
    private func replacingReferences(_ resolved: [BookIndex.ResolvedReference], in line: String) -> String {
        var pending = resolved[...]
        var result = ""
        var rest = line.startIndex
        for reference in CrossReferenceSyntax.references(inSourceLine: line) {
            guard let next = pending.first, next.label == reference.label, next.numberOnly == reference.numberOnly
            else { continue }
            pending = pending.dropFirst()
            result += line[rest..<reference.range.lowerBound]
            result += "[\(MarkdownLessonRenderer.escapeText(next.text))](\(next.destination))"
            rest = reference.range.upperBound
        }
        return result + line[rest...]
    }

    static func anchor(_ label: String) -> String {
        "<a id=\"\(HTMLBuilder.escape(label))\"></a>"
    }

    /// A figure: its anchor, the image, and its caption under it.
    static func figure(path: String, caption: Caption?, svg: String, words: ReferenceWords) -> String {
        guard let caption else {
            var alt = words.figure
            if let title = SVGInliner.title(of: svg) { alt += ": " + title }
            return "![\(MarkdownLessonRenderer.escapeText(alt))](\(path))"
        }
        let line = MarkdownLessonRenderer.escapeText(caption.line(words.figure))
        return (caption.label.map(anchor) ?? "") + "![\(line)](\(path))\n\n*\(line)*"
    }

    /// A snippet table's caption line, then a blank line; empty when it has none.
    static func tableCaption(_ caption: Caption?, words: ReferenceWords) -> String {
        guard let caption else { return "" }
        return (caption.label.map(anchor) ?? "")
            + "*\(MarkdownLessonRenderer.escapeText(caption.line(words.table)))*\n\n"
    }
}
