extension SnippetOptions {
    /// The words allowed after `swift run`, as authors write them.
    static let knownWords = ["hide", "hide-output", "expect-error", "isolated", "nondeterministic", "id=NAME"]

    /// Reads the words after `swift run` in a fence's info string, e.g. `["hide", "id=setup"]`.
    /// Throws the message for an unknown or malformed option.
    init(words: some Sequence<Substring>) throws(OptionError) {
        self.init()
        for word in words {
            switch word {
            case "hide": hide = true
            case "hide-output": hideOutput = true
            case "expect-error": expectError = true
            case "isolated": isolated = true
            case "nondeterministic": nondeterministic = true
            default:
                if word.hasPrefix("id=") {
                    let name = word.dropFirst(3)
                    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                        throw OptionError(message: "snippet id '\(name)' must be letters, digits, '-' or '_'")
                    }
                    id = String(name)
                } else {
                    throw OptionError(
                        message: "unknown snippet option '\(word)' (known: \(Self.knownWords.joined(separator: ", ")))")
                }
            }
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
        return words
    }
}
