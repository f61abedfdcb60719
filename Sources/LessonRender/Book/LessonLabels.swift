import LessonCore

/// One lesson's labels and numbers, and its Markdown tree with the label syntax taken out of the
/// text: what `BookIndex` collects per lesson before it resolves any reference.
///
/// Numbering: `N` is the lesson's position in reading order; figures are counted in order across
/// the lesson's snippets (every figure, labelled or not), tables and equations only when labelled.
struct LessonLabels: Sendable {
    /// A thing a reference can lead to.
    struct Target: Sendable {
        var label: String
        var kind: LabelKind
        /// `2.3` (figures, tables, equations, exercises); for a section, its title.
        var number: String
        var line: Int
    }

    /// A figure or table a snippet displays: the snippet's index and its count among the
    /// snippet's figures (or tables), from 0.
    struct OutputKey: Hashable, Sendable {
        var snippet: Int
        var index: Int
    }

    var number: Int
    var targets: [Target] = []
    /// Every heading's `id`, by the heading's line: `{#sec-x}` where given, else made from its text.
    var headingIDs: [Int: String] = [:]
    var figures: [OutputKey: Caption] = [:]
    var snippetTables: [OutputKey: Caption] = [:]
    /// Captions of pipe tables, by the table's first line.
    var pipeTables: [Int: Caption] = [:]
    /// Labelled display equations, by the paragraph's first line.
    var equations: [Int: Caption] = [:]
    /// Label syntax to replace on the Markdown page, by line.
    var markdownEdits: [Int: [MarkdownEdit]] = [:]
    var diagnostics: [Diagnostic] = []

    enum MarkdownEdit: Sendable, Equatable {
        /// `{#sec-x}` after a heading's text becomes an anchor.
        case headingLabel(String)
        /// `{#eq-x}` after display math: the number as `\tag`.
        case equationLabel(String, number: String)
        /// `: Caption {#tbl-x}` becomes the numbered caption.
        case tableCaption(Caption)
    }

    static let none = LessonLabels(number: 0)

    init(number: Int) { self.number = number }

    /// Collects the labels of `result`'s lesson (N = `number`) from `prepared`, which comes back
    /// with the label syntax removed.
    init(_ result: LessonResult, prepared: inout PreparedLesson, number: Int) {
        self.number = number
        var collector = Collector(result: result, prepared: prepared, labels: self)
        if let document = collector.block(prepared.document) { prepared.document = document }
        self = collector.labels
        targets += Self.exerciseTargets(result.lesson, number: number)
    }

    private struct Collector {
        let result: LessonResult
        let prepared: PreparedLesson
        var labels: LessonLabels
        var anchors = HeadingAnchors()
        var figureCount = 0
        var tableCount = 0
        var equationCount = 0
        let snippetsByLine: [Int: Int]

        init(result: LessonResult, prepared: PreparedLesson, labels: LessonLabels) {
            self.result = result
            self.prepared = prepared
            self.labels = labels
            var byLine: [Int: Int] = [:]
            for snippet in result.lesson.snippets { byLine[snippet.fenceLine] = snippet.index }
            snippetsByLine = byLine
        }

        var path: String { result.lesson.path }

        /// `node` with its label syntax taken out, or nil when it holds none (no copy made).
        mutating func block(_ node: borrowing Markup) -> Markup? {
            switch node.kind {
            case .document, .blockQuote, .list, .item:
                // Children are borrowed through a buffer, not copied: most hold no label syntax.
                var children: [Markup]?
                node.children.withUnsafeBufferPointer { nodes in
                    for index in nodes.indices {
                        if index > 0, case .table = nodes[index - 1].kind, let caption = tableCaption(nodes[index]) {
                            labels.pipeTables[nodes[index - 1].range?.start.line ?? 0] = caption
                            if children == nil { children = Array(nodes[..<index]) }
                            continue
                        }
                        if let changed = block(nodes[index]) {
                            if children == nil { children = Array(nodes[..<index]) }
                            children!.append(changed)
                        } else {
                            children?.append(nodes[index])
                        }
                    }
                }
                guard let children else { return nil }
                var changed = copy node
                changed.children = children
                return changed
            case .heading:
                return heading(node)
            case .paragraph:
                return equation(node)
            case .codeBlock:
                if let line = node.range?.start.line, let index = snippetsByLine[line] { snippet(index) }
                return nil
            default:
                return nil
            }
        }

        /// Records the heading's id; the heading with its `{#label}` taken out, or nil without one.
        mutating func heading(_ node: borrowing Markup) -> Markup? {
            let line = node.range?.start.line ?? 0
            guard case .text(let text)? = node.children.last?.kind,
                let (rest, label) = CrossReferenceSyntax.trailingLabel(text)
            else {
                labels.headingIDs[line] = anchors.id(for: prepared.plainText(node))
                return nil
            }
            var node = copy node
            node.children[node.children.count - 1].kind = .text(rest)
            if rest.isEmpty { node.children.removeLast() }
            labels.markdownEdits[line, default: []].append(.headingLabel(label))
            anchors.reserve(label)
            labels.headingIDs[line] = label
            if LabelKind(label: label) == .sec {
                add(Target(label: label, kind: .sec, number: prepared.plainText(node), line: line))
            }
            return node
        }

        /// A paragraph of display math ending in `{#eq-x}`, with the label taken out.
        mutating func equation(_ node: borrowing Markup) -> Markup? {
            guard case .text(let text)? = node.children.last?.kind,
                let (rest, label) = CrossReferenceSyntax.trailingLabel(text),
                LabelKind(label: label) == .eq
            else { return nil }
            var node = copy node
            node.children[node.children.count - 1].kind = .text(rest)
            guard isDisplayMath(node) else { return nil }
            let line = node.range?.start.line ?? 0
            equationCount += 1
            let number = "\(labels.number).\(equationCount)"
            labels.equations[line] = Caption(label: label, number: number)
            let lastLine = node.children.last?.range?.start.line ?? node.range?.end.line ?? line
            labels.markdownEdits[lastLine, default: []].append(.equationLabel(label, number: number))
            add(Target(label: label, kind: .eq, number: number, line: line))
            return node
        }

        private func isDisplayMath(_ node: Markup) -> Bool {
            var found = false
            for child in node.children {
                switch child.kind {
                case .softBreak, .lineBreak: continue
                case .text(let text):
                    for scalar in text.unicodeScalars where scalar != MathSpans.filler && scalar != " " {
                        guard !found, let span = prepared.span(scalar), span.display else { return false }
                        found = true
                    }
                default: return false
                }
            }
            return found
        }

        /// A paragraph `: Caption {#tbl-x}` right after a pipe table.
        mutating func tableCaption(_ node: borrowing Markup) -> Caption? {
            guard node.kind == .paragraph, case .text(let first)? = node.children.first?.kind, first.hasPrefix(": ")
            else { return nil }
            var text = String(prepared.plainText(node).dropFirst(2))
            var label: String?
            if let (rest, name) = CrossReferenceSyntax.trailingLabel(text) {
                text = rest
                label = name
            }
            let line = node.range?.start.line ?? 0
            var caption = Caption(label: label, text: text)
            if let label {
                guard LabelKind(label: label) == .tbl else {
                    labels.diagnostics.append(
                        Diagnostic(
                            path: path, line: line, message: "a table's label must start with 'tbl-', not '\(label)'"))
                    return caption
                }
                tableCount += 1
                caption.number = "\(labels.number).\(tableCount)"
                add(Target(label: label, kind: .tbl, number: caption.number!, line: line))
            }
            labels.markdownEdits[line, default: []].append(.tableCaption(caption))
            return caption
        }

        mutating func snippet(_ index: Int) {
            let snippet = result.lesson.snippets[index]
            let outcome = index < result.snippets.count ? result.snippets[index] : nil
            var figures: [String] = []
            var tables = 0
            for item in outcome?.items ?? [] {
                switch item {
                case .figure(let svg): figures.append(svg)
                case .table: tables += 1
                case .text: break
                }
            }
            let label = snippet.options.label
            let kind = label.flatMap { LabelKind(label: $0) }
            for (figure, svg) in figures.enumerated() {
                figureCount += 1
                var caption = Caption(number: "\(labels.number).\(figureCount)", text: SVGInliner.title(of: svg))
                if kind == .fig || kind == nil, let text = snippet.options.caption, figure == 0 { caption.text = text }
                if kind == .fig, figures.count == 1 {
                    caption.label = label
                    add(Target(label: label!, kind: .fig, number: caption.number!, line: snippet.fenceLine))
                }
                labels.figures[OutputKey(snippet: index, index: figure)] = caption
            }
            for table in 0..<tables where kind == .tbl || snippet.options.caption != nil {
                var caption = Caption(text: snippet.options.caption)
                if kind == .tbl, tables == 1 {
                    tableCount += 1
                    caption.label = label
                    caption.number = "\(labels.number).\(tableCount)"
                    add(Target(label: label!, kind: .tbl, number: caption.number!, line: snippet.fenceLine))
                }
                labels.snippetTables[OutputKey(snippet: index, index: table)] = caption
            }
            guard let label, let kind, kind == .fig || kind == .tbl else { return }
            let count = kind == .fig ? figures.count : tables
            let ran = outcome?.status == .succeeded
            guard count != 1 else { return }
            if ran {
                let what = kind == .fig ? "figure" : "table"
                labels.diagnostics.append(
                    Diagnostic(
                        path: path, line: snippet.fenceLine,
                        message: "snippet '\(label)' must display exactly one \(what), but displayed \(count)"))
            }
            // Still a target, so that references to it are not reported as unknown on top of this.
            add(Target(label: label, kind: kind, number: "\(labels.number).?", line: snippet.fenceLine))
        }

        mutating func add(_ target: Target) {
            labels.targets.append(target)
        }
    }
}
