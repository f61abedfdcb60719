import LessonCore

/// Renders a lesson as GitHub-flavoured Markdown with computed outputs inlined.
///
/// The walker finds the blocks that change (snippets, their `output` fences, the front matter);
/// every other line is copied from the source exactly as the author wrote it. Re-serialising the
/// tree instead would have to re-escape text, and would risk changing math, tables and callouts,
/// which GitHub renders itself from the very same syntax.
package struct MarkdownLessonRenderer {
    let result: LessonResult
    let strings: InterfaceStrings
    /// Captions, numbers and label anchors, and the references resolved by `BookIndex`.
    var labels = LessonLabels.none
    var references: [Int: [BookIndex.ResolvedReference]] = [:]
    var words = ReferenceWords.english

    /// A replacement of the source lines `first...last` (1-based, inclusive) by `text`.
    private struct Splice {
        var first: Int
        var last: Int
        var text: String
    }

    /// The page, and the figure files it links to (paths relative to `markdown/`).
    func render(previous: (slug: String, title: String)?, next: (slug: String, title: String)?)
        -> (page: String, figures: [(path: String, svg: String)])
    {
        let lesson = result.lesson
        var splices: [Splice] = []
        var figures: [(path: String, svg: String)] = []
        // Local images and files point at their copies; only destinations change, never lines.
        let source = AssetLinks(result.assets).markdownSource(of: lesson)
        let lines = SourceLines(bytes: CrossReferenceMarkdown(labels: labels, references: references, words: words)
            .source(InlineValueText(result).markdownSource(source, lesson: lesson)))
        let frontMatterEnd = lines.frontMatterEnd
        var head = ""
        if !HTMLLessonRenderer.hasOwnTitle(lesson.document) {
            head = "# " + lesson.frontMatter.title + "\n"
            if let description = lesson.frontMatter.description { head += "\n" + description + "\n" }
        }
        if let frontMatterEnd {
            splices.append(Splice(first: 1, last: frontMatterEnd, text: head))
        } else if !head.isEmpty {
            splices.append(Splice(first: 1, last: 0, text: head + "\n"))
        }
        let expectedOutputs = Dictionary(
            lesson.snippets.compactMap { s in s.expectedOutput.map { ($0.fenceLine, $0.endLine) } },
            uniquingKeysWith: { a, _ in a })
        var snippetsByLine: [Int: Int] = [:]
        for snippet in lesson.snippets { snippetsByLine[snippet.fenceLine] = snippet.index }

        func walk(_ node: Markup) {
            if case .codeBlock = node.kind, let range = node.range {
                let line = range.start.line
                let indent = lines.prefix(line)
                if let end = expectedOutputs[line] {
                    splices.append(Splice(first: line, last: end, text: ""))
                } else if let index = snippetsByLine[line] {
                    let snippet = lesson.snippets[index]
                    let snippetResult = index < result.snippets.count ? result.snippets[index] : nil
                    var text = ""
                    if !snippet.options.hide { text += Self.fence(snippet.shownCode, info: "swift") }
                    if !snippet.options.hideOutput, let snippetResult {
                        let output = self.output(snippet, snippetResult, figures: &figures)
                        if !output.isEmpty { text += (text.isEmpty ? "" : "\n") + output }
                    }
                    let indented = text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? indent.trimmingSpaces : indent + $0 }
                        .joined(separator: "\n")
                    splices.append(Splice(first: line, last: range.end.line, text: indented))
                }
                return
            }
            // Code blocks sit only in blocks that hold blocks: paragraphs, headings and tables
            // hold inlines, which need no visit.
            switch node.kind {
            case .document, .blockQuote, .list, .item: for child in node.children { walk(child) }
            default: break
            }
        }
        walk(lesson.document)

        var page: [UInt8] = []
        page.reserveCapacity(lines.bytes.count + 1024)
        var lineNumber = 1
        for splice in splices.sorted(by: { ($0.first, $0.last) < ($1.first, $1.last) }) {
            while lineNumber < splice.first && lineNumber <= lines.count {
                page += lines[lineNumber]
                page.append(0x0A)
                lineNumber += 1
            }
            page += splice.text.utf8
            if !splice.text.isEmpty && !splice.text.hasSuffix("\n") { page.append(0x0A) }
            lineNumber = max(lineNumber, splice.last + 1)
        }
        while lineNumber <= lines.count {
            page += lines[lineNumber]
            page.append(0x0A)
            lineNumber += 1
        }
        // Drop the blank lines a removed `output` fence leaves behind, then add navigation.
        var text = Self.collapsingBlankLines(page)
        text += "\n---\n\n" + navigation(previous: previous, next: next) + "\n"
        return (text, figures)
    }

    private func navigation(previous: (slug: String, title: String)?, next: (slug: String, title: String)?) -> String {
        var parts: [String] = []
        if let previous { parts.append("← [\(Self.linkText(previous.title))](\(previous.slug).md)") }
        parts.append("[\(Self.linkText(strings.home))](README.md)")
        if let next { parts.append("[\(Self.linkText(next.title))](\(next.slug).md) →") }
        return parts.joined(separator: " · ")
    }

    private func output(_ snippet: Snippet, _ snippetResult: SnippetResult, figures: inout [(path: String, svg: String)])
        -> String
    {
        var blocks: [String] = []
        switch snippetResult.status {
        case .succeeded: break
        case .failed: blocks.append("> [!CAUTION]\n> \(strings.snippetFailed)")
        case .failedAsExpected: blocks.append("*\(strings.snippetFailedAsExpected)*")
        case .notRun: blocks.append("> [!WARNING]\n> \(strings.snippetNotRun)")
        }
        var tableIndex = -1
        for block in OutputBlock.blocks(of: snippetResult.items) {
            switch block {
            case .text(let text):
                blocks.append(Self.fence(text, info: "text"))
            case .figure(let svg, let figureIndex):
                let path = FigureFiles.path(slug: result.lesson.slug, snippet: snippet.index, figure: figureIndex)
                figures.append((path, svg))
                let caption = labels.figures[.init(snippet: snippet.index, index: figureIndex)]
                blocks.append(CrossReferenceMarkdown.figure(path: path, caption: caption, svg: svg, words: words))
            case .table(let table):
                tableIndex += 1
                let caption = labels.snippetTables[.init(snippet: snippet.index, index: tableIndex)]
                blocks.append(CrossReferenceMarkdown.tableCaption(caption, words: words) + Self.pipeTable(table))
            }
        }
        if snippetResult.truncated { blocks.append("*\(strings.outputTruncated)*") }
        guard !blocks.isEmpty else { return "" }
        return "**\(strings.output):**\n\n" + blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: Helpers shared with the index and reference pages

    /// A fenced code block long enough not to be closed by backticks inside `code`.
    static func fence(_ code: String, info: String) -> String {
        var longest = 0, run = 0
        for character in code {
            if character == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let marker = String(repeating: "`", count: max(3, longest + 1))
        let body = code.hasSuffix("\n") ? code : code + "\n"
        return marker + info + "\n" + body + marker + "\n"
    }

    /// A GFM pipe table; cell text is escaped so it cannot become Markdown or HTML.
    package static func pipeTable(_ table: DisplayTable) -> String {
        var lines = ["| " + table.headers.map(cellText).joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: " --- |", count: max(table.headers.count, 1)))
        for row in table.rows {
            var cells = row.map(cellText)
            while cells.count < table.headers.count { cells.append("") }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// Text that shows literally in Markdown: punctuation that could start syntax is escaped.
    package static func escapeText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "$", "!", "&":
                out.append("\\")
                out.append(character)
            case "\n":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }

    static func linkText(_ text: String) -> String { escapeText(text) }

    private static func cellText(_ text: String) -> String { escapeText(text) }

    /// The page with runs of blank lines outside code fences reduced to one, no blank lines at
    /// the start, and exactly one newline at the end.
    private static func collapsingBlankLines(_ page: [UInt8]) -> String {
        // The page is valid UTF-8 (source lines and strings spliced at line ends), so its bytes are
        // split as they are, not decoded and encoded again.
        let lines = SourceLines(bytes: page)
        var out: [UInt8] = []
        out.reserveCapacity(page.count)
        var previousBlank = true  // Also drops blank lines at the very start.
        var inFence = false
        for number in 1...lines.count {
            let trimmed = lines.trimmed(number)
            if trimmed.starts(with: "```".utf8) || trimmed.starts(with: "~~~".utf8) { inFence.toggle() }
            let blank = trimmed.isEmpty && !inFence
            if blank && previousBlank { continue }
            previousBlank = blank
            out += lines[number]
            out.append(0x0A)
        }
        while out.count >= 2 && out[out.count - 1] == 0x0A && out[out.count - 2] == 0x0A { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
