/// A `$…$` or `$$…$$` formula cut out of a lesson before cmark parses it.
public struct MathSpan: Hashable, Sendable {
    /// The LaTeX between the dollars.
    public var tex: String
    /// `$$…$$`: shown on its own line.
    public var display: Bool
    /// The span exactly as written, dollars included.
    public var raw: String
}

/// Protects math from CommonMark, which would otherwise eat backslash escapes (`\,`, `\\`, `\{`)
/// and read `*` or `_` as emphasis inside formulas.
///
/// `protect` replaces each span with one private-use character (U+F0000 + its index), which
/// cmark treats as an ordinary letter; renderers turn it back into MathML or into the raw `$…$`.
/// Line breaks inside a display span are kept as `newline + U+E000` so line numbers stay true.
///
/// Rules, as in Pandoc: `$` opens only when followed by a non-space and closes only when preceded
/// by a non-space and not followed by a digit, so "$5 and $6" is text. `\$` is a dollar.
/// Inline math stays on one line; display math may span lines but not a blank line. Fenced code
/// and code spans are left alone.
public enum MathSpans {
    static let firstPlaceholder: UInt32 = 0xF0000
    static let maximumSpans = 0xFFFD
    /// Stands in for nothing; keeps line breaks of multi-line display math.
    public static let filler: Unicode.Scalar = "\u{E000}"

    /// The span a placeholder scalar stands for, as an index into `protect`'s `spans`.
    public static func index(of scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        guard value >= firstPlaceholder, value < firstPlaceholder + UInt32(maximumSpans) else { return nil }
        return Int(value - firstPlaceholder)
    }

    /// True when `text` might hold math (a cheap test that lets callers skip `protect`).
    public static func mightContainMath(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "$"))
    }

    /// `text` with each math span replaced by its placeholder, and the spans in order. Numbering
    /// starts at `firstIndex`, so that several texts of one document can share one list of spans.
    public static func protect(_ text: String, firstIndex: Int = 0) -> (text: String, spans: [MathSpan]) {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var spans: [MathSpan] = []
        var fence: (byte: UInt8, count: Int)?
        var i = 0
        let n = bytes.count
        let dollar = UInt8(ascii: "$")
        let backslash = UInt8(ascii: "\\")
        let backtick = UInt8(ascii: "`")
        let newline = UInt8(ascii: "\n")
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        func isSpace(_ b: UInt8) -> Bool { b == space || b == tab || b == newline || b == UInt8(ascii: "\r") }
        func lineEnd(from start: Int) -> Int {
            var j = start
            while j < n && bytes[j] != newline { j += 1 }
            return j
        }
        /// The fence a line opens or closes, if any: up to 3 spaces and `>` markers, then ``` or ~~~.
        func fenceMarker(at start: Int, end: Int) -> (byte: UInt8, count: Int, rest: Int)? {
            var j = start
            while j < end && (bytes[j] == space || bytes[j] == UInt8(ascii: ">") || bytes[j] == tab) { j += 1 }
            guard j < end, bytes[j] == backtick || bytes[j] == UInt8(ascii: "~") else { return nil }
            let byte = bytes[j]
            var count = 0
            while j < end && bytes[j] == byte {
                count += 1
                j += 1
            }
            return count >= 3 ? (byte, count, j) : nil
        }
        func appendPlaceholder(for span: MathSpan) {
            spans.append(span)
            let scalar = Unicode.Scalar(firstPlaceholder + UInt32(firstIndex + spans.count - 1))!
            out.append(contentsOf: String(Character(scalar)).utf8)
            for byte in span.raw.utf8 where byte == newline {
                out.append(newline)
                out.append(contentsOf: String(Character(filler)).utf8)
            }
        }
        while i < n {
            // At a line start: fenced code is copied untouched.
            if i == 0 || bytes[i - 1] == newline {
                let end = lineEnd(from: i)
                if let marker = fenceMarker(at: i, end: end) {
                    if let open = fence {
                        let onlyMarker = bytes[marker.rest..<end].allSatisfy(isSpace)
                        if marker.byte == open.byte && marker.count >= open.count && onlyMarker { fence = nil }
                    } else {
                        fence = (marker.byte, marker.count)
                    }
                    out.append(contentsOf: bytes[i..<min(end + 1, n)])
                    i = end + 1
                    continue
                }
                if fence != nil {
                    out.append(contentsOf: bytes[i..<min(end + 1, n)])
                    i = end + 1
                    continue
                }
            }
            let byte = bytes[i]
            // Bytes that start nothing are copied in one go, up to the next one that may.
            if byte != backslash && byte != backtick && byte != dollar && byte != newline {
                var j = i + 1
                while j < n, bytes[j] != backslash, bytes[j] != backtick, bytes[j] != dollar, bytes[j] != newline {
                    j += 1
                }
                out.append(contentsOf: bytes[i..<j])
                i = j
                continue
            }
            if byte == backslash && i + 1 < n && bytes[i + 1] != newline {
                out.append(byte)
                out.append(bytes[i + 1])
                i += 2
                continue
            }
            if byte == backtick {
                // A code span: copy through its closing run of the same length on the same line.
                var run = 0
                while i + run < n && bytes[i + run] == backtick { run += 1 }
                let end = lineEnd(from: i)
                var j = i + run
                var closing: Int?
                while j < end {
                    if bytes[j] == backtick {
                        var other = 0
                        while j + other < end && bytes[j + other] == backtick { other += 1 }
                        if other == run {
                            closing = j + other
                            break
                        }
                        j += other
                    } else {
                        j += 1
                    }
                }
                let stop = closing ?? (i + run)
                out.append(contentsOf: bytes[i..<stop])
                i = stop
                continue
            }
            if byte == dollar, firstIndex + spans.count < maximumSpans {
                if i + 1 < n && bytes[i + 1] == dollar, let close = displayClose(bytes, from: i + 2) {
                    let raw = String(decoding: bytes[i..<close + 2], as: UTF8.self)
                    let tex = String(decoding: bytes[i + 2..<close], as: UTF8.self)
                    appendPlaceholder(for: MathSpan(tex: tex.trimmingMathSpace, display: true, raw: raw))
                    i = close + 2
                    continue
                }
                if let close = inlineClose(bytes, from: i + 1) {
                    let raw = String(decoding: bytes[i...close], as: UTF8.self)
                    let tex = String(decoding: bytes[i + 1..<close], as: UTF8.self)
                    appendPlaceholder(for: MathSpan(tex: tex, display: false, raw: raw))
                    i = close + 1
                    continue
                }
            }
            out.append(byte)
            i += 1
        }
        return (String(decoding: out, as: UTF8.self), spans)
    }

    /// The index of the `$` closing an inline span whose content starts at `start`.
    private static func inlineClose(_ bytes: [UInt8], from start: Int) -> Int? {
        let n = bytes.count
        guard start < n else { return nil }
        let first = bytes[start]
        guard first != UInt8(ascii: " "), first != UInt8(ascii: "\t"), first != UInt8(ascii: "\n"),
            first != UInt8(ascii: "$")
        else { return nil }
        var j = start
        while j < n && bytes[j] != UInt8(ascii: "\n") {
            if bytes[j] == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if bytes[j] == UInt8(ascii: "$") {
                let before = bytes[j - 1]
                let afterIsDigit = j + 1 < n && bytes[j + 1] >= UInt8(ascii: "0") && bytes[j + 1] <= UInt8(ascii: "9")
                if before != UInt8(ascii: " ") && before != UInt8(ascii: "\t") && !afterIsDigit { return j }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The index of the first `$` of the `$$` closing a display span, not crossing a blank line.
    private static func displayClose(_ bytes: [UInt8], from start: Int) -> Int? {
        let n = bytes.count
        var j = start
        var lineHasText = true
        while j + 1 < n {
            let byte = bytes[j]
            if byte == UInt8(ascii: "\n") {
                if !lineHasText { return nil }
                lineHasText = false
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: ">") {
                lineHasText = true
            }
            if byte == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if byte == UInt8(ascii: "$") {
                return bytes[j + 1] == UInt8(ascii: "$") && j > start ? j : nil
            }
            j += 1
        }
        return nil
    }
}

extension String {
    fileprivate var trimmingMathSpace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
