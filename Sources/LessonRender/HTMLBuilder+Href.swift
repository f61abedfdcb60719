import LessonCore

extension HTMLBuilder {
    /// A link or image destination from Markdown as cmark writes it into `href` and `src`
    /// (its `houdini_escape_href`): letters, digits and `-_.+!*'(),%#@?=;:/&$~` stay, every other
    /// byte of the UTF-8 becomes `%XX`. A space, which is invalid in an attribute URL, becomes
    /// `%20`; `\` becomes `%5C`; Cyrillic `#введение` becomes `#%D0%B2…`, which browsers decode
    /// again to find the heading. `%` stays, so a destination already encoded is not encoded twice.
    /// (`&` and `'` stay too: the attribute escaping of `open` turns `&` into `&amp;`.)
    static func href(_ destination: String) -> String {
        let utf8 = destination.utf8
        guard utf8.contains(where: { !isHrefSafe($0) }) else { return destination }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if isHrefSafe(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isHrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return hrefPunctuation.contains(byte)
        }
    }

    private static let hrefPunctuation = Set("-_.+!*'(),%#@?=;:/&$~".utf8)
}
