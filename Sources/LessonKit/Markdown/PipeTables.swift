/// Recognises GFM pipe tables, which libcmark (plain CommonMark) parses as paragraphs.
///
/// A paragraph becomes a table when its second source line is a delimiter row (`| --- | :-: |`)
/// with as many cells as the header row. Cell contents are parsed as inline Markdown by cmark.
enum PipeTables {
    static func recognise(in tree: Markup, source: String, lineOffset: Int) -> Markup {
        // Most text has no table at all: then there is nothing to split or rebuild.
        guard source.utf8.contains(UInt8(ascii: "|")) else { return tree }
        let bytes = Array(source.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(start..<offset)
            start = offset + 1
        }
        lines.append(start..<bytes.count)
        return rewrite(tree, bytes: bytes, lines: lines, lineOffset: lineOffset) ?? tree
    }

    /// The node with its tables recognised, or nil when nothing in it changed (no copy made).
    private static func rewrite(_ node: Markup, bytes: [UInt8], lines: [Range<Int>], lineOffset: Int) -> Markup? {
        if node.kind == .paragraph {
            guard let range = node.range else { return nil }
            return table(from: range, bytes: bytes, lines: lines, lineOffset: lineOffset)
        }
        var children: [Markup]?
        for (index, child) in node.children.enumerated() {
            if let changed = rewrite(child, bytes: bytes, lines: lines, lineOffset: lineOffset) {
                if children == nil { children = node.children }
                children![index] = changed
            }
        }
        guard let children else { return nil }
        var copy = node
        copy.children = children
        return copy
    }

    private static func table(from range: SourceRange, bytes: [UInt8], lines: [Range<Int>], lineOffset: Int) -> Markup? {
        let first = range.start.line - lineOffset - 1
        let last = range.end.line - lineOffset - 1
        guard first >= 0, last < lines.count, last - first >= 1 else { return nil }
        // Cheap test on the bytes first: a table's lines all contain a pipe.
        guard lines[first...last].allSatisfy({ bytes[$0].contains(UInt8(ascii: "|")) }) else { return nil }
        let rows = lines[first...last].map { String(decoding: bytes[$0], as: UTF8.self).trimmingSpaces }
        guard rows.allSatisfy({ $0.contains("|") }) else { return nil }
        let header = cells(of: rows[0])
        guard let alignments = delimiterRow(rows[1]), alignments.count == header.count else { return nil }
        func row(_ texts: [String], line: Int, isHeader: Bool) -> Markup {
            var padded = Array(texts.prefix(alignments.count))
            while padded.count < alignments.count { padded.append("") }
            let cells = padded.map { text in
                Markup(.tableCell, children: inlines(of: text, line: line), range: nil)
            }
            let position = SourcePosition(line: line, column: 1)
            return Markup(.tableRow(isHeader: isHeader), children: cells, range: SourceRange(start: position, end: position))
        }
        var children = [row(header, line: range.start.line, isHeader: true)]
        for (offset, text) in rows.dropFirst(2).enumerated() {
            children.append(row(cells(of: text), line: range.start.line + 2 + offset, isHeader: false))
        }
        return Markup(.table(alignments: alignments), children: children, range: range)
    }

    /// Splits a row into cell texts, honouring `\|` escapes and optional outer pipes.
    static func cells(of row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        var inCode = false
        for character in row {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "`" {
                inCode.toggle()
                current.append(character)
            } else if character == "|" && !inCode {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current)
        if row.hasPrefix("|") { cells.removeFirst() }
        if row.hasSuffix("|") && !row.hasSuffix("\\|") && cells.count > 0 { cells.removeLast() }
        return cells.map { $0.trimmingSpaces }
    }

    private static func delimiterRow(_ row: String) -> [Markup.TableAlignment]? {
        var alignments: [Markup.TableAlignment] = []
        for cell in cells(of: row) {
            guard !cell.isEmpty, cell.allSatisfy({ $0 == "-" || $0 == ":" }), cell.contains("-") else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments.isEmpty ? nil : alignments
    }

    private static func inlines(of text: String, line: Int) -> [Markup] {
        let parsed = MarkdownParser.parse(text, firstLine: line)
        return parsed.children.first?.children ?? []
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return String(s)
    }
}
