/// HTML in a form where two fragments a browser reads alike compare equal as strings, in the manner
/// of the CommonMark spec's `normalize.py`: tags with their attributes sorted, `<br />` as `<br>`,
/// character references decoded and the text escaped again the same way, whitespace outside `<pre>`
/// collapsed, and none around block tags.
///
/// With `ours: true` it also drops what our HTML pages add by design: a heading's `id` and its `#`
/// anchor link, and the `code` class of `<pre>`.
enum HTMLNormaliser {
    private enum Token {
        case start(name: String, attributes: [(String, String)])
        case end(name: String)
        case text(String)
        /// A comment, doctype, processing instruction or CDATA section, kept as written.
        case other(String)
    }

    static func normalise(_ html: String, ours: Bool = false) -> String {
        var tokens = tokens(Array(html.unicodeScalars))
        if ours { tokens = droppingOurAdditions(tokens) }
        var out = ""
        var inPre = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .start(let name, let attributes):
                if name == "pre" { inPre += 1 }
                out += "<" + name
                for (key, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
                    out += " \(key)=\"\(escape(decode(value)))\""
                }
                out += ">"
            case .end(let name):
                if name == "pre" { inPre = max(0, inPre - 1) }
                out += "</" + name + ">"
            case .other(let raw):
                out += raw
            case .text(let raw):
                var text = escape(decode(raw))
                if inPre == 0 {
                    text = collapsingWhitespace(text)
                    if index > 0, isBlock(tokens[index - 1]) { text = String(text.drop { $0 == " " }) }
                    if index + 1 < tokens.count, isBlock(tokens[index + 1]) {
                        while text.hasSuffix(" ") { text.removeLast() }
                    }
                }
                out += text
            }
        }
        return out
    }

    // MARK: Ours by design

    private static func droppingOurAdditions(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .start(let name, var attributes) where headings.contains(name):
                attributes.removeAll { $0.0 == "id" }
                out.append(.start(name: name, attributes: attributes))
            case .start("a", let attributes)
            where attributes.contains(where: { $0 == ("class", "anchor") })
                && attributes.contains(where: { $0 == ("aria-hidden", "true") }):
                // `<a class="anchor" …>#</a>`
                index += 3
                continue
            case .start("pre", var attributes):
                attributes.removeAll { $0 == ("class", "code") }
                out.append(.start(name: "pre", attributes: attributes))
            default:
                out.append(tokens[index])
            }
            index += 1
        }
        return out
    }

    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    // MARK: Tokens

    private static func tokens(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var text = String.UnicodeScalarView()
        var i = 0
        func flush() {
            if !text.isEmpty { tokens.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }
        while i < s.count {
            if s[i] == "<", let (token, next) = tag(s, at: i) {
                flush()
                tokens.append(token)
                i = next
            } else {
                text.append(s[i])
                i += 1
            }
        }
        flush()
        return tokens
    }

    /// The tag starting at `s[start]` (a `<`) and the index after it, or nil when it is not one.
    private static func tag(_ s: [Unicode.Scalar], at start: Int) -> (Token, Int)? {
        func find(_ needle: String, from: Int) -> Int? {
            let n = Array(needle.unicodeScalars)
            var i = from
            while i + n.count <= s.count {
                if Array(s[i..<(i + n.count)]) == n { return i + n.count }
                i += 1
            }
            return nil
        }
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(s[range])) }
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "!" || s[i] == "?" {
            let end =
                string(start..<min(start + 4, s.count)) == "<!--" ? find("-->", from: start + 4) : find(">", from: i)
            return end.map { (.other(string(start..<$0)), $0) }
        }
        let closing = s[i] == "/"
        if closing { i += 1 }
        guard i < s.count, s[i].isASCII, s[i].properties.isAlphabetic else { return nil }
        let nameStart = i
        while i < s.count, s[i].isASCII,
            s[i].properties.isAlphabetic || s[i].properties.numericType != nil || s[i] == "-"
        { i += 1 }
        let name = string(nameStart..<i).lowercased()
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        if closing {
            while i < s.count, isSpace(s[i]) { i += 1 }
            guard i < s.count, s[i] == ">" else { return nil }
            return (.end(name: name), i + 1)
        }
        var attributes: [(String, String)] = []
        while true {
            while i < s.count, isSpace(s[i]) { i += 1 }
            guard i < s.count else { return nil }
            if s[i] == ">" { return (.start(name: name, attributes: attributes), i + 1) }
            if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" {
                return (.start(name: name, attributes: attributes), i + 2)
            }
            let keyStart = i
            while i < s.count, !isSpace(s[i]), s[i] != "/", s[i] != ">", s[i] != "=" { i += 1 }
            guard i > keyStart else { return nil }
            let key = string(keyStart..<i).lowercased()
            var j = i
            while j < s.count, isSpace(s[j]) { j += 1 }
            guard j < s.count, s[j] == "=" else {
                attributes.append((key, ""))
                continue
            }
            j += 1
            while j < s.count, isSpace(s[j]) { j += 1 }
            guard j < s.count else { return nil }
            if s[j] == "\"" || s[j] == "'" {
                let quote = s[j]
                guard let end = s[(j + 1)...].firstIndex(of: quote) else { return nil }
                attributes.append((key, string((j + 1)..<end)))
                i = end + 1
            } else {
                let valueStart = j
                while j < s.count, !isSpace(s[j]), s[j] != ">" { j += 1 }
                attributes.append((key, string(valueStart..<j)))
                i = j
            }
        }
    }

    private static func isBlock(_ token: Token) -> Bool {
        switch token {
        case .start(let name, _), .end(let name): blockTags.contains(name)
        default: false
        }
    }

    private static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    // MARK: Text

    /// The five references HTML writers use for escaping, and numeric ones; other named references
    /// come only from raw HTML, identical on both sides, and are left as they are.
    private static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            var decoded: String?
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
                }
            }
            if let decoded {
                out += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private static func collapsingWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in text.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                space = true
            } else {
                if space { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        if space { out.append(" ") }
        return String(out)
    }
}
