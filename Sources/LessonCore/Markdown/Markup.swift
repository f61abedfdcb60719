/// A position in a source file: 1-based line and column, as cmark reports them.
public struct SourcePosition: Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The span of source text a node came from (inclusive ends).
public struct SourceRange: Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }
}

/// One node of a parsed Markdown document: a Swift value, with no C pointer inside.
///
/// The tree mirrors cmark's: blocks contain blocks or inlines; inlines contain inlines.
public struct Markup: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        // Blocks
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        /// A GFM pipe table; children are `tableRow`s, the first being the header row.
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        // Inlines
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    public enum TableAlignment: Hashable, Sendable {
        case none, left, center, right
    }

    public var kind: Kind
    public var children: [Markup]
    /// Where the node is in the source file (front matter included in line numbers).
    public var range: SourceRange?

    public init(_ kind: Kind, children: [Markup] = [], range: SourceRange? = nil) {
        self.kind = kind
        self.children = children
        self.range = range
    }

    /// The concatenated plain text of this node's inline content.
    public var plainText: String {
        switch kind {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }
}
