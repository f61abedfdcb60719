extension SnippetOptions {
    /// The options as authors write them after `swift run` (the cell-option form `//| key: value`
    /// takes the same keys).
    static let knownWords = [
        "hide", "hide-output", "expect-error", "isolated", "nondeterministic", "id=NAME", "label=NAME",
        "fig-cap=TEXT", "tbl-cap=TEXT",
    ]

    /// Reads the words after `swift run` in a fence's info string, e.g. `["hide", "id=setup"]`.
    /// Throws the message for an unknown or malformed option.
    init(words: some Sequence<Substring>) throws(OptionError) {
        self.init()
        for word in words {
            if let equals = word.firstIndex(of: "=") {
                try apply(key: word[..<equals], value: word[word.index(after: equals)...])
            } else {
                try apply(key: word, value: nil)
            }
        }
    }

    /// Applies one option, from either form: `hide` or `id=NAME` in the info string (`value` nil for
    /// a bare word), `//| hide: true` or `//| label: fig-relu` as a cell option. The one place that
    /// knows what each option means.
    mutating func apply(key: Substring, value: Substring?) throws(OptionError) {
        func flag() throws(OptionError) -> Bool {
            switch value {
            case nil, "true": return true
            case "false": return false
            default: throw OptionError(message: "option '\(key)' takes true or false, not '\(value ?? "")'")
            }
        }
        switch key {
        case "hide": hide = try flag()
        case "hide-output": hideOutput = try flag()
        case "expect-error": expectError = try flag()
        case "isolated": isolated = try flag()
        case "nondeterministic": nondeterministic = try flag()
        case "id", "label":
            let name = value ?? ""
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw OptionError(message: "snippet \(key) '\(name)' must be letters, digits, '-' or '_'")
            }
            if let id, id != name { throw OptionError(message: "snippet has two ids: '\(id)' and '\(name)'") }
            id = String(name)
        case "fig-cap", "tbl-cap":
            guard let value, !value.isEmpty else { throw OptionError(message: "option '\(key)' needs a caption") }
            caption = String(value)
        default:
            throw OptionError(
                message: "unknown snippet option '\(key)' (known: \(Self.knownWords.joined(separator: ", ")))")
        }
    }

    struct OptionError: Error {
        var message: String
    }

    /// The options as authors write them, in a fixed order; part of the cache key.
    var canonicalWords: [String] {
        var words: [String] = []
        if hide { words.append("hide") }
        if hideOutput { words.append("hide-output") }
        if expectError { words.append("expect-error") }
        if isolated { words.append("isolated") }
        if nondeterministic { words.append("nondeterministic") }
        if let id { words.append("id=\(id)") }
        if let caption { words.append("caption=\(caption)") }
        return words
    }
}

/// Quarto's cell options: `//| key: value` lines at the top of a snippet.
enum CellOptions {
    /// One `//| key: value` line; `offset` counts from the snippet's first code line (0).
    struct Line {
        var offset: Int
        var key: Substring
        var value: Substring
    }

    /// The cell option lines at the top of `code`, and the code with each of them replaced by an
    /// empty line, so that the compiler's line numbers stay those of the Markdown file.
    static func split(_ code: String) -> (options: [Line], code: String)? {
        guard code.hasPrefix("//|") else { return nil }
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        var options: [Line] = []
        for (offset, line) in lines.enumerated() {
            guard line.hasPrefix("//|") else { break }
            let text = line.dropFirst(3)
            let colon = text.firstIndex(of: ":") ?? text.endIndex
            let key = text[..<colon].trimmingSpaces
            var value = colon < text.endIndex ? text[text.index(after: colon)...].trimmingSpaces : ""
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = value.dropFirst().dropLast()
            }
            options.append(Line(offset: offset, key: key, value: value))
            lines[offset] = ""
        }
        return (options, lines.joined(separator: "\n"))
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
