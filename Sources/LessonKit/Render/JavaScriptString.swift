/// JavaScript string literals that are safe wherever the site puts them: inside an HTML `<script>`
/// element and in a `.js` file, and that are valid JSON as well.
///
/// Beyond the quote, the backslash and control characters, `<`, `>` and `&` are written as `\u003c`,
/// `\u003e` and `\u0026`, so no text (a heading reading `</script>` or `<!--`) can end or change the
/// script element; U+2028 and U+2029, which older engines take for line ends inside a literal, are
/// escaped too.
enum JavaScriptString {
    static func literal(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "<", ">", "&", "\u{2028}", "\u{2029}", "\0"..."\u{1F}", "\u{7F}":
                out.append(contentsOf: unicodeEscape(scalar.value).unicodeScalars)
            default: out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }

    /// `\uXXXX` with four lowercase hex digits (every scalar escaped here is in the BMP).
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
