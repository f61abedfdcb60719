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
    /// Numbers, solutions and the closing list of the lesson's exercises.
    var exercises = ExercisePresentation()
    /// Captions, numbers and label anchors, and the references resolved by `BookIndex`.
    var labels = LessonLabels.none
    var references: [Int: [BookIndex.ResolvedReference]] = [:]
    var words = ReferenceWords.english
    /// The lesson's package to download, linked at the top of the page.
    var download: PackageDownload?

    /// A replacement of the source lines `first...last` (1-based, inclusive) by `text`; an
    /// insertion before line `first` when `last` is `first - 1`.
    private struct Splice {
        var first: Int
        var last: Int
        var text: String
        /// True when `text` is code the renderer wrote (fences and outputs): its lines are kept
        /// byte for byte, blank ones included.
        var isCode = false
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
        let lines = SourceLines(
            bytes: CrossReferenceMarkdown(labels: labels, references: references, words: words)
                .source(InlineValueText(result).markdownSource(source, lesson: lesson)))
        let frontMatterEnd = lines.frontMatterEnd
        var head = download?.markdown ?? ""
        if !HTMLLessonRenderer.hasOwnTitle(lesson.document) {
            head += "# " + lesson.frontMatter.title + "\n"
            // A blank line after the description, or the lesson's first line would continue it.
            if let description = lesson.frontMatter.description { head += "\n" + description + "\n\n" }
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
        // Source lines whose every byte matters: the author's code blocks and HTML blocks, where a
        // blank line is content, not space between blocks.
        var verbatim = [Bool](repeating: false, count: lines.count + 2)
        func keep(_ range: SourceRange) {
            for number in range.start.line...max(range.start.line, range.end.line) where number < verbatim.count {
                verbatim[number] = true
            }
        }

        func walk(_ node: Markup) {
            if case .codeBlock(let info, let code) = node.kind, let range = node.range {
                let line = range.start.line
                // Under the same block-quote markers, and indented as far as the fence in a list item.
                let indent = lines.continuationPrefix(before: range.start)
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
                    if snippet.role == .solution { text = exercises.markdownSolution(text) }
                    let indented = text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? indent.trimmingSpaces : indent + $0 }
                        .joined(separator: "\n")
                    splices.append(Splice(first: line, last: range.end.line, text: indented, isCode: true))
                } else {
                    keep(range)
                    // A fence the lesson leaves open would run on over the page's footer.
                    if let closing = lines.closingFence(forOpenBlockAt: range, info: info, code: code) {
                        splices.append(
                            Splice(first: range.end.line + 1, last: range.end.line, text: closing, isCode: true))
                    }
                }
                return
            }
            if case .htmlBlock = node.kind, let range = node.range {
                keep(range)
                return
            }
            // Code blocks sit only in blocks that hold blocks: paragraphs, headings and tables
            // hold inlines, which need no visit.
            switch node.kind {
            case .document, .blockQuote, .list, .item: for child in node.children { walk(child) }
            case .paragraph:
                if let line = node.range?.start.line, line <= lines.count,
                    let text = exercises.markdownLeadIn(
                        String(decoding: lines[line], as: UTF8.self), line: line, lesson: lesson)
                {
                    splices.append(Splice(first: line, last: line, text: text))
                }
            default: break
            }
        }
        walk(lesson.document)

        // Blank lines between blocks are written once (a removed `output` fence leaves some
        // behind); blank lines inside code are code, and are kept.
        var page = MarkdownPageText(capacity: lines.bytes.count + 1024)
        var lineNumber = 1
        for splice in splices.sorted(by: { ($0.first, $0.last) < ($1.first, $1.last) }) {
            while lineNumber < splice.first && lineNumber <= lines.count {
                page.append(line: lines[lineNumber], isCode: verbatim[lineNumber])
                lineNumber += 1
            }
            page.append(text: splice.text, isCode: splice.isCode)
            lineNumber = max(lineNumber, splice.last + 1)
        }
        while lineNumber <= lines.count {
            page.append(line: lines[lineNumber], isCode: verbatim[lineNumber])
            lineNumber += 1
        }
        let text =
            page.text + exercises.markdownList(lesson) + "\n---\n\n" + navigation(previous: previous, next: next) + "\n"
        return (text, figures)
    }

    private func navigation(previous: (slug: String, title: String)?, next: (slug: String, title: String)?) -> String {
        var parts: [String] = []
        if let previous { parts.append("← [\(Self.linkText(previous.title))](\(previous.slug).md)") }
        parts.append("[\(Self.linkText(strings.home))](README.md)")
        if let next { parts.append("[\(Self.linkText(next.title))](\(next.slug).md) →") }
        return parts.joined(separator: " · ")
    }

    private func output(
        _ snippet: Snippet, _ snippetResult: SnippetResult, figures: inout [(path: String, svg: String)]
    )
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
                // Blocks are joined by one blank line: without the fence's own final newline.
                blocks.append(String(Self.fence(text, info: "text").dropLast()))
            case .figure(let svg, let figureIndex):
                let path = FigureFiles.path(slug: result.lesson.slug, snippet: snippet.index, figure: figureIndex)
                let parameter = ExplorableFigureSVG.parameter(of: svg)
                figures.append((path, parameter == nil ? svg : ExplorableFigureSVG.defaultFrameOnly(svg)))
                let caption = labels.figures[.init(snippet: snippet.index, index: figureIndex)]
                var figure = CrossReferenceMarkdown.figure(path: path, caption: caption, svg: svg, words: words)
                if let parameter {
                    let note = ExplorableFigureSVG.note(parameter: parameter, language: words.language)
                    figure += "\n\n*" + Self.escapeText(note) + "*"
                }
                blocks.append(figure)
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
        var longest = 0
        var run = 0
        for character in code {
            if character == "`" {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
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
}
