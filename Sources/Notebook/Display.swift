import LessonProtocol

/// Something that can be shown as a figure under a snippet: a standalone SVG document.
public protocol SVGRepresentable {
    /// A complete `<svg …>…</svg>` document.
    var svg: String { get }
}

/// A table to show under a snippet: a header row and rows of cells, all plain text.
public struct Table: Sendable, Hashable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }
}

/// Shows a figure under the snippet, in order with its printed text.
///
/// Outside the lesson engine (a plain run of the program, an exported lesson) it writes the figure
/// as an SVG file into the working directory and prints its name: `figure: figure-3-1.svg`.
public func display(_ figure: some SVGRepresentable) {
    display(svg: figure.svg)
}

/// Shows an SVG document under the snippet, as it is: unlike a `Figure`'s, its `id`s are not made
/// unique, so two such documents on one page must not share one.
public func display(svg: String) {
    OutputProtocol.writeFigure(svg: svg, id: OutputProtocol.nextFigureID())
}

/// Shows a table under the snippet.
public func display(_ table: Table) {
    let fallback = ([table.headers] + table.rows).map { $0.joined(separator: "\t") }.joined(separator: "\n")
    OutputProtocol.write(.table(headers: table.headers, rows: table.rows), fallback: fallback)
}

/// Shows a table under the snippet: `display(table: [["0", "1"]], headers: ["x", "relu(x)"])`.
public func display(table rows: [[String]], headers: [String]) {
    display(Table(headers: headers, rows: rows))
}
