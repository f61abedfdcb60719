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
    private static func rewrite(
        _ node: borrowing Markup, bytes: [UInt8], lines: [Range<Int>], lineOffset: Int
    ) -> Markup? {
        switch node.kind {
        case .paragraph:
            guard let range = node.range else { return nil }
            return table(from: range, bytes: bytes, lines: lines, lineOffset: lineOffset)
        // Paragraphs sit only in the document, quotes and list items; other nodes hold none.
        case .document, .blockQuote, .list, .item: break
        default: return nil
        }
        // Children are borrowed through a buffer, not copied (a copy retains all a node holds).
        var children: [Markup]?
        node.children.withUnsafeBufferPointer { nodes in
            for index in nodes.indices {
                guard let changed = rewrite(nodes[index], bytes: bytes, lines: lines, lineOffset: lineOffset) else {
                    continue
                }
                if children == nil { children = Array(nodes) }
                children![index] = changed
            }
        }
        guard let children else { return nil }
        var copy = copy node
        copy.children = children
        return copy
    }

    private static func table(from range: SourceRange, bytes: [UInt8], lines: [Range<Int>], lineOffset: Int) -> Markup?
    {
        let first = range.start.line - lineOffset - 1
        let last = range.end.line - lineOffset - 1
        guard first >= 0, last < lines.count, last - first >= 1 else { return nil }
        // Cheap test on the bytes first: a table's lines all contain a pipe.
        guard lines[first...last].allSatisfy({ bytes[$0].contains(UInt8(ascii: "|")) }) else { return nil }
        let rows = lines[first...last].map { String(decoding: bytes[$0], as: UTF8.self).trimmingSpaces }
        let header = cells(of: rows[0])
        guard let alignments = delimiterRow(rows[1]), alignments.count == header.count else { return nil }
        func row(_ texts: [String], line: Int, isHeader: Bool) -> Markup {
            var padded = Array(texts.prefix(alignments.count))
            while padded.count < alignments.count { padded.append("") }
            let cells = padded.map { text in
                Markup(.tableCell, children: inlines(of: text, line: line), range: nil)
            }
            let position = SourcePosition(line: line, column: 1)
            return Markup(
                .tableRow(isHeader: isHeader), children: cells, range: SourceRange(start: position, end: position))
        }
        var children = [row(header, line: range.start.line, isHeader: true)]
        for (offset, text) in rows.dropFirst(2).enumerated() {
            children.append(row(cells(of: text), line: range.start.line + 2 + offset, isHeader: false))
        }
        return Markup(.table(alignments: alignments), children: children, range: range)
    }

    /// Splits a row into cell texts, honouring `\|` escapes and optional outer pipes.
    static func cells(of row: String) -> [String] {
        if let cells = cellsOfSimpleRow(row) { return cells }
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

    /// `cells(of:)` on bytes, for a row where every byte that walk compares (pipe, backslash,
    /// backtick, space, tab, CR) has ASCII bytes on both sides: then each of them is a `Character`
    /// of its own (no combining mark or prepended scalar joins it), and both walks agree. Nil otherwise.
    private static func cellsOfSimpleRow(_ row: String) -> [String]? {
        let pipe = UInt8(ascii: "|")
        let backslash = UInt8(ascii: "\\")
        let backtick = UInt8(ascii: "`")
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        let cr = UInt8(ascii: "\r")
        let bytes = Array(row.utf8)
        for (index, byte) in bytes.enumerated()
        where byte == pipe || byte == backslash || byte == backtick || byte == space || byte == tab || byte == cr {
            if index > 0 && bytes[index - 1] >= 0x80 { return nil }
            if index + 1 < bytes.count && bytes[index + 1] >= 0x80 { return nil }
        }
        var cells: [ArraySlice<UInt8>] = []
        var current: [UInt8] = []
        var escaped = false
        var inCode = false
        for byte in bytes {
            if escaped {
                if byte != pipe { current.append(backslash) }
                current.append(byte)
                escaped = false
            } else if byte == backslash {
                escaped = true
            } else if byte == backtick {
                inCode.toggle()
                current.append(byte)
            } else if byte == pipe && !inCode {
                cells.append(current[...])
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        if escaped { current.append(backslash) }
        cells.append(current[...])
        if bytes.first == pipe { cells.removeFirst() }
        if bytes.last == pipe && !(bytes.count >= 2 && bytes[bytes.count - 2] == backslash) && cells.count > 0 {
            cells.removeLast()
        }
        return cells.map { cell in
            var cell = cell
            while let first = cell.first, first == space || first == tab { cell.removeFirst() }
            while let last = cell.last, last == space || last == tab || last == cr { cell.removeLast() }
            return String(decoding: cell, as: UTF8.self)
        }
    }

    private static func delimiterRow(_ row: String) -> [Markup.TableAlignment]? {
        var alignments: [Markup.TableAlignment] = []
        for cell in cells(of: row) {
            // Bytes, not `String.contains`: with Foundation imported that is a slow `range(of:)`.
            guard !cell.isEmpty, cell.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }),
                cell.utf8.contains(UInt8(ascii: "-"))
            else { return nil }
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
        if let plain = plainCell(text, line: line) { return plain }
        let parsed = MarkdownParser.parse(text, firstLine: line)
        return parsed.children.first?.children ?? []
    }

    /// What cmark makes of a cell that is surely plain text (`0`, `-1`, `ReLU(x)`, `функция`): one
    /// text node spanning the cell; nil when cmark must decide. Parsing each cell with cmark costs
    /// a whole parser, and most cells are words and numbers.
    static func plainCell(_ text: String, line: Int) -> [Markup]? {
        let utf8 = text.utf8
        guard let first = utf8.first else { return [] }
        // A block can start only with these; a digit run is an ordered list marker before `.` or `)`.
        func isAlphanumeric(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
        }
        var index = utf8.startIndex
        if first >= 0x30 && first <= 0x39 {
            while index != utf8.endIndex, utf8[index] >= 0x30 && utf8[index] <= 0x39 {
                index = utf8.index(after: index)
            }
            if index != utf8.endIndex, utf8[index] == UInt8(ascii: ".") || utf8[index] == UInt8(ascii: ")") {
                return nil
            }
        } else if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            // `-1` is text; `- x`, `-` and `---` are a list item and a thematic break.
            let second = utf8.dropFirst().first
            guard let second, isAlphanumeric(second) else { return nil }
        } else if !isAlphanumeric(first) && first != UInt8(ascii: "(") {
            return nil
        }
        // Inside, only bytes that are never Markdown syntax (no `\\`, `*`, `_`, `[`, `!`, `<`, `&`, `` ` ``,
        // tabs or controls; quotes matter only to smart punctuation, which is off): cmark then keeps
        // the whole cell as one text node.
        for byte in utf8 where !isAlphanumeric(byte) {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "."),
                UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
                UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "'"),
                UInt8(ascii: "\""):
                continue
            default:
                return nil
            }
        }
        let range = SourceRange(
            start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line, column: utf8.count))
        return [Markup(.text(text), range: range)]
    }
}

extension String {
    package var trimmingSpaces: String {
        // A first or last `Character` that is a space, tab or CR is that one byte.
        let first = utf8.first
        let last = utf8.last
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 && last != 0x0D { return self }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return String(s)
    }
}
