import LessonCore

/// Highlights Swift source at build time into `<span class>` markup, so code is coloured with no
/// script: keywords, types (capitalised identifiers), strings (with their interpolations
/// highlighted as code), numbers, comments and attributes.
///
/// A small tokenizer, not a parser: it never fails, and every character of the input appears in
/// the output exactly once, escaped.
enum SwiftHighlighter {
    static func highlight(_ code: String, into html: inout HTMLBuilder) {
        var scanner = Scanner(Array(code.unicodeScalars))
        scanner.run(into: &html, stopAtInterpolationEnd: false)
    }

    /// Convenience for tests and callers that want a string.
    static func highlight(_ code: String) -> String {
        var html = HTMLBuilder()
        highlight(code, into: &html)
        return html.string
    }

    static let keywords: Set<String> = [
        "actor", "any", "as", "associatedtype", "async", "await", "break", "case", "catch", "class",
        "continue", "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough", "false",
        "fileprivate", "for", "func", "guard", "if", "import", "in", "indirect", "init", "inout", "internal",
        "is", "let", "mutating", "nil", "nonisolated", "open", "operator", "private", "protocol", "public",
        "repeat", "rethrows", "return", "self", "Self", "some", "static", "struct", "subscript", "super",
        "switch", "throw", "throws", "true", "try", "typealias", "var", "where", "while", "consuming",
        "borrowing", "package", "lazy", "weak", "unowned", "override", "final", "convenience", "required",
    ]

    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0

        init(_ scalars: [Unicode.Scalar]) { s = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            i + offset < s.count ? s[i + offset] : nil
        }

        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[range])
            return String(view)
        }

        mutating func span(_ cssClass: String, _ range: Range<Int>, into html: inout HTMLBuilder) {
            html.raw("<span class=\"")
            html.raw(cssClass)
            html.raw("\">")
            html.text(scalars: s[range])
            html.raw("</span>")
        }

        // ASCII answers come from the code point: Unicode's letter, digit, hex and uppercase
        // properties agree with these ranges on ASCII, and looking the properties up is slow.

        static func isDigit(_ c: Unicode.Scalar) -> Bool {
            c.value >= 0x30 && c.value <= 0x39
        }

        static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
            (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A
        }

        static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
            c == "_" || (c.isASCII ? isASCIILetter(c) : c.properties.isAlphabetic)
        }

        static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
            isIdentifierStart(c) || (c.isASCII ? isDigit(c) : c.properties.numericType != nil)
        }

        static func isHexLetter(_ c: Unicode.Scalar) -> Bool {
            (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x66
        }

        static func isUppercase(_ c: Unicode.Scalar) -> Bool {
            c.isASCII ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
        }

        /// Scans code; inside an interpolation, stops at its closing parenthesis.
        mutating func run(into html: inout HTMLBuilder, stopAtInterpolationEnd: Bool) {
            var depth = 0
            var plainStart = i
            func flushPlain(_ scanner: Scanner, _ html: inout HTMLBuilder) {
                if plainStart < scanner.i { html.text(scalars: scanner.s[plainStart..<scanner.i]) }
            }
            while let c = peek() {
                if stopAtInterpolationEnd {
                    if c == "(" { depth += 1 }
                    if c == ")" {
                        if depth == 0 { break }
                        depth -= 1
                    }
                }
                let start = i
                if c == "/" && peek(1) == "/" {
                    flushPlain(self, &html)
                    while let d = peek(), d != "\n" { i += 1 }
                    span("comment", start..<i, into: &html)
                } else if c == "/" && peek(1) == "*" {
                    flushPlain(self, &html)
                    i += 2
                    var nesting = 1
                    while i < s.count && nesting > 0 {
                        if s[i] == "/" && peek(1) == "*" { nesting += 1; i += 2 }
                        else if s[i] == "*" && peek(1) == "/" { nesting -= 1; i += 2 }
                        else { i += 1 }
                    }
                    span("comment", start..<min(i, s.count), into: &html)
                } else if c == "\"" || (c == "#" && peek(1) == "\"") {
                    flushPlain(self, &html)
                    string(into: &html)
                } else if c == "@" && peek(1).map(Self.isIdentifierStart) == true {
                    flushPlain(self, &html)
                    i += 1
                    while let d = peek(), Self.isIdentifierPart(d) { i += 1 }
                    span("attribute", start..<i, into: &html)
                } else if c == "#" && peek(1).map(Self.isIdentifierStart) == true {
                    flushPlain(self, &html)
                    i += 1
                    while let d = peek(), Self.isIdentifierPart(d) { i += 1 }
                    span("keyword", start..<i, into: &html)
                } else if Self.isDigit(c) {
                    flushPlain(self, &html)
                    number()
                    span("number", start..<i, into: &html)
                } else if Self.isIdentifierStart(c) {
                    while let d = peek(), Self.isIdentifierPart(d) { i += 1 }
                    let word = text(start..<i)
                    let previous = start > 0 ? s[start - 1] : " "
                    if previous != "." && SwiftHighlighter.keywords.contains(word) {
                        i = start
                        flushPlain(self, &html)
                        i = start + word.unicodeScalars.count
                        span("keyword", start..<i, into: &html)
                    } else if let first = word.unicodeScalars.first, Self.isUppercase(first) {
                        i = start
                        flushPlain(self, &html)
                        i = start + word.unicodeScalars.count
                        span("type", start..<i, into: &html)
                    } else {
                        continue
                    }
                } else {
                    i += 1
                    continue
                }
                plainStart = i
            }
            flushPlain(self, &html)
        }

        mutating func number() {
            // Digits, `_`, a fraction, an exponent, hex and binary prefixes.
            while let d = peek() {
                if Self.isDigit(d) || d == "_" || d == "x" || d == "b" || d == "o"
                    || (Self.isHexLetter(d) && d != "e" && d != "E" || d == "p" || d == "P")
                {
                    i += 1
                } else if d == "." && peek(1).map(Self.isDigit) == true {
                    i += 1
                } else if (d == "e" || d == "E")
                    && (peek(1).map({ $0.properties.numericType != nil }) == true
                        || ((peek(1) == "-" || peek(1) == "+") && peek(2).map({ $0.properties.numericType != nil }) == true))
                {
                    i += 2
                } else {
                    break
                }
            }
        }

        /// A string literal, raw (`#"…"#`) or multi-line, with `\(…)` interpolations as code.
        mutating func string(into html: inout HTMLBuilder) {
            var hashes = 0
            while peek() == "#" { hashes += 1; i += 1 }
            let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
            let quoteCount = multiline ? 3 : 1
            var segmentStart = i - hashes
            i += quoteCount
            html.raw("<span class=\"string\">")
            func flush(_ scanner: Scanner, _ html: inout HTMLBuilder) {
                html.text(scalars: scanner.s[segmentStart..<scanner.i])
            }
            while let c = peek() {
                if c == "\n" && !multiline { break }
                if c == "\\" {
                    // An escape; with `hashes`, only `\#…` counts.
                    var j = 1
                    while j <= hashes, peek(j) == "#" { j += 1 }
                    if j == hashes + 1, peek(j) == "(" {
                        i += j + 1
                        flush(self, &html)
                        html.raw("<span class=\"interpolation\">")
                        run(into: &html, stopAtInterpolationEnd: true)
                        html.raw("</span>")
                        segmentStart = i
                        if peek() == ")" { i += 1 }
                        continue
                    }
                    i += j + (j == hashes + 1 ? 1 : 0)
                    continue
                }
                if c == "\"" {
                    var closes = true
                    for k in 0..<quoteCount where peek(k) != "\"" { closes = false }
                    for k in 0..<hashes where peek(quoteCount + k) != "#" { closes = false }
                    if closes {
                        i += quoteCount + hashes
                        break
                    }
                }
                i += 1
            }
            i = min(i, s.count)
            flush(self, &html)
            html.raw("</span>")
        }
    }
}
