import LessonCore

/// Renders a lesson's Markdown tree and its snippet results as the body of an HTML page.
///
/// A walker over `Markup`: blocks and inlines each have one method; snippets are found by the line
/// of their fence, and the `output` fence that follows a snippet is dropped because the computed
/// output replaces it.
struct HTMLLessonRenderer {
    /// One heading as it appears in the page's table of contents.
    struct TOCEntry {
        var level: Int
        var id: String
        /// The heading's content as HTML, links removed.
        var html: String
    }

    let result: LessonResult
    let prepared: PreparedLesson
    let strings: InterfaceStrings
    let links: LessonLinks
    /// Heading ids, figure and table captions, equation numbers (see `BookIndex`).
    var labels = LessonLabels.none
    var words = ReferenceWords.english
    /// Local images and files of the lesson, pointed at their copies under `assets/`.
    private let assetLinks: AssetLinks
    private var anchors = HeadingAnchors()
    private(set) var toc: [TOCEntry] = []
    /// The `id` of every heading, in document order (the search index names sections by them).
    private(set) var headingIDs: [String] = []
    /// The `id` of the heading of the list of exercises at the end of the page, if it has one.
    private(set) var exerciseListID: String?
    /// The `id` of every heading the page shows, in document order: `headingIDs` and the list of
    /// exercises (what a language switch lists, `CounterpartLinks`).
    var pageAnchors: [String] { headingIDs + (exerciseListID.map { [$0] } ?? []) }
    /// Small at first: a page renders into the page's own buffer (`renderDocument(appendingTo:)`),
    /// and a table-of-contents entry is one heading long.
    private(set) var html = HTMLBuilder(capacity: 256)
    /// Figure files written by the outputs on this page, by path relative to `html/`.
    private(set) var figures: [(path: String, svg: String)] = []
    /// MathML already made on this page: lessons repeat their formulas ($x$, $f$) a lot.
    private var mathCache: [MathSpan: String] = [:]
    private let expectedOutputLines: Set<Int>
    private let snippetsByLine: [Int: Int]
    /// Numbers, solutions and the closing list of the lesson's exercises (`ExercisePresentation`).
    var exercises = ExercisePresentation()

    init(result: LessonResult, prepared: PreparedLesson, strings: InterfaceStrings, links: LessonLinks) {
        self.result = result
        self.prepared = prepared
        self.strings = strings
        self.links = links
        assetLinks = AssetLinks(result.assets, base: LessonAssets.base(of: result.lesson))
        expectedOutputLines = Set(result.lesson.snippets.compactMap { $0.expectedOutput?.fenceLine })
        var byLine: [Int: Int] = [:]
        for snippet in result.lesson.snippets { byLine[snippet.fenceLine] = snippet.index }
        snippetsByLine = byLine
    }

    /// True when the document opens with its own level-1 heading (then the page adds no title).
    static func hasOwnTitle(_ document: Markup) -> Bool {
        document.children.first?.kind == .heading(level: 1)
    }

    mutating func renderDocument() {
        blocks(prepared.document.children)
        exerciseList()
    }

    /// Renders the document at the end of `builder`, which saves copying a large page afterwards.
    mutating func renderDocument(appendingTo builder: inout HTMLBuilder) {
        swap(&html, &builder)
        renderDocument()
        swap(&html, &builder)
    }

    // MARK: Blocks

    /// Renders `nodes`, borrowed through a buffer rather than copied one by one (a copy of a node
    /// retains all it holds, which over a book costs as much as the rendering).
    private mutating func blocks(_ nodes: [Markup]) {
        nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices { block(nodes[index]) }
        }
    }

    private mutating func block(_ node: borrowing Markup) {
        switch node.kind {
        case .document:
            blocks(node.children)
        case .paragraph:
            if exerciseLeadIn(node) { return }
            if let span = displayMath(node) {
                let equation = labels.equations[node.range?.start.line ?? -1]
                html.raw(CaptionHTML.equationOpening(equation))
                html.raw(mathML(span))
                html.raw(CaptionHTML.equationClosing(equation))
            } else {
                html.open("p")
                inlines(node.children)
                html.raw("</p>\n")
            }
        case .heading(let level):
            heading(node, level: level)
        case .blockQuote:
            blockQuote(node)
        case .list(let ordered, let start, let tight):
            let tag = ordered ? "ol" : "ul"
            html.open(tag, "start", ordered && start != 1 ? String(start) : nil)
            html.newline()
            node.children.withUnsafeBufferPointer { items in
                for item in items.indices {
                    html.open("li")
                    items[item].children.withUnsafeBufferPointer { children in
                        for index in children.indices {
                            if tight, children[index].kind == .paragraph {
                                if !exerciseLeadIn(children[index]) { inlines(children[index].children) }
                            } else {
                                block(children[index])
                            }
                        }
                    }
                    html.raw("</li>\n")
                }
            }
            html.close(tag)
            html.newline()
        case .item:
            html.open("li")
            blocks(node.children)
            html.raw("</li>\n")
        case .codeBlock(let info, let code):
            codeBlock(node, info: info, code: code)
        case .htmlBlock(let raw):
            // Authors' own HTML passes through, as CommonMark specifies (local `<img>` at the copies).
            html.raw(assetLinks.rewritingImageSources(in: prepared.restoring(raw)))
        case .thematicBreak:
            html.raw("<hr>\n")
        case .table(let alignments):
            table(node, alignments: alignments)
        case .tableRow, .tableCell:
            break  // Rendered by `table`.
        default:
            // Inline content where a block was expected: keep it rather than lose text.
            inline(node)
        }
    }

    private mutating func heading(_ node: borrowing Markup, level: Int) {
        let id = node.range.flatMap { labels.headingIDs[$0.start.line] } ?? anchors.id(for: prepared.plainText(node))
        headingIDs.append(id)
        html.open("h\(level)", "id", id)
        inlines(node.children)
        html.open("a", [("class", "anchor"), ("href", "#" + id), ("aria-hidden", "true"), ("tabindex", "-1")])
        html.raw("#</a>")
        html.close("h\(level)")
        html.newline()
        if level == 2 || level == 3 {
            // Into a buffer of its own, swapped in for the heading's inlines.
            var entry = HTMLBuilder(capacity: 256)
            swap(&html, &entry)
            inlines(node.children, linksAsText: true)
            swap(&html, &entry)
            toc.append(TOCEntry(level: level, id: id, html: entry.string))
        }
    }

    private mutating func blockQuote(_ node: borrowing Markup) {
        guard let (kind, rest) = Callout.recognise(node) else {
            html.raw("<blockquote>\n")
            blocks(node.children)
            html.raw("</blockquote>\n")
            return
        }
        html.open("aside", [("class", "callout callout-\(kind.rawValue)")])
        html.element("p", [("class", "callout-label")], text: kind.label(strings))
        blocks(rest)
        html.raw("</aside>\n")
    }

    private mutating func table(_ node: borrowing Markup, alignments: [Markup.TableAlignment]) {
        html.raw(CaptionHTML.tableOpening(labels.pipeTables[node.range?.start.line ?? -1], words: words))
        node.children.withUnsafeBufferPointer { rows in
            // The header row first, then the others, each group only when it has a row.
            for isHeader in [true, false] {
                let group = rows.indices.filter { (rows[$0].kind == .tableRow(isHeader: true)) == isHeader }
                guard !group.isEmpty else { continue }
                html.raw(isHeader ? "<thead>\n" : "<tbody>\n")
                for row in group { self.row(rows[row], cell: isHeader ? "th" : "td", alignments: alignments) }
                html.raw(isHeader ? "</thead>\n" : "</tbody>\n")
            }
        }
        html.raw("</table></div>\n")
    }

    private mutating func row(_ row: borrowing Markup, cell: String, alignments: [Markup.TableAlignment]) {
        html.raw("<tr>")
        row.children.withUnsafeBufferPointer { cells in
            for index in cells.indices {
                let alignment = index < alignments.count ? alignments[index] : .none
                html.open(cell, "class", Self.alignmentClass(alignment))
                inlines(cells[index].children)
                html.close(cell)
            }
        }
        html.raw("</tr>\n")
    }

    static func alignmentClass(_ alignment: Markup.TableAlignment) -> String? {
        switch alignment {
        case .none: return nil
        case .left: return "align-left"
        case .center: return "align-center"
        case .right: return "align-right"
        }
    }

    /// The span of a paragraph that holds nothing but one `$$…$$` formula.
    private func displayMath(_ node: borrowing Markup) -> MathSpan? {
        var found: MathSpan?
        for child in node.children {
            switch child.kind {
            case .softBreak, .lineBreak: continue
            case .text(let text):
                for scalar in text.unicodeScalars {
                    if scalar == MathSpans.filler || scalar == " " { continue }
                    guard found == nil, let span = prepared.span(scalar), span.display else { return nil }
                    found = span
                }
            default: return nil
            }
        }
        return found
    }

    // MARK: Code and snippets

    private mutating func codeBlock(_ node: borrowing Markup, info: String, code: String) {
        let line = node.range?.start.line ?? -1
        if expectedOutputLines.contains(line) { return }
        // The engine decided which blocks are snippets (`swift run`, `swift exercise`, `swift solution`).
        if let index = snippetsByLine[line] {
            let snippetResult = index < result.snippets.count ? result.snippets[index] : nil
            if result.lesson.snippets[index].role == .solution {
                solution(result.lesson.snippets[index], result: snippetResult)
            } else {
                snippet(result.lesson.snippets[index], result: snippetResult)
            }
            return
        }
        // The first word: every byte that ends it is ASCII, so a cut there keeps whole scalars.
        let language = String(
            Substring(
                info.utf8.prefix {
                    $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0B && $0 != 0x0C
                }))
        codeListing(prepared.restoring(code), language: language)
    }

    private mutating func codeListing(_ code: String, language: String) {
        let languageClass = language.isEmpty ? nil : "language-" + language
        html.open("pre", "class", "code")
        html.open("code", "class", languageClass)
        if language == "swift" {
            SwiftHighlighter.highlight(code, into: &html)
        } else {
            html.text(code)
        }
        html.raw("</code></pre>\n")
    }

    private mutating func snippet(_ snippet: Snippet, result snippetResult: SnippetResult?) {
        if !snippet.options.hide {
            codeListing(snippet.shownCode, language: "swift")
        }
        guard !snippet.options.hideOutput, let snippetResult else { return }
        let status: (cssClass: String, text: String)? =
            switch snippetResult.status {
            case .succeeded: nil
            case .failed: ("failed", strings.snippetFailed)
            case .failedAsExpected: ("expected-error", strings.snippetFailedAsExpected)
            case .notRun: ("not-run", strings.snippetNotRun)
            }
        if snippetResult.items.isEmpty && status == nil && !snippetResult.truncated { return }
        let classes = "output" + (status.map { " output-" + $0.cssClass } ?? "")
        html.open("section", [("class", classes), ("aria-label", strings.output)])
        html.element("p", [("class", "output-label")], text: strings.output)
        if let status {
            html.element("p", [("class", "output-status")], text: status.text)
        }
        var tableIndex = -1
        for block in OutputBlock.blocks(of: snippetResult.items) {
            switch block {
            case .text(let text):
                html.open("pre", [("class", "output-text")])
                html.open("samp")
                html.text(text.hasSuffix("\n") ? String(text.dropLast()) : text)
                html.raw("</samp></pre>\n")
            case .figure(let svg, let figureIndex):
                let path = FigureFiles.path(slug: result.lesson.slug, snippet: snippet.index, figure: figureIndex)
                figures.append((path, svg))
                html.raw(
                    CaptionHTML.figure(
                        svg, labels.figures[.init(snippet: snippet.index, index: figureIndex)], words: words))
            case .table(let table):
                tableIndex += 1
                html.raw(
                    CaptionHTML.tableOpening(
                        labels.snippetTables[.init(snippet: snippet.index, index: tableIndex)], words: words))
                displayTable(table)
            }
        }
        if snippetResult.truncated {
            html.element("p", [("class", "output-truncated")], text: strings.outputTruncated)
        }
        html.raw("</section>\n")
    }

    private mutating func displayTable(_ table: DisplayTable) {
        html.raw("<thead><tr>")
        for header in table.headers { html.element("th", text: header) }
        html.raw("</tr></thead>\n<tbody>\n")
        for row in table.rows {
            html.raw("<tr>")
            for cell in row { html.element("td", text: cell) }
            html.raw("</tr>\n")
        }
        html.raw("</tbody></table></div>\n")
    }

    // MARK: Inlines

    private mutating func inlines(_ nodes: [Markup], linksAsText: Bool = false) {
        nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices { inline(nodes[index], linksAsText: linksAsText) }
        }
    }

    private mutating func inline(_ node: borrowing Markup, linksAsText: Bool = false) {
        switch node.kind {
        case .text(let text):
            self.text(text)
        case .softBreak:
            html.newline()
        case .lineBreak:
            html.raw("<br>\n")
        case .code(let code):
            html.element("code", text: prepared.restoring(code))
        case .htmlInline(let raw):
            html.raw(assetLinks.rewritingImageSources(in: prepared.restoring(raw)))
        case .emphasis:
            html.open("em")
            inlines(node.children, linksAsText: linksAsText)
            html.close("em")
        case .strong:
            html.open("strong")
            inlines(node.children, linksAsText: linksAsText)
            html.close("strong")
        case .link(let destination, let title):
            if linksAsText {
                inlines(node.children, linksAsText: true)
                return
            }
            let target = prepared.restoring(destination)
            let href = links.htmlDestination(target) ?? assetLinks.url(for: target) ?? target
            html.open("a", [("href", HTMLBuilder.href(href)), ("title", title.isEmpty ? nil : title)])
            inlines(node.children)
            html.close("a")
        case .image(let source, let title):
            let restored = prepared.restoring(source)
            html.open(
                "img",
                [
                    ("src", HTMLBuilder.href(assetLinks.url(for: restored) ?? restored)),
                    ("alt", prepared.plainText(node)),
                    ("title", title.isEmpty ? nil : title),
                ])
        default:
            blocks(node.children)
        }
    }

    private mutating func mathML(_ span: MathSpan) -> String {
        if let cached = mathCache[span] { return cached }
        let markup = MathML.render(span.tex, display: span.display)
        mathCache[span] = markup
        return markup
    }

    /// Text with math placeholders turned into MathML.
    private mutating func text(_ text: String) {
        guard !prepared.math.isEmpty, PreparedLesson.mayHoldPlaceholder(text) else {
            html.text(text)
            return
        }
        // Runs of plain text between placeholders (and fillers, which stand for nothing) go out
        // as slices of `text`, not rebuilt scalar by scalar.
        let scalars = text.unicodeScalars
        var plainStart = scalars.startIndex
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let span = prepared.span(scalar)
            if span != nil || scalar == MathSpans.filler {
                html.text(String(scalars[plainStart..<index]))
                if let span { html.raw(mathML(span)) }
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        html.text(String(scalars[plainStart..<index]))
    }
}

// MARK: Exercises

extension HTMLLessonRenderer {
    /// Renders `node` as an exercise's lead-in ("Exercise 4.2." in bold, the page anchor on the
    /// paragraph, the label removed) when it is one.
    fileprivate mutating func exerciseLeadIn(_ node: borrowing Markup) -> Bool {
        guard let exercise = exercises.exercise(leadInLine: node.range?.start.line, in: result.lesson),
            let (_, rest) = ExerciseLeadIn.recognise(node)
        else { return false }
        html.open("p", [("class", "exercise"), ("id", exercise.anchor)])
        html.element("strong", text: exercises.title(exercise) + ".")
        if !rest.isEmpty { html.raw(" ") }
        inlines(rest)
        html.raw("</p>\n")
        return true
    }

    /// A solution folded under its exercise, with its output; nothing with `--no-solutions`.
    fileprivate mutating func solution(_ solution: Snippet, result snippetResult: SnippetResult?) {
        guard exercises.includesSolutions else { return }
        html.raw("<details class=\"solution\">\n")
        html.element("summary", text: exercises.strings.solution)
        html.newline()
        snippet(solution, result: snippetResult)
        html.raw("</details>\n")
    }

    /// The list of the lesson's exercises at the end of the page, each linked to its task.
    fileprivate mutating func exerciseList() {
        let lesson = result.lesson
        guard !lesson.exercises.isEmpty else { return }
        let leadIns = ExercisePresentation.leadIns(in: prepared.document, lesson: lesson)
        let title = exercises.strings.exercises
        let id = anchors.id(for: title)
        exerciseListID = id
        html.open("section", [("class", "exercise-list"), ("aria-labelledby", id)])
        html.newline()
        html.element("h2", [("id", id)], text: title)
        html.raw("\n<ul>\n")
        for exercise in lesson.exercises {
            html.open("li")
            html.element("a", [("href", "#" + exercise.anchor)], text: exercises.title(exercise))
            let task =
                leadIns[exercise.line].flatMap(ExerciseLeadIn.recognise).map {
                    prepared.reading($0.rest.map(\.plainText).joined())
                } ?? ""
            if !task.isEmpty { html.text(". " + ExercisePresentation.summary(task)) }
            html.raw("</li>\n")
        }
        html.raw("</ul>\n</section>\n")
        toc.append(TOCEntry(level: 2, id: id, html: HTMLBuilder.escape(title)))
    }
}
