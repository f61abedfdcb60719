import Crypto

/// One top-level block of a lesson, as translations are kept in step with their source: its kind,
/// where it starts, and a hash of its text. A translation has the same blocks, in the same order,
/// as the source it translates (block-parallel).
public struct TranslationBlock: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The front matter's words (`title`, `description`); its other fields must be equal.
        case frontMatter = "front-matter"
        case heading, paragraph, list, table, quote, math, code, output, html, rule
    }

    public var kind: Kind
    /// The block's first line in its file (front matter counted).
    public var line: Int
    /// The first 16 hex digits of the SHA-256 of the block's text, trailing spaces dropped.
    public var hash: String
    /// A code fence's code (its first line is the line after `line`); nil for other blocks.
    public var code: String?
    /// A code fence's language, the first word of its info string (`swift`, `python`); nil for
    /// other blocks and for fences without one.
    public var language: String?

    public init(kind: Kind, line: Int, hash: String, code: String? = nil, language: String? = nil) {
        self.kind = kind
        self.line = line
        self.hash = hash
        self.code = code
        self.language = language
    }

    /// The words a diagnostic names a block of this kind with: "the source paragraph".
    public var noun: String {
        switch kind {
        case .frontMatter: "front matter (title, description)"
        case .code: "code snippet"
        case .output: "output fence"
        case .math: "display math"
        case .quote: "block quote"
        case .rule: "thematic break"
        case .html: "HTML block"
        default: kind.rawValue
        }
    }

    /// The blocks of `lesson`: the front matter's words, then every top-level Markdown block.
    public static func blocks(of lesson: Lesson) -> [TranslationBlock] {
        let lines = lesson.source.lines
        var blocks = [
            TranslationBlock(
                kind: .frontMatter, line: 1,
                hash: digest([lesson.frontMatter.title, lesson.frontMatter.description ?? ""]))
        ]
        for node in lesson.document.children {
            guard let range = node.range else { continue }
            let start = max(range.start.line, 1)
            let end = min(max(range.end.line, start), lines.count)
            let text = start <= end ? Array(lines[(start - 1)..<end]) : []
            let kind = Self.kind(of: node, text: text)
            var (code, language): (String?, String?) = (nil, nil)
            if kind == .code, case .codeBlock(let info, let text) = node.kind {
                code = text
                language = info.split(separator: " ").first.map(String.init)
            }
            blocks.append(
                TranslationBlock(kind: kind, line: start, hash: digest(text), code: code, language: language))
        }
        return blocks
    }

    static func kind(of node: Markup, text: [String]) -> Kind {
        switch node.kind {
        case .heading: return .heading
        case .list: return .list
        case .table: return .table
        case .blockQuote: return .quote
        case .htmlBlock: return .html
        case .thematicBreak: return .rule
        case .codeBlock(let info, _):
            return info.split(separator: " ").first == "output" ? .output : .code
        default:
            let first = text.first?.trimmingPrefix(while: { $0 == " " }) ?? ""
            return first.hasPrefix("$$") ? .math : .paragraph
        }
    }

    static func digest(_ lines: [String]) -> String {
        var hasher = SHA256()
        for line in lines {
            var line = Substring(line)
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
            hasher.update(field: String(line))
        }
        return String(hasher.hexDigest().prefix(16))
    }
}
