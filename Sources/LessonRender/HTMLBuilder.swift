import LessonCore

/// Accumulates an HTML document as UTF-8 bytes.
///
/// All escaping of text and attribute values happens here, so no caller can forget it: `text(_:)`
/// and attribute values are always escaped; only `raw(_:)` passes markup through, and it is used
/// for markup this module generated itself (MathML, highlighted code, sanitised SVG).
package struct HTMLBuilder {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `string` as text content: `&`, `<` and `>` are escaped.
    package mutating func text(_ string: String) {
        Self.appendEscaped(string, to: &bytes, quotes: false)
    }

    /// Appends Unicode scalars as text content, escaped as `text(_:)` escapes a string of them.
    package mutating func text(scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars {
            if scalar.isASCII {
                Self.appendEscaped(UInt8(truncatingIfNeeded: scalar.value), to: &bytes, quotes: false)
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// Appends markup that is already valid HTML.
    package mutating func raw(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// Appends markup that is already valid HTML, as UTF-8 bytes (another builder's output).
    package mutating func raw(bytes other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Opens `<tag attr="value">`; attributes whose value is nil are left out, empty ones are kept.
    package mutating func open(_ tag: String, _ attributes: [(String, String?)] = []) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.utf8)
        for (name, value) in attributes { attribute(name, value) }
        bytes.append(UInt8(ascii: ">"))
    }

    /// `open(tag, [(name, value)])` without building an array (for tags written very often).
    package mutating func open(_ tag: String, _ name: String, _ value: String?) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.utf8)
        attribute(name, value)
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        Self.appendEscaped(value, to: &bytes, quotes: true)
        bytes.append(UInt8(ascii: "\""))
    }

    package mutating func close(_ tag: String) {
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: tag.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<tag …>text</tag>` with the text escaped.
    package mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], text content: String) {
        open(tag, attributes)
        text(content)
        close(tag)
    }

    package mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The accumulated document as a string.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `string` with HTML's special characters escaped (quotes too), for places that build strings.
    package static func escape(_ string: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(string.utf8.count)
        appendEscaped(string, to: &out, quotes: true)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendEscaped(_ string: String, to out: inout [UInt8], quotes: Bool) {
        var string = string
        string.withUTF8 { utf8 in
            // Runs of bytes that need no escape are appended at once (most text is one run).
            var start = 0
            for index in utf8.indices where needsEscape(utf8[index], quotes: quotes) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscaped(utf8[index], to: &out, quotes: quotes)
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8, quotes: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0: true
        case UInt8(ascii: "\""): quotes
        default: false
        }
    }

    @inline(__always)
    private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8], quotes: Bool) {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\"") where quotes: out.append(contentsOf: "&quot;".utf8)
        // NUL is a parse error in HTML; the replacement character is what a browser would show.
        case 0: out.append(contentsOf: "\u{FFFD}".utf8)
        default: out.append(byte)
        }
    }
}
