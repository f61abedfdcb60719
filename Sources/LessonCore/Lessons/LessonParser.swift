/// Turns one lesson file's text into a `Lesson`: front matter, Markdown tree, snippets with their
/// options and expected outputs.
public enum LessonParser {
    /// Parses `source`, the contents of the file at `path` (used verbatim in diagnostics).
    /// Throws every problem found, each at its `file:line`.
    public static func parse(path: String, source: String) throws(LessonLoadingError) -> Lesson {
        guard let split = try FrontMatterParser.split(source, path: path) else {
            throw LessonLoadingError(Diagnostic(
                path: path, line: 1, message: "a lesson must start with front matter ('---', 'title: …', '---')"))
        }
        let frontMatter = try FrontMatterParser.parse(split, path: path)
        let document = MarkdownParser.parse(split.body, firstLine: split.bodyFirstLine)
        var collector = SnippetCollector(path: path)
        collector.visit(children: document.children)
        if !collector.diagnostics.isEmpty { throw LessonLoadingError(collector.diagnostics) }
        return Lesson(path: path, source: source, frontMatter: frontMatter, document: document, snippets: collector.snippets)
    }
}

/// Finds `swift run` fences and the `output` fences that follow them, in document order, at any
/// depth (a snippet may sit in a list item or a quote).
private struct SnippetCollector {
    let path: String
    var snippets: [Snippet] = []
    var diagnostics: [Diagnostic] = []
    var ids: Set<String> = []

    init(path: String) {
        self.path = path
    }

    mutating func visit(children: [Markup]) {
        // Whether the previous sibling block was a snippet still waiting for its output fence.
        var previousWasSnippet = false
        for block in children {
            guard case .codeBlock(let info, let code) = block.kind, let range = block.range else {
                visit(children: block.children.filter(\.isBlock))
                previousWasSnippet = false
                continue
            }
            let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.first == "swift", words.dropFirst().first == "run" {
                addSnippet(code: code, words: words.dropFirst(2), range: range)
                previousWasSnippet = true
            } else if words.first == "output" {
                if words.count > 1 {
                    diagnostics.append(Diagnostic(path: path, line: range.start.line, message: "an 'output' fence takes no options"))
                }
                if previousWasSnippet, snippets[snippets.count - 1].expectedOutput == nil {
                    snippets[snippets.count - 1].expectedOutput = ExpectedOutput(
                        text: code, fenceLine: range.start.line, endLine: range.end.line)
                } else {
                    diagnostics.append(Diagnostic(
                        path: path, line: range.start.line,
                        message: "'output' fence with no 'swift run' snippet right before it"))
                }
                previousWasSnippet = false
            } else {
                previousWasSnippet = false
            }
        }
    }

    private mutating func addSnippet(code: String, words: ArraySlice<Substring>, range: SourceRange) {
        let options: SnippetOptions
        do {
            options = try SnippetOptions(words: words)
        } catch {
            diagnostics.append(Diagnostic(path: path, line: range.start.line, message: error.message))
            return
        }
        if let id = options.id, !ids.insert(id).inserted {
            diagnostics.append(Diagnostic(path: path, line: range.start.line, message: "duplicate snippet id '\(id)'"))
        }
        snippets.append(Snippet(
            index: snippets.count, code: code, options: options,
            fenceLine: range.start.line, codeLine: range.start.line + 1, endLine: range.end.line))
    }
}

private extension Markup {
    var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak,
             .table, .tableRow, .tableCell:
            return true
        default:
            return false
        }
    }
}
