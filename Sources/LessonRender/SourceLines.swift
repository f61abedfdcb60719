import LessonCore

/// A text split into lines once, as byte ranges of its UTF-8 (lines exclude their newline), for
/// the line-based work of the renderers without re-splitting strings by `Character`.
struct SourceLines {
    let bytes: [UInt8]
    /// Line `n` (1-based) is `bytes[ranges[n - 1]]`.
    let ranges: [Range<Int>]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Lines of UTF-8 text already in bytes.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        var ranges: [Range<Int>] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0..<buffer.count where buffer[offset] == UInt8(ascii: "\n") {
                ranges.append(start..<offset)
                start = offset + 1
            }
        }
        ranges.append(start..<bytes.count)
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    /// Line `number`, 1-based.
    subscript(number: Int) -> ArraySlice<UInt8> { bytes[ranges[number - 1]] }

    /// Line `number` without surrounding spaces, tabs and carriage returns.
    func trimmed(_ number: Int) -> ArraySlice<UInt8> { Self.trim(self[number]) }

    static func trim(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var line = line
        while let first = line.first, isSpace(first) { line = line.dropFirst() }
        while let last = line.last, isSpace(last) { line = line.dropLast() }
        return line
    }

    /// The line number of the closing `---` (or `...`) of front matter opening on line 1, if any.
    var frontMatterEnd: Int? {
        guard trimmed(1).elementsEqual("---".utf8) else { return nil }
        for number in 2...max(2, count) where number <= count {
            let line = trimmed(number)
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) { return number }
        }
        return nil
    }
}
