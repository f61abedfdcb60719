import LessonCore

/// JavaScript string literals that are safe wherever the site puts them: inside an HTML `<script>`
/// element and in a `.js` file, and that are valid JSON as well.
///
/// Beyond the quote, the backslash and control characters, `<`, `>` and `&` are written as `\u003c`,
/// `\u003e` and `\u0026`, so no text (a heading reading `</script>` or `<!--`) can end or change the
/// script element; U+2028 and U+2029, which older engines take for line ends inside a literal, are
/// escaped too. Works on UTF-8 bytes: the search index writes megabytes of text through it.
enum JavaScriptString {
    static func literal(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a quoted literal.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(bytes: $0, to: &out) }
    }

    private static func append(bytes utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var index = 0
        while index < utf8.count {
            // Bytes that need no escape, copied as one run.
            var end = index
            while end < utf8.count, !needsLook(utf8[end]) { end += 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
            guard end < utf8.count else { break }
            index = end
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "\n"):
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(ascii: "n"))
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] | 1) == 0xA9:
                appendEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                index += 2
            case 0xE2:
                out.append(byte)
            default:
                appendEscape(UInt32(byte), to: &out)  // controls, DEL, <, >, &
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// True for the bytes the loop must look at: those escaped, and the lead byte of U+2028/2029.
    @inline(__always)
    private static func needsLook(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, 0x7F, 0xE2, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "&"):
            true
        default: false
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// `\uXXXX` with four lowercase hex digits (every character escaped here is in the BMP).
    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
