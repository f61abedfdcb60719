import LessonCore

/// A walk over a lesson's tree collecting its local references (see `LessonAssets.references(in:)`):
/// images and links from cmark's tree, `<img src>` from raw HTML, and for each the bytes of the
/// source that spell its destination.
struct AssetReferenceFinder {
    let lines: SourceLines
    /// The lesson's folder inside the folder its files resolve in (`LessonAssets.base(of:)`).
    let base: String
    var references: [LessonAssets.Reference] = []
    /// The lesson's tree, for the lines of its code blocks (`codeLines`).
    private let document: Markup

    init(_ lesson: Lesson) {
        lines = SourceLines(lesson.source)
        base = LessonAssets.base(of: lesson)
        document = lesson.document
    }

    /// Lines of code blocks, where a `[label]: destination` line is code, not a definition. Only a
    /// reference-style destination needs them, so they are collected then, not for every lesson.
    private var codeLines: Set<Int> {
        var codeLines: Set<Int> = []
        // Children are borrowed through a buffer, not copied (a copy retains all a node holds).
        func collect(_ node: borrowing Markup) {
            if case .codeBlock = node.kind, let range = node.range {
                codeLines.formUnion(range.start.line...max(range.start.line, range.end.line))
            }
            node.children.withUnsafeBufferPointer { children in
                for index in children.indices { collect(children[index]) }
            }
        }
        collect(document)
        return codeLines
    }

    mutating func visit(_ node: borrowing Markup) {
        switch node.kind {
        case .image(let source, _):
            add(.image, source, node.range)
        case .link(let destination, _):
            add(.link, destination, node.range)
        case .htmlBlock(let raw), .htmlInline(let raw):
            html(raw, node.range, isBlock: node.kind == .htmlBlock(raw))
        default:
            break
        }
        node.children.withUnsafeBufferPointer { children in
            for index in children.indices { visit(children[index]) }
        }
    }

    private mutating func add(_ kind: LessonAssets.Reference.Kind, _ destination: String, _ range: SourceRange?) {
        guard let range, let target = LessonAssets.target(of: destination, from: base) else { return }
        references.append(
            LessonAssets.Reference(
                kind: kind, destination: destination, target: target, line: range.start.line,
                spans: destinationSpans(destination, range)))
    }

    // MARK: Markdown destinations in the source

    /// Where the source spells `destination` for the image or link at `range`: right after the
    /// node's `](` (the usual case), else after any `](` on its lines (cmark's columns are off in
    /// table cells), else in a `[label]: destination` definition (reference-style links).
    private func destinationSpans(_ destination: String, _ range: SourceRange) -> [Range<Int>] {
        guard range.start.line >= 1, range.end.line <= lines.count else { return [] }
        let bytes = lines.bytes
        let first = lines.ranges[range.start.line - 1].lowerBound
        let last = lines.ranges[max(range.start.line, range.end.line) - 1].upperBound
        let start = first + range.start.column - 1
        if start >= first && start < last, let opening = closingBracket(from: start, limit: last),
            opening + 1 < last, bytes[opening + 1] == UInt8(ascii: "("),
            let span = token(at: opening + 2, limit: last, matching: destination)
        {
            return [span]
        }
        var spans: [Range<Int>] = []
        var index = first
        while index + 1 < last {
            if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "("),
                let span = token(at: index + 2, limit: last, matching: destination)
            {
                spans.append(span)
            }
            index += 1
        }
        return spans.isEmpty ? definitionSpans(destination) : spans
    }

    /// The `]` that closes the `[` at (or after `!` at) `start`, skipping escapes and nested brackets.
    private func closingBracket(from start: Int, limit: Int) -> Int? {
        let bytes = lines.bytes
        var index = start
        if bytes[index] == UInt8(ascii: "!") { index += 1 }
        guard index < limit, bytes[index] == UInt8(ascii: "[") else { return nil }
        var depth = 0
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The link destination starting at `start` (after optional spaces): `<…>` (its inside) or a
    /// run up to a space or an unbalanced `)`; nil unless it unescapes to `destination`.
    private func token(at start: Int, limit: Int, matching destination: String) -> Range<Int>? {
        let bytes = lines.bytes
        var begin = start
        while begin < limit, bytes[begin] == UInt8(ascii: " ") || bytes[begin] == UInt8(ascii: "\t") { begin += 1 }
        guard begin < limit else { return nil }
        var end = begin
        if bytes[begin] == UInt8(ascii: "<") {
            begin += 1
            end = begin
            while end < limit, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "\n") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard end < limit, bytes[end] == UInt8(ascii: ">") else { return nil }
        } else {
            var depth = 0
            scan: while end < limit {
                switch bytes[end] {
                case UInt8(ascii: "\\"): end += 1
                case 0...0x20: break scan
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    if depth == 0 { break scan }
                    depth -= 1
                default: break
                }
                end += 1
            }
            end = min(end, limit)
        }
        return Self.unescaped(bytes[begin..<end]) == destination ? begin..<end : nil
    }

    /// Backslash escapes of ASCII punctuation removed, as CommonMark reads a destination.
    private static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] < 0x80,
                Character(Unicode.Scalar(bytes[index + 1])).isPunctuation
                    || Character(Unicode.Scalar(bytes[index + 1])).isSymbol
            {
                index += 1
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Destinations of `[label]: destination` definitions (up to three spaces in) that spell
    /// `destination`, outside code blocks.
    private func definitionSpans(_ destination: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let codeLines = self.codeLines
        for number in 1...lines.count where !codeLines.contains(number) {
            let range = lines.ranges[number - 1]
            var index = range.lowerBound
            while index < range.upperBound, index - range.lowerBound < 3, lines.bytes[index] == UInt8(ascii: " ") {
                index += 1
            }
            guard index < range.upperBound, lines.bytes[index] == UInt8(ascii: "["),
                let close = closingBracket(from: index, limit: range.upperBound),
                close + 1 < range.upperBound, lines.bytes[close + 1] == UInt8(ascii: ":"),
                let span = token(at: close + 2, limit: range.upperBound, matching: destination)
            else { continue }
            spans.append(span)
        }
        return spans
    }

    // MARK: Raw HTML

    /// `<img src>` in a raw HTML block or inline tag. Spans are looked up in the source lines of a
    /// block, or at the inline tag's own columns (only when the source there is the tag itself).
    private mutating func html(_ raw: String, _ range: SourceRange?, isBlock: Bool) {
        guard let range, raw.utf8.count >= 5, range.start.line >= 1, range.end.line <= lines.count else { return }
        var region: Range<Int>?
        if isBlock {
            region =
                lines.ranges[range.start.line - 1]
                .lowerBound..<lines.ranges[max(range.start.line, range.end.line) - 1].upperBound
        } else {
            let start = lines.ranges[range.start.line - 1].lowerBound + range.start.column - 1
            let end = start + raw.utf8.count
            if start >= 0, end <= lines.bytes.count, lines.bytes[start..<end].elementsEqual(raw.utf8) {
                region = start..<end
            }
        }
        if let region {
            for source in HTMLImageSources.find(in: lines.bytes[region]) {
                guard let target = LessonAssets.target(of: source.value, from: base) else { continue }
                let line =
                    range.start.line + lines.bytes[region.lowerBound..<source.range.lowerBound].count { $0 == 0x0A }
                references.append(
                    LessonAssets.Reference(
                        kind: .image, destination: source.value, target: target, line: line, spans: [source.range],
                        isHTML: true))
            }
        } else {
            // The tag is not where cmark says: still a reference (its file must exist), not rewritten.
            for source in HTMLImageSources.find(in: Array(raw.utf8)[...]) {
                guard let target = LessonAssets.target(of: source.value, from: base) else { continue }
                references.append(
                    LessonAssets.Reference(
                        kind: .image, destination: source.value, target: target, line: range.start.line, spans: [],
                        isHTML: true))
            }
        }
    }
}
