import Foundation

/// Turns one lesson file's text into a `Lesson`: front matter, Markdown tree, snippets with their
/// options and expected outputs.
public enum LessonParser {
    /// Parses `source`, the contents of the file at `path` (used verbatim in diagnostics).
    /// Throws every problem found, each at its `file:line`.
    public static func parse(path: String, source: String) throws(LessonLoadingError) -> Lesson {
        guard let split = try FrontMatterParser.split(source, path: path) else {
            throw LessonLoadingError(
                Diagnostic(
                    path: path, line: 1, message: "a lesson must start with front matter ('---', 'title: …', '---')"))
        }
        let frontMatter = try FrontMatterParser.parse(split, path: path)
        let document = MarkdownParser.parse(split.body, firstLine: split.bodyFirstLine)
        var collector = SnippetCollector(path: path, source: source)
        collector.visit(children: document.children)
        if !collector.diagnostics.isEmpty { throw LessonLoadingError(collector.diagnostics) }
        return Lesson(
            path: path, source: source, frontMatter: frontMatter, document: document, snippets: collector.snippets,
            inlineValues: collector.inlineValues, exercises: collector.exercises)
    }
}

/// Finds `swift run` fences and the `output` fences that follow them, in document order, at any
/// depth (a snippet may sit in a list item or a quote).
struct SnippetCollector {
    let path: String
    var snippets: [Snippet] = []
    var inlineValues: [InlineValue] = []
    var diagnostics: [Diagnostic] = []
    let source: String
    /// False when the source never spells `{swift}`: a code span's text is its source (no escapes,
    /// no entities; a line break becomes a space), so then no code span is an inline value.
    private let mayHoldInlineValues: Bool
    /// The file's lines, to find where an inline value's expression starts: split when the first
    /// inline value is found (most lessons have none, and splitting a long file costs).
    private var lines: [Substring]?
    var ids: Set<String> = []
    /// Exercises found so far, and where the last one waits for its starter (`+Exercises`).
    var exercises: [Exercise] = []
    var exerciseState = ExerciseState()

    init(path: String, source: String) {
        self.path = path
        self.source = source
        mayHoldInlineValues = Self.contains(source, "{swift}")
    }

    mutating func visit(children: [Markup]) {
        // Blocks are borrowed through a buffer, not copied (a copy retains all a node holds).
        children.withUnsafeBufferPointer { visit(blocks: $0) }
    }

    private mutating func visit(blocks children: UnsafeBufferPointer<Markup>) {
        // Whether the previous sibling block was a snippet still waiting for its output fence.
        var previousWasSnippet = false
        for position in children.indices {
            let afterStarter = exerciseState.takeAfterStarter()
            guard case .codeBlock(let info, let code) = children[position].kind, let range = children[position].range
            else {
                let block = children[position]
                noteExerciseTask(block)
                collectInlineValues(in: block)
                // Only container blocks hold blocks (paragraphs, headings and tables hold inlines).
                if block.isContainer {
                    let outer = exerciseState  // what happens inside a list or a quote stays there
                    visit(children: block.children)
                    exerciseState = outer
                }
                previousWasSnippet = false
                continue
            }
            let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.first == "swift", let role = Snippet.Role(fenceWord: words.dropFirst().first), role != .run {
                addExerciseFence(role, code: code, words: words.dropFirst(2), range: range, afterStarter: afterStarter)
                previousWasSnippet = role == .solution
            } else if words.first == "swift", words.dropFirst().first == "run" {
                exerciseState.awaitingStarter = nil
                addSnippet(code: code, words: words.dropFirst(2), range: range)
                previousWasSnippet = true
            } else if words.first == "output" {
                if words.count > 1 {
                    diagnostics.append(
                        Diagnostic(path: path, line: range.start.line, message: "an 'output' fence takes no options"))
                }
                if previousWasSnippet, snippets[snippets.count - 1].expectedOutput == nil {
                    snippets[snippets.count - 1].expectedOutput = ExpectedOutput(
                        text: code, fenceLine: range.start.line, endLine: range.end.line)
                } else {
                    diagnostics.append(
                        Diagnostic(
                            path: path, line: range.start.line,
                            message: "'output' fence with no 'swift run' snippet right before it"))
                }
                previousWasSnippet = false
            } else {
                previousWasSnippet = false
            }
        }
    }

    /// The inline values of a block that holds inlines (a paragraph, a heading, a table), in
    /// document order. In a heading one is an error: anchors must not move with a value.
    private mutating func collectInlineValues(in block: Markup) {
        guard mayHoldInlineValues else { return }
        let inlines: [Markup]
        switch block.kind {
        case .paragraph, .heading: inlines = block.children
        case .table: inlines = block.children.flatMap(\.children).flatMap(\.children)  // rows, cells, inlines
        default: return
        }
        for child in inlines {
            for span in Self.codeSpans(child) {
                guard case .code(let text) = span.kind, let expression = InlineValue.expression(inCodeSpan: text) else {
                    continue
                }
                let line = span.range?.start.line ?? block.range?.start.line ?? 1
                if case .heading = block.kind {
                    diagnostics.append(
                        Diagnostic(
                            path: path, line: line,
                            message: "an inline value cannot stand in a heading (its anchor would move)"))
                    continue
                }
                if lines == nil {
                    // At `\n` bytes, as cmark counts lines (a `Character` split would keep `\r\n` whole).
                    lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
                        Substring($0)
                    }
                }
                inlineValues.append(
                    InlineValue(
                        index: inlineValues.count, expression: expression, line: line,
                        column: column(of: expression, onLine: line, in: lines ?? []), snippetsBefore: snippets.count))
            }
        }
    }

    /// `node` if it is a code span, or the code spans inside it (emphasis, links), in order.
    private static func codeSpans(_ node: Markup) -> [Markup] {
        if case .code = node.kind { return [node] }
        return node.children.flatMap(codeSpans)
    }

    /// Whether `text` holds `needle`, on bytes (Foundation's `contains` and the generic
    /// `firstRange(of:)` are many times slower over a whole lesson).
    private static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        return text.withUTF8 { bytes in
            var index = 0
            while index + needle.count <= bytes.count {
                if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return true }
                index += 1
            }
            return false
        }
    }

    /// The 1-based column where `{swift} expression` starts its expression on `line`.
    private func column(of expression: String, onLine line: Int, in lines: [Substring]) -> Int {
        guard line >= 1, line <= lines.count,
            let range = lines[line - 1].range(of: InlineValue.marker + expression)
        else { return 1 }
        let text = lines[line - 1]
        // Columns count UTF-8 bytes, as the compiler's and cmark's do.
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound) + InlineValue.marker.utf8.count + 1
    }

    private mutating func addSnippet(code: String, words: ArraySlice<Substring>, range: SourceRange) {
        guard let (options, code, cellOptionLines) = snippetOptions(code: code, words: words, range: range) else {
            return
        }
        if let id = options.id, !ids.insert(id).inserted {
            diagnostics.append(Diagnostic(path: path, line: range.start.line, message: "duplicate snippet id '\(id)'"))
        }
        var snippet = Snippet(
            index: snippets.count, code: code, options: options,
            fenceLine: range.start.line, codeLine: range.start.line + 1, endLine: range.end.line)
        snippet.cellOptionLines = cellOptionLines
        snippets.append(snippet)
    }
}

extension Markup {
    /// A block whose children are blocks: the document, a quote, a list, a list item.
    fileprivate var isContainer: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item: return true
        default: return false
        }
    }
}
