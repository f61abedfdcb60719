import Foundation

/// Reading the pages this renderer wrote, which is all the print book reads: text never holds a
/// raw `<` (the renderer escapes it), and attribute values are always in double quotes.
enum HTMLTags {
    /// `html` with the value of every double-quoted attribute of every tag replaced by
    /// `transform(name, value)`; text, comments and everything else are kept byte for byte.
    static func rewritingAttributes(_ html: String, _ transform: (String, String) -> String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        var inTag = false
        while index < bytes.count {
            let byte = bytes[index]
            if !inTag {
                if byte == UInt8(ascii: "<"), index + 1 < bytes.count, isLetter(bytes[index + 1]) { inTag = true }
                output.append(byte)
                index += 1
                continue
            }
            if byte == UInt8(ascii: ">") {
                inTag = false
                output.append(byte)
                index += 1
                continue
            }
            // An attribute `name="value"`: the name runs back from `=` to the previous space.
            if byte == UInt8(ascii: "="), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                var nameStart = output.count
                while nameStart > 0, !isSpace(output[nameStart - 1]) { nameStart -= 1 }
                let name = String(decoding: output[nameStart...], as: UTF8.self)
                let valueStart = index + 2
                var valueEnd = valueStart
                while valueEnd < bytes.count, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                output.append(contentsOf: Array("=\"".utf8))
                output.append(contentsOf: Array(transform(name, value).utf8))
                output.append(UInt8(ascii: "\""))
                index = valueEnd + 1
                continue
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The part of `html` from the end of the first `open` to the start of the next `close`.
    static func between(_ html: String, _ open: String, _ close: String) -> Substring? {
        guard let start = html.range(of: open), let end = html[start.upperBound...].range(of: close) else {
            return nil
        }
        return html[start.upperBound..<end.lowerBound]
    }

    /// `html` without the elements that start with `open` and end at the first `close` after it.
    static func removing(_ html: String, _ open: String, through close: String) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            result += rest[..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// The text of an HTML fragment: tags dropped, the few entities the renderer writes decoded,
    /// white space collapsed.
    static func text(_ html: some StringProtocol) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        let decoded = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
    }
}
