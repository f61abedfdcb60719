/// An inline value in a lesson's prose: `` `{swift} expr` ``, computed by the lesson program at
/// that point in reading order and shown as text in its place.
public struct InlineValue: Hashable, Sendable {
    /// The prefix that makes a code span an inline value.
    public static let marker = "{swift} "

    /// Position among the lesson's inline values, from 0, in document order.
    public var index: Int
    /// The Swift expression, as written after `{swift} `.
    public var expression: String
    /// Where the expression starts in the lesson file.
    public var line: Int
    public var column: Int
    /// How many snippets come before it in reading order: it sees their names.
    public var snippetsBefore: Int

    public init(index: Int, expression: String, line: Int, column: Int, snippetsBefore: Int) {
        self.index = index
        self.expression = expression
        self.line = line
        self.column = column
        self.snippetsBefore = snippetsBefore
    }

    /// The expression of a code span, when it is an inline value.
    public static func expression(inCodeSpan text: String) -> String? {
        guard text.hasPrefix(marker) else { return nil }
        let expression = String(text.dropFirst(marker.count)).trimmingSpaces
        return expression.isEmpty ? nil : expression
    }
}
