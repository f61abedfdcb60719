extension CodeComparison {
    /// The units of code in a language whose comments run from `#` to the end of the line and whose
    /// strings are quoted with `'` or `"` (Python, shell, YAML): each run of word characters, and
    /// each other character outside white space, with comments left out and each string literal
    /// reduced to its quotes.
    static func hashCommentedUnits(_ code: String) -> [Unit] {
        var units: [Unit] = []
        var line = 0
        var word = ""
        var wordLine = 0
        var quote: Character?
        var inComment = false
        var escaped = false
        func endWord() {
            if !word.isEmpty { units.append(Unit(text: word, line: wordLine)) }
            word = ""
        }
        for character in code {
            if character == "\n" {
                endWord()
                inComment = false
                line += 1
                continue
            }
            if inComment { continue }
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == open {
                    units.append(Unit(text: String(open), line: line))
                    quote = nil
                }
                continue
            }
            switch character {
            case "#":
                endWord()
                inComment = true
            case "'", "\"":
                endWord()
                units.append(Unit(text: String(character), line: line))
                quote = character
            case _ where character.isLetter || character.isNumber || character == "_" || character == ".":
                if word.isEmpty { wordLine = line }
                word.append(character)
            case _ where character.isWhitespace:
                endWord()
            default:
                endWord()
                units.append(Unit(text: String(character), line: line))
            }
        }
        endWord()
        return units
    }
}
