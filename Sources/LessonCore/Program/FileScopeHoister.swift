/// Separates the declarations Swift allows only at file scope (`import`, `extension`, `protocol`,
/// operator and precedence-group declarations) from the rest of a snippet's code.
///
/// Snippets run inside nested `do { }` scopes (see `ProgramGenerator`), where such declarations are
/// errors; authors should not have to care, so they are moved to the top of the program. Hoisted
/// lines are replaced by empty lines in the body, so every line keeps its Markdown line number.
///
/// A type that some snippet extends is hoisted too (`typesToHoist`), so that its extension can see it.
///
/// Only declarations that start a line at brace depth 0 of the snippet are hoisted, together with
/// attribute-only lines right above them (`@available(*, deprecated)` on its own line). Braces are
/// found by `SwiftTokenizer`, so braces inside strings (also multi-line and raw), interpolations,
/// comments and regex literals do not count.
struct FileScopeHoister {
    struct Result: Equatable {
        /// One entry per hoisted declaration: its first line's offset in the snippet (0-based) and
        /// its text, lines joined by newlines.
        var hoisted: [(offset: Int, text: String)]
        /// The snippet's lines with the hoisted ones blanked.
        var body: [String]

        static func == (a: Result, b: Result) -> Bool {
            a.body == b.body && a.hoisted.map(\.offset) == b.hoisted.map(\.offset)
                && a.hoisted.map(\.text) == b.hoisted.map(\.text)
        }
    }

    private static let fileScopeKeywords: Set<String> = ["import", "extension", "protocol", "precedencegroup"]
    private static let operatorFixities: Set<String> = ["infix", "prefix", "postfix"]
    private static let modifiers: Set<String> = [
        "public", "internal", "fileprivate", "private", "package", "open", "final", "indirect", "nonisolated",
    ]

    /// Splits one snippet. `types` names snippet types that are hoisted too (see
    /// `typesToHoist`): a type some snippet extends must live at file scope, beside its extension.
    static func split(_ code: String, types: Set<String> = []) -> Result {
        let lines = code.lines
        let braces = BraceLines(code)
        var body = lines
        var hoisted: [(offset: Int, text: String)] = []
        // Where the hoisted text starts (its attributes), the declaration's own line, and whether
        // its body has opened.
        var open: (start: Int, declaration: Int, sawBrace: Bool)?
        // The first of the attribute-only lines just above the current line, if any.
        var attributes: Int?
        for (index, line) in lines.enumerated() {
            let state = braces.lines[index]
            let atTop = open == nil && state.startsAtTop
            if atTop, startsFileScopeDeclaration(line) || declaredType(line).map(types.contains) == true {
                open = (attributes ?? index, index, false)
            }
            let attributeOnly = atTop && open == nil && state.depthAfter == 0 && isAttributeOnly(line)
            attributes = attributeOnly ? attributes ?? index : nil
            guard var current = open else { continue }
            if state.opensBrace { current.sawBrace = true }
            open = current
            let ends = state.endsAtTop && (current.sawBrace || !needsBody(lines[current.declaration]))
            if ends {
                hoisted.append((current.start, lines[current.start...index].joined(separator: "\n")))
                for blank in current.start...index { body[blank] = "" }
                open = nil
            }
        }
        return Result(hoisted: hoisted, body: body)
    }

    /// The types a lesson's snippets declare exactly once (at the top of a snippet) and extend
    /// somewhere: Swift allows extensions only at file scope, so these are hoisted with them. A
    /// type declared twice (a later snippet redefining it) stays local, as does every type no
    /// snippet extends, so shadowing between snippets keeps working.
    static func typesToHoist(_ snippets: [String]) -> Set<String> {
        var declared: [String: Int] = [:]
        var extended = Set<String>()
        for code in snippets {
            let braces = BraceLines(code)
            for (line, state) in zip(code.lines, braces.lines) {
                guard state.startsAtTop else { continue }
                if let name = declaredType(line) { declared[name, default: 0] += 1 }
                if let name = extendedType(line) { extended.insert(name) }
            }
        }
        return extended.filter { declared[$0] == 1 }
    }

    /// The name a `struct`, `class`, `enum` or `actor` declaration on this line introduces.
    static func declaredType(_ line: String) -> String? {
        name(after: ["struct", "class", "enum", "actor"], in: line)
    }

    /// The type an `extension` on this line extends (`extension Model: CustomStringConvertible`).
    static func extendedType(_ line: String) -> String? {
        name(after: ["extension"], in: line)
    }

    private static func name(after keywords: Set<String>, in line: String) -> String? {
        let words = declarationWords(line)
        guard let keyword = words.first, keywords.contains(keyword), let name = words.dropFirst().first else {
            return nil
        }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : nil
    }

    /// Whether the line opens a declaration that Swift only allows at file scope.
    static func startsFileScopeDeclaration(_ line: String) -> Bool {
        let words = declarationWords(line)
        guard let keyword = words.first else { return false }
        if fileScopeKeywords.contains(keyword) { return true }
        return operatorFixities.contains(keyword) && words.dropFirst().first == "operator"
    }

    /// The line's words from its declaration keyword on: attributes and modifiers dropped, words
    /// split at spaces and at `{`, `:` and `<`.
    private static func declarationWords(_ line: String) -> ArraySlice<String> {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" || $0 == ":" || $0 == "<" })
            .map(String.init)[...]
        while let first = words.first, first.hasPrefix("@") || modifiers.contains(first) { words.removeFirst() }
        return words
    }

    /// Whether the line holds nothing but attributes, such as `@available(macOS 13, *) @MainActor`.
    static func isAttributeOnly(_ line: String) -> Bool {
        var rest = Substring(line)
        var sawAttribute = false
        while true {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            if rest.isEmpty || rest.hasPrefix("//") { return sawAttribute }
            guard rest.first == "@" else { return false }
            rest = rest.dropFirst().drop(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
            if rest.first == "(" {
                var depth = 0
                guard
                    let close = rest.firstIndex(where: { character in
                        if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                        return depth == 0
                    })
                else { return false }
                rest = rest[rest.index(after: close)...]
            }
            sawAttribute = true
        }
    }

    /// `import` and operator declarations end on their line; the others end with their closing brace.
    private static func needsBody(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        return !(words.contains("import") || words.contains("operator"))
    }
}

/// Brace depth at the start and end of each line of Swift source, from its tokens: strings,
/// comments and regex literals hide the braces inside them.
struct BraceLines {
    struct Line {
        /// Brace depth 0, and not inside a comment or string that began on an earlier line.
        var startsAtTop: Bool
        /// Brace depth 0 at the end of the line, and no comment or string going on past it.
        var endsAtTop: Bool
        var depthAfter: Int
        /// Whether the line opens at least one brace.
        var opensBrace: Bool
    }

    /// One entry per line of `code.lines`.
    let lines: [Line]

    init(_ code: String) {
        let tokenizer = SwiftTokenizer(code)
        let scalars = tokenizer.scalars
        var ends: [Int] = scalars.indices.filter { scalars[$0] == "\n" }
        ends.append(scalars.count)
        var lines: [Line] = []
        var depth = 0
        var tokens = tokenizer.tokens()[...]
        // Whether a comment or string runs on from the previous line.
        var spanning = false
        for end in ends {
            let startsAtTop = depth == 0 && !spanning
            var opensBrace = false
            spanning = false
            while let token = tokens.first, token.range.lowerBound < end {
                switch token.kind {
                case .openBrace:
                    depth += 1
                    opensBrace = true
                case .closeBrace: depth = max(0, depth - 1)
                default: break
                }
                // A comment or string that crosses this line's end goes on: look at it again next line.
                if token.range.upperBound > end {
                    spanning = true
                    break
                }
                tokens.removeFirst()
            }
            let endsAtTop = depth == 0 && !spanning
            lines.append(
                Line(startsAtTop: startsAtTop, endsAtTop: endsAtTop, depthAfter: depth, opensBrace: opensBrace))
        }
        self.lines = lines
    }
}
