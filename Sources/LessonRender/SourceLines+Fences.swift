import LessonCore

/// What the Markdown page needs to know about the fences of the author's code blocks, which cmark
/// does not report (its API gives a code block's text and info string, not its fence), and about
/// the containers lines written in a code block's place must continue.
extension SourceLines {
    /// The line that closes the fenced code block at `range` (with `info` and `code`) when the lesson
    /// leaves it open to its end, or nil when it is closed, indented, or followed by more text.
    ///
    /// An open fence takes in everything after it, so the page's footer would become code; the
    /// closing line repeats the opening fence under the same block-quote markers and indentation,
    /// which ends the block without changing its text.
    func closingFence(forOpenBlockAt range: SourceRange, info: String, code: String) -> String? {
        let start = range.start
        let end = range.end
        guard start.line >= 1, end.line <= count, start.line <= end.line else { return nil }
        // Only a block that reaches the end of the lesson runs on into what the page appends.
        if end.line < count, ((end.line + 1)...count).contains(where: { !trimmed($0).isEmpty }) { return nil }
        let opening = self[start.line]
        let column = opening.startIndex + max(0, start.column - 1)
        guard column < opening.endIndex else { return nil }
        let character = opening[column]
        guard character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
        let run = opening[column...].prefix { $0 == character }.count
        guard run >= 3 else { return nil }
        let contentLines = code.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        // Indented code whose first line happens to start with ``` holds that line as its text.
        let firstLine = code.utf8.prefix { $0 != UInt8(ascii: "\n") }
        if info.isEmpty, opening[column...].elementsEqual(firstLine) { return nil }
        // Closed: the opening line, the code, and a closing fence as the last line of the range.
        if end.line - start.line + 1 == contentLines + 2 && isClosingFence(end.line, character: character, length: run)
        {
            return nil
        }
        return continuationPrefix(before: start) + String(repeating: Character(Unicode.Scalar(character)), count: run)
    }

    /// What a line continuing the blocks that hold `position` starts with: the text before it on
    /// its line with block-quote markers and tabs kept and everything else (list markers, spaces)
    /// as spaces. `- ```` ` continues as two spaces, `> 1. ```` ` as `>    `.
    func continuationPrefix(before position: SourcePosition) -> String {
        guard position.line >= 1, position.line <= count else { return "" }
        let line = self[position.line]
        let end = min(line.endIndex, line.startIndex + max(0, position.column - 1))
        let prefix = line[line.startIndex..<end].map { byte -> UInt8 in
            byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\t") ? byte : UInt8(ascii: " ")
        }
        return String(decoding: prefix, as: UTF8.self)
    }

    /// True when line `number`, after block-quote markers and indentation, is a run of at least
    /// `length` of `character` and nothing else.
    private func isClosingFence(_ number: Int, character: UInt8, length: Int) -> Bool {
        var line = self[number]
        while let first = line.first, first == 0x20 || first == 0x09 || first == UInt8(ascii: ">") {
            line = line.dropFirst()
        }
        let run = line.prefix { $0 == character }.count
        return run >= length && Self.trim(line.dropFirst(run)).isEmpty
    }
}
