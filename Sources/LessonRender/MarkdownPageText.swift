import LessonCore

/// The text of a Markdown page, written line by line, each line known to be code or not.
///
/// The renderer says which lines are code because it wrote them (fences, outputs) or found them in
/// the lesson's tree (the author's code and HTML blocks): those are kept byte for byte. Between
/// blocks, runs of blank lines become one, and the page starts and ends with no blank line.
/// Nothing here looks at a line to guess whether it opens a fence: an output that prints ``` is
/// still output.
struct MarkdownPageText {
    private var bytes: [UInt8] = []
    /// The length of `bytes` up to the last line that is not a droppable blank line.
    private var contentEnd = 0
    /// True at the start and after a blank line, when another blank line outside code is dropped.
    private var afterBlank = true

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends one line (without its newline).
    mutating func append(line: ArraySlice<UInt8>, isCode: Bool) {
        let blank = SourceLines.trim(line).isEmpty
        if blank && !isCode && afterBlank { return }
        afterBlank = blank
        bytes += line
        bytes.append(UInt8(ascii: "\n"))
        if !blank || isCode { contentEnd = bytes.count }
    }

    /// Appends each line of `text`; a final newline ends the last line rather than adding an empty
    /// one. Empty text appends nothing.
    mutating func append(text: String, isCode: Bool) {
        guard !text.isEmpty else { return }
        var body = Array(text.utf8)[...]
        if body.last == UInt8(ascii: "\n") { body = body.dropLast() }
        for line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            append(line: line, isCode: isCode)
        }
    }

    /// The page so far, ending with exactly one newline (none when it is empty).
    var text: String {
        String(decoding: bytes[..<contentEnd], as: UTF8.self)
    }
}
