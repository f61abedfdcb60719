import LessonCore

/// Highlights Swift source at build time into `<span class>` markup, so code is coloured with no
/// script: keywords, types (capitalised identifiers), strings (with their interpolations
/// highlighted as code), numbers, comments, attributes and `#` directives.
///
/// The tokens come from `SwiftTokenizer`, the reader that also finds braces for the program
/// generator. Every character of the input appears in the output exactly once, escaped.
enum SwiftHighlighter {
    static func highlight(_ code: String, into html: inout HTMLBuilder) {
        let tokenizer = SwiftTokenizer(code)
        var writer = Writer(scalars: tokenizer.scalars)
        writer.write(tokenizer.tokens(), in: 0..<tokenizer.scalars.count, into: &html)
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

    private struct Writer {
        let scalars: [Unicode.Scalar]

        /// `tokens` and the plain text between them, from `range.lowerBound` to `range.upperBound`.
        mutating func write(_ tokens: [SwiftToken], in range: Range<Int>, into html: inout HTMLBuilder) {
            var plain = range.lowerBound
            for token in tokens {
                guard let cssClass = cssClass(token) else { continue }
                if plain < token.range.lowerBound { html.text(scalars: scalars[plain..<token.range.lowerBound]) }
                html.raw("<span class=\"")
                html.raw(cssClass)
                html.raw("\">")
                if case .string(let interpolations) = token.kind {
                    string(token.range, interpolations, into: &html)
                } else {
                    html.text(scalars: scalars[token.range])
                }
                html.raw("</span>")
                plain = token.range.upperBound
            }
            if plain < range.upperBound { html.text(scalars: scalars[plain..<range.upperBound]) }
        }

        /// A string's text with each interpolation's code highlighted inside it.
        mutating func string(
            _ range: Range<Int>, _ interpolations: [SwiftToken.Interpolation], into html: inout HTMLBuilder
        ) {
            var text = range.lowerBound
            for interpolation in interpolations {
                html.text(scalars: scalars[text..<interpolation.range.lowerBound])
                html.raw("<span class=\"interpolation\">")
                write(interpolation.tokens, in: interpolation.range, into: &html)
                html.raw("</span>")
                text = interpolation.range.upperBound
            }
            html.text(scalars: scalars[text..<range.upperBound])
        }

        /// The class a token is shown with; nil for plain text.
        func cssClass(_ token: SwiftToken) -> String? {
            switch token.kind {
            case .comment: "comment"
            case .string, .regex: "string"
            case .number: "number"
            case .attribute: "attribute"
            case .directive: "keyword"
            case .openBrace, .closeBrace: nil
            case .identifier:
                identifierClass(token.range)
            }
        }

        /// Keywords (unless after a dot: `x.default`), then capitalised names as types. A name in
        /// backticks is never a keyword.
        func identifierClass(_ range: Range<Int>) -> String? {
            let first = scalars[range.lowerBound]
            if first == "`" || first == "$" { return nil }
            let previous = range.lowerBound > 0 ? scalars[range.lowerBound - 1] : " "
            if previous != "." && SwiftHighlighter.keywords.contains(String(String.UnicodeScalarView(scalars[range]))) {
                return "keyword"
            }
            let isUppercase = first.isASCII ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase
            return isUppercase ? "type" : nil
        }
    }
}
