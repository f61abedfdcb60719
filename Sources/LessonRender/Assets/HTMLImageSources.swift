import LessonCore

/// The `src` attributes of `<img>` tags in raw HTML: a small scanner, not an HTML parser. Enough
/// for what authors write in Markdown (`<img src="x.png" width="300">`); comments are skipped.
enum HTMLImageSources {
    /// Each `src` value (entities `&amp;` decoded) and the byte range of its text (inside quotes).
    static func find(in bytes: ArraySlice<UInt8>) -> [(value: String, range: Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index...].starts(with: "<!--".utf8) {
                index = end(of: "-->", in: bytes, from: index + 4)
                continue
            }
            // `<img` in any case, then a space, `/` or `>` (not `<imgs`).
            let name = bytes[(index + 1)...].prefix(3).map { $0 | 0x20 }
            let after = index + 4 < bytes.endIndex ? bytes[index + 4] : UInt8(ascii: ">")
            guard name.elementsEqual("img".utf8),
                isSpace(after) || after == UInt8(ascii: "/") || after == UInt8(ascii: ">")
            else {
                index += 1
                continue
            }
            index += 4
            // Attributes up to the end of the tag.
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: ">") {
                if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                let nameStart = index
                while index < bytes.endIndex, !isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) { index += 1 }
                let attribute = bytes[nameStart..<index].map { $0 | 0x20 }
                while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.endIndex else { break }
                let valueRange: Range<Int>
                if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let close = bytes[(index + 1)...].firstIndex(of: quote) ?? bytes.endIndex
                    valueRange = (index + 1)..<close
                    index = min(close + 1, bytes.endIndex)
                } else {
                    let start = index
                    while index < bytes.endIndex, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        index += 1
                    }
                    valueRange = start..<index
                }
                if attribute.elementsEqual("src".utf8) {
                    let value = String(decoding: bytes[valueRange], as: UTF8.self).replacingAll("&amp;", with: "&")
                    found.append((value, valueRange))
                }
            }
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func end(of marker: String, in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.endIndex {
            if bytes[index...].starts(with: marker.utf8) { return index + marker.utf8.count }
            index += 1
        }
        return bytes.endIndex
    }
}
