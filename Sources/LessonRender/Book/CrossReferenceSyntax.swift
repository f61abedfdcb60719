/// The kinds of things prose can refer to with Quarto's `@kind-name`: a label's prefix.
enum LabelKind: String, CaseIterable, Sendable {
    case fig, eq, tbl, exr, sec

    /// The kind a label names by its prefix (`fig-relu` → `.fig`), if it is one of the five.
    init?(label: some StringProtocol) {
        guard let dash = label.firstIndex(of: "-"), label.index(after: dash) < label.endIndex,
            let kind = LabelKind(rawValue: String(label[..<dash]))
        else { return nil }
        self = kind
    }
}

/// Quarto's syntax for labels and references, read in one place for both pages.
enum CrossReferenceSyntax {
    /// One `@fig-relu` (or `-@fig-relu`, the number alone) in a text.
    struct Reference: Equatable {
        /// The characters it takes, from the `@` (or the `-` before it).
        var range: Range<String.Index>
        var label: String
        var kind: LabelKind
        var numberOnly: Bool
    }

    /// Whether `character` may be part of a label name.
    static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    /// The references in `text`. An `@` after a letter or digit is an e-mail address, one after a
    /// backslash is escaped (`\@fig-x` in the source), and only the five prefixes are references
    /// (`@MainActor` is text). A name ends before a trailing `-` or `_` (`@fig-x-` is `fig-x`).
    static func references(in text: String) -> [Reference] {
        // On UTF-8 bytes: `String.contains(_: String)` goes through Foundation's slow `range(of:)`.
        guard text.utf8.contains(UInt8(ascii: "@")) else { return [] }
        var found: [Reference] = []
        var index = text.startIndex
        while let at = text[index...].firstIndex(of: "@") {
            index = text.index(after: at)
            var start = at
            var numberOnly = false
            if at > text.startIndex {
                let before = text[text.index(before: at)]
                if before.isLetter || before.isNumber || before == "\\" || before == "_" || before == "." { continue }
                if before == "-" {
                    let dash = text.index(before: at)
                    let beforeDash = dash > text.startIndex ? text[text.index(before: dash)] : " "
                    if beforeDash.isLetter || beforeDash.isNumber || beforeDash == "\\" { continue }
                    start = dash
                    numberOnly = true
                }
            }
            var end = index
            while end < text.endIndex, isNameCharacter(text[end]) { end = text.index(after: end) }
            var name = text[index..<end]
            while let last = name.last, last == "-" || last == "_" { name = name.dropLast() }
            guard let kind = LabelKind(label: name) else { continue }
            found.append(
                Reference(range: start..<name.endIndex, label: String(name), kind: kind, numberOnly: numberOnly))
            index = name.endIndex
        }
        return found
    }

    /// The references on a line of Markdown source, outside code spans (an odd number of
    /// backticks before one puts it in code).
    static func references(inSourceLine line: String) -> [Reference] {
        references(in: line).filter { line[..<$0.range.lowerBound].filter({ $0 == "`" }).count % 2 == 0 }
    }

    /// `text` ending in Pandoc's attribute `{#name}` (spaces around it allowed): the text before it,
    /// trailing spaces removed, and the name.
    static func trailingLabel(_ text: String) -> (text: String, label: String)? {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        guard trimmed.hasSuffix("}"), let hash = trimmed.lastIndex(of: "#"), hash > trimmed.startIndex,
            trimmed[trimmed.index(before: hash)] == "{"
        else { return nil }
        let name = trimmed[trimmed.index(after: hash)..<trimmed.index(before: trimmed.endIndex)]
        guard !name.isEmpty, name.allSatisfy(isNameCharacter) else { return nil }
        var before = trimmed[..<trimmed.index(before: hash)]
        while let last = before.last, last == " " || last == "\t" { before = before.dropLast() }
        return (String(before), String(name))
    }
}

/// The references a lesson's source lines hold unescaped, outside code spans: cmark has already
/// turned `\@` into `@` in the tree, so each reference found there is checked against its line.
struct UnescapedReferences {
    private let lines: SourceLines
    private var remaining: [Int: [String: Int]] = [:]

    init(source: String) {
        lines = SourceLines(source)
    }

    /// Whether `reference`, found in the tree on `line`, is one the author wrote unescaped there
    /// (each occurrence in the source is taken once).
    mutating func take(_ reference: CrossReferenceSyntax.Reference, line: Int) -> Bool {
        guard line >= 1, line <= lines.count else { return true }
        if remaining[line] == nil {
            let text = String(decoding: lines[line], as: UTF8.self)
            var counts: [String: Int] = [:]
            for found in CrossReferenceSyntax.references(inSourceLine: text) {
                counts[Self.key(found), default: 0] += 1
            }
            remaining[line] = counts
        }
        let key = Self.key(reference)
        guard let count = remaining[line]?[key], count > 0 else { return false }
        remaining[line]?[key] = count - 1
        return true
    }

    private static func key(_ reference: CrossReferenceSyntax.Reference) -> String {
        (reference.numberOnly ? "-" : "") + reference.label
    }
}
