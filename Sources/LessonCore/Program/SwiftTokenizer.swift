/// A token of Swift source: what kind of thing a run of characters is, and where it lies, as
/// offsets in the source's Unicode scalars.
package struct SwiftToken: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        /// A name: `x`, `Tensor`, `` `default` `` (backticks included), `$0`.
        case identifier
        /// `1_000`, `0.5`, `1e-9`, `0x1p-3`, `0b1010`.
        case number
        /// A string literal, plain, raw (`#"…"#`) or multi-line, with the code of its
        /// interpolations.
        case string([Interpolation])
        /// An extended regex literal, `#/…/#`. (A bare `/…/` cannot be told from division without
        /// a parser, so it reads as operators.)
        case regex
        /// `// …` up to the end of the line, or `/* … */` with nesting; doc comments too.
        case comment
        /// `@MainActor`, `@available` (the name only, not its arguments).
        case attribute
        /// `#if`, `#endif`, `#selector`: a `#` and a name.
        case directive
        case openBrace
        case closeBrace
    }

    /// The code of one `\(…)`: between the parentheses, tokenised.
    package struct Interpolation: Equatable, Sendable {
        package var range: Range<Int>
        package var tokens: [SwiftToken]
    }

    package var kind: Kind
    package var range: Range<Int>
}

/// Cuts Swift source into `SwiftToken`s: the one reader of Swift in the project, used to find
/// braces for `FileScopeHoister` and to colour code for `SwiftHighlighter`.
///
/// A tokenizer, not a parser: it never fails, and everything that is not a token (whitespace,
/// operators, punctuation other than braces) is the gap between two tokens. It knows what would
/// otherwise hide a brace or a quote: strings (raw with any number of `#`, multi-line, with
/// interpolations that hold strings and parentheses of their own), nested block comments, and
/// extended regex literals.
package struct SwiftTokenizer {
    package let scalars: [Unicode.Scalar]

    package init(_ code: String) {
        scalars = Array(code.unicodeScalars)
    }

    /// Every token of the source, in order.
    package func tokens() -> [SwiftToken] {
        var cursor = Cursor(scalars: scalars, index: 0)
        return cursor.code(inInterpolation: false)
    }

    private struct Cursor {
        let scalars: [Unicode.Scalar]
        var index: Int

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        /// Tokens up to the end, or inside an interpolation up to its closing parenthesis (left
        /// unread).
        mutating func code(inInterpolation: Bool) -> [SwiftToken] {
            var tokens: [SwiftToken] = []
            var parentheses = 0
            while let c = peek() {
                let start = index
                if c == "/" && peek(1) == "/" {
                    while let d = peek(), d != "\n" { index += 1 }
                    tokens.append(SwiftToken(kind: .comment, range: start..<index))
                } else if c == "/" && peek(1) == "*" {
                    blockComment()
                    tokens.append(SwiftToken(kind: .comment, range: start..<index))
                } else if c == "\"" || c == "#" {
                    var hashes = 0
                    while peek(hashes) == "#" { hashes += 1 }
                    if peek(hashes) == "\"" {
                        tokens.append(string(hashes: hashes))
                    } else if hashes > 0 && peek(hashes) == "/" {
                        tokens.append(regex(hashes: hashes))
                    } else if c == "#" && peek(1).map(Self.isIdentifierStart) == true {
                        index += 1
                        identifierTail()
                        tokens.append(SwiftToken(kind: .directive, range: start..<index))
                    } else {
                        index += 1
                    }
                } else if c == "@" && peek(1).map(Self.isIdentifierStart) == true {
                    index += 1
                    identifierTail()
                    tokens.append(SwiftToken(kind: .attribute, range: start..<index))
                } else if Self.isDigit(c) {
                    number()
                    tokens.append(SwiftToken(kind: .number, range: start..<index))
                } else if Self.isIdentifierStart(c) || (c == "$" && peek(1).map(Self.isIdentifierPart) == true) {
                    index += 1
                    identifierTail()
                    tokens.append(SwiftToken(kind: .identifier, range: start..<index))
                } else if c == "`", let close = closingBacktick() {
                    index = close + 1
                    tokens.append(SwiftToken(kind: .identifier, range: start..<index))
                } else if c == "{" {
                    index += 1
                    tokens.append(SwiftToken(kind: .openBrace, range: start..<index))
                } else if c == "}" {
                    index += 1
                    tokens.append(SwiftToken(kind: .closeBrace, range: start..<index))
                } else {
                    if inInterpolation {
                        if c == "(" { parentheses += 1 }
                        if c == ")" {
                            if parentheses == 0 { break }
                            parentheses -= 1
                        }
                    }
                    index += 1
                }
            }
            return tokens
        }

        mutating func identifierTail() {
            while let d = peek(), Self.isIdentifierPart(d) { index += 1 }
        }

        /// The offset of the backtick that closes `` `name` `` on this line, if any.
        func closingBacktick() -> Int? {
            var j = index + 1
            while j < scalars.count, Self.isIdentifierPart(scalars[j]) { j += 1 }
            return j > index + 1 && j < scalars.count && scalars[j] == "`" ? j : nil
        }

        /// `/* … */`, nested, or to the end of the source.
        mutating func blockComment() {
            index += 2
            var nesting = 1
            while index < scalars.count {
                if scalars[index] == "/" && peek(1) == "*" {
                    nesting += 1
                    index += 2
                } else if scalars[index] == "*" && peek(1) == "/" {
                    nesting -= 1
                    index += 2
                    if nesting == 0 { return }
                } else {
                    index += 1
                }
            }
        }

        /// Digits and `_`; a fraction and an exponent; hex (with a `p` exponent), octal, binary.
        mutating func number() {
            if peek() == "0", let base = peek(1), base == "x" || base == "o" || base == "b" {
                index += 2
                let hex = base == "x"
                let isDigit: (Unicode.Scalar) -> Bool = { hex ? Self.isHexDigit($0) : Self.isDigit($0) }
                while let d = peek(), isDigit(d) || d == "_" { index += 1 }
                guard hex else { return }
                if peek() == ".", peek(1).map(Self.isHexDigit) == true {
                    index += 1
                    while let d = peek(), Self.isHexDigit(d) || d == "_" { index += 1 }
                }
                exponent(marker: "p")
                return
            }
            while let d = peek(), Self.isDigit(d) || d == "_" { index += 1 }
            if peek() == ".", peek(1).map(Self.isDigit) == true {
                index += 1
                while let d = peek(), Self.isDigit(d) || d == "_" { index += 1 }
            }
            exponent(marker: "e")
        }

        /// `e-9` or `p+3` (either case), if one follows.
        mutating func exponent(marker: Unicode.Scalar) {
            guard let e = peek(), e.value | 0x20 == marker.value else { return }
            let sign = peek(1) == "-" || peek(1) == "+" ? 1 : 0
            guard peek(1 + sign).map(Self.isDigit) == true else { return }
            index += 1 + sign
            while let d = peek(), Self.isDigit(d) || d == "_" { index += 1 }
        }

        /// A string literal from its first `#` or quote: escapes skipped, interpolations read as code.
        mutating func string(hashes: Int) -> SwiftToken {
            let start = index
            index += hashes
            let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
            let quotes = multiline ? 3 : 1
            index += quotes
            var interpolations: [SwiftToken.Interpolation] = []
            while let c = peek() {
                if c == "\n" && !multiline { break }
                if c == "\\" {
                    // An escape; in a raw string only `\#…` with as many `#` counts.
                    var j = 1
                    while j <= hashes, peek(j) == "#" { j += 1 }
                    let escapes = j == hashes + 1
                    if escapes, peek(j) == "(" {
                        index += j + 1
                        let codeStart = index
                        let tokens = code(inInterpolation: true)
                        interpolations.append(SwiftToken.Interpolation(range: codeStart..<index, tokens: tokens))
                        if peek() == ")" { index += 1 }
                        continue
                    }
                    index += j + (escapes ? 1 : 0)
                    continue
                }
                if c == "\"" && closes(quotes: quotes, hashes: hashes) {
                    index += quotes + hashes
                    return SwiftToken(kind: .string(interpolations), range: start..<index)
                }
                index += 1
            }
            index = min(index, scalars.count)
            return SwiftToken(kind: .string(interpolations), range: start..<index)
        }

        func closes(quotes: Int, hashes: Int) -> Bool {
            (0..<quotes).allSatisfy { peek($0) == "\"" } && (0..<hashes).allSatisfy { peek(quotes + $0) == "#" }
        }

        /// `#/…/#` (with as many `#` on both sides); it may span lines.
        mutating func regex(hashes: Int) -> SwiftToken {
            let start = index
            index += hashes + 1
            while let c = peek() {
                if c == "\\" {
                    index += 2
                    continue
                }
                if c == "/" && (1...hashes).allSatisfy({ peek($0) == "#" }) {
                    index += 1 + hashes
                    return SwiftToken(kind: .regex, range: start..<index)
                }
                index += 1
            }
            index = min(index, scalars.count)
            return SwiftToken(kind: .regex, range: start..<index)
        }

        // ASCII answers come from the code point: Unicode's letter, digit, hex and uppercase
        // properties agree with these ranges on ASCII, and looking the properties up is slow.

        static func isDigit(_ c: Unicode.Scalar) -> Bool {
            c.value >= 0x30 && c.value <= 0x39
        }

        static func isHexDigit(_ c: Unicode.Scalar) -> Bool {
            isDigit(c) || ((c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x66)
        }

        static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
            c == "_" || (c.isASCII ? (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A : c.properties.isAlphabetic)
        }

        static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
            isIdentifierStart(c) || (c.isASCII ? isDigit(c) : c.properties.numericType != nil)
        }
    }
}
