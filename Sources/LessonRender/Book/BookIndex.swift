import LessonCore

/// The whole book as the renderers see it, built once before any of them runs: the lessons in
/// reading order with their labels, numbers and heading anchors, the pages of the page sources,
/// and every reference and relative link resolved against all of them.
///
/// Resolving needs the whole book (a lesson refers to a figure of a later one, links to a reference
/// page), so it happens here, not in a renderer; the HTML and Markdown renderers only read the
/// result. `lessons check` builds it too, for its diagnostics, without writing pages.
package struct BookIndex {
    /// One lesson, ready for the renderers.
    struct Entry {
        var result: LessonResult
        /// The lesson's tree: math protected, inline values substituted, label syntax removed and
        /// references turned into links.
        var prepared: PreparedLesson
        var labels: LessonLabels
        /// The references in the prose, by line, for the Markdown page's source edits.
        var references: [Int: [ResolvedReference]] = [:]
    }

    /// A reference as the pages show it.
    struct ResolvedReference: Equatable {
        var label: String
        var numberOnly: Bool
        /// "Рисунок 2.3", "(4.1)", a section's title; the number alone for `-@`.
        var text: String
        /// `02-relu.md#fig-x`, or `#fig-x` on the same page (the HTML site rewrites `.md`).
        var destination: String
    }

    /// A link to something outside the book (`https:`, `mailto:`, …), where it is written.
    package struct ExternalLink: Hashable {
        package var url: String
        package var path: String
        package var line: Int
    }

    var entries: [Entry]
    package let sourced: [SourcedPages]
    /// Every reference target of the book by label (the first one, when a label is duplicated).
    var targets: [String: (slug: String, target: LessonLabels.Target)] = [:]
    /// Unknown and duplicate labels, unresolved links: each at its line.
    package private(set) var diagnostics: [Diagnostic] = []
    package private(set) var externalLinks: [ExternalLink] = []
    let words: ReferenceWords

    /// Builds the index of `results` (the book's lessons in reading order) with the pages of
    /// `sourced`. `exerciseTargets`, when exercises exist, adds their labels (one line per source).
    init(_ results: [LessonResult], sourced: [SourcedPages], words: ReferenceWords) {
        self.sourced = sourced
        self.words = words
        entries = results.enumerated().map { position, result in
            var prepared = PreparedLesson(result.lesson)
            prepared.document = InlineValueText(result).substituting(
                in: prepared.document, restoring: prepared.restoring)
            let labels = LessonLabels(result, prepared: &prepared, number: position + 1)
            return Entry(result: result, prepared: prepared, labels: labels)
        }
        for (position, entry) in entries.enumerated() where positions[entry.result.lesson.slug] == nil {
            positions[entry.result.lesson.slug] = position
        }
        for entry in entries {
            diagnostics += entry.labels.diagnostics
            for target in entry.labels.targets {
                if let first = targets[target.label] {
                    diagnostics.append(
                        Diagnostic(
                            path: entry.result.lesson.path, line: target.line,
                            message:
                                "duplicate label '\(target.label)' (first at \(first.slug).md:\(first.target.line))"))
                } else {
                    targets[target.label] = (entry.result.lesson.slug, target)
                }
            }
        }
        for index in entries.indices { resolve(index) }
        // By file and line; problems on one line in the order found (references, then links).
        diagnostics = diagnostics.enumerated().sorted {
            ($0.element.path, $0.element.line ?? 0, $0.offset) < ($1.element.path, $1.element.line ?? 0, $1.offset)
        }
        .map(\.element)
    }

    /// The position of each lesson by its slug (the first, when two share one).
    private var positions: [String: Int] = [:]

    /// The entry of the lesson with `slug`.
    func entry(_ slug: String) -> Entry? {
        positions[slug].map { entries[$0] }
    }

    /// The anchors a lesson's HTML page has: its headings' ids and its labelled elements.
    func anchors(of entry: Entry) -> Set<String> {
        Set(entry.labels.headingIDs.values).union(entry.labels.targets.map(\.label))
    }

    // MARK: Resolving

    private mutating func resolve(_ index: Int) {
        let slug = entries[index].result.lesson.slug
        var references: [Int: [ResolvedReference]] = [:]
        var problems: [Diagnostic] = []
        var links: [(destination: String, line: Int)] = []
        let path = entries[index].result.lesson.path
        var unescaped = UnescapedReferences(source: entries[index].result.lesson.source)
        if let document = rewrite(
            entries[index].prepared.document, slug: slug, path: path, unescaped: &unescaped, references: &references,
            problems: &problems, links: &links)
        {
            entries[index].prepared.document = document
        }
        entries[index].references = references
        diagnostics += problems
        for link in links { check(link.destination, line: link.line, in: index) }
    }

    /// `node` with references in its text turned into links, or nil when it holds none (no copy
    /// made: most nodes hold none); collects the links it holds, in document order.
    private func rewrite(
        _ node: borrowing Markup, slug: String, path: String, unescaped: inout UnescapedReferences,
        references: inout [Int: [ResolvedReference]],
        problems: inout [Diagnostic], links: inout [(destination: String, line: Int)]
    ) -> Markup? {
        switch node.kind {
        case .codeBlock, .htmlBlock, .code, .htmlInline, .image:
            return nil
        case .link(let destination, _):
            links.append((destination, node.range?.start.line ?? 0))
            return nil  // No reference inside a link's text: a link cannot hold a link.
        default:
            break
        }
        // Children are borrowed through a buffer, not copied (a copy retains all a node holds).
        var children: [Markup]?
        node.children.withUnsafeBufferPointer { nodes in
            for index in nodes.indices {
                let replacement: [Markup]?
                if case .text(let text) = nodes[index].kind {
                    replacement = pieces(
                        of: text, node: nodes[index], slug: slug, path: path, unescaped: &unescaped,
                        references: &references, problems: &problems)
                } else {
                    replacement = rewrite(
                        nodes[index], slug: slug, path: path, unescaped: &unescaped, references: &references,
                        problems: &problems, links: &links
                    ).map { [$0] }
                }
                if let replacement {
                    if children == nil {
                        children = []
                        children!.reserveCapacity(nodes.count + replacement.count)
                        children!.append(contentsOf: nodes[..<index])
                    }
                    children!.append(contentsOf: replacement)
                } else {
                    children?.append(nodes[index])
                }
            }
        }
        guard let children else { return nil }
        var changed = copy node
        changed.children = children
        return changed
    }

    /// A text node as text and links, one link per reference (an unknown one is left as text); nil
    /// when its text has no reference syntax at all.
    private func pieces(
        of text: String, node: borrowing Markup, slug: String, path: String, unescaped: inout UnescapedReferences,
        references: inout [Int: [ResolvedReference]],
        problems: inout [Diagnostic]
    ) -> [Markup]? {
        let found = CrossReferenceSyntax.references(in: text)
        guard !found.isEmpty else { return nil }
        let line = node.range?.start.line ?? 0
        var pieces: [Markup] = []
        var rest = text.startIndex
        for reference in found where unescaped.take(reference, line: line) {
            guard let resolved = resolve(reference, from: slug) else {
                problems.append(
                    Diagnostic(
                        path: path, line: line, message: "unknown label '\(reference.label)' in '@\(reference.label)'"))
                continue
            }
            references[line, default: []].append(resolved)
            if rest < reference.range.lowerBound {
                pieces.append(Markup(.text(String(text[rest..<reference.range.lowerBound])), range: node.range))
            }
            pieces.append(
                Markup(
                    .link(destination: resolved.destination, title: ""),
                    children: [Markup(.text(resolved.text), range: node.range)],
                    range: node.range))
            rest = reference.range.upperBound
        }
        if rest < text.endIndex { pieces.append(Markup(.text(String(text[rest...])), range: node.range)) }
        return pieces
    }

    func resolve(_ reference: CrossReferenceSyntax.Reference, from slug: String) -> ResolvedReference? {
        guard let (targetSlug, target) = targets[reference.label] else { return nil }
        let text =
            reference.numberOnly || target.kind == .sec ? target.number : words.text(target.kind, number: target.number)
        let destination = (targetSlug == slug ? "" : targetSlug + ".md") + "#" + target.label
        return ResolvedReference(
            label: reference.label, numberOnly: reference.numberOnly, text: text, destination: destination)
    }

    // MARK: Links

    /// Checks one relative link of lesson `index`: a lesson (and its anchor), an anchor on the same
    /// page, a page of a page source. Files are the asset checks' business; remote URLs are listed.
    private mutating func check(_ destination: String, line: Int, in index: Int) {
        let entry = entries[index]
        let path = entry.result.lesson.path
        if Self.isExternal(destination) {
            externalLinks.append(ExternalLink(url: destination, path: path, line: line))
            return
        }
        let hash = destination.firstIndex(of: "#") ?? destination.endIndex
        let file = String(destination[..<hash])
        let fragment =
            hash < destination.endIndex ? Self.percentDecoded(destination[destination.index(after: hash)...]) : nil
        func problem(_ message: String) {
            diagnostics.append(Diagnostic(path: path, line: line, message: message))
        }
        if file.isEmpty {
            if let fragment, !anchors(of: entry).contains(fragment) {
                problem("link '\(destination)': no heading or label '#\(fragment)' on this page")
            }
            return
        }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let slug =
            name.hasSuffix(".md") ? String(name.dropLast(3)) : name.hasSuffix(".html") ? String(name.dropLast(5)) : nil
        guard let slug else { return }  // A file: the asset checks find it or report it.
        if let slash = file.firstIndex(of: "/"), let pages = sourced.first(where: { $0.folder == file[..<slash] }) {
            guard let page = pages.pages.first(where: { $0.slug == slug }) else {
                problem("link '\(destination)': no page '\(slug)' in '\(pages.folder)/'")
                return
            }
            if let fragment, !page.sections.contains(where: { $0.anchor == fragment }) {
                problem("link '\(destination)': no section '#\(fragment)' on page '\(pages.folder)/\(slug)'")
            }
            return
        }
        guard let target = self.entry(slug) else { return }  // Not a lesson: a file, which the asset checks cover.
        if let fragment, !anchors(of: target).contains(fragment) {
            problem("link '\(destination)': no heading or label '#\(fragment)' in lesson '\(slug)'")
        }
    }

    /// A URL with a scheme (`https:`, `mailto:`) or a host (`//host/…`).
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        guard let colon = destination.firstIndex(of: ":"), let first = destination.first, first.isLetter else {
            return false
        }
        return destination[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// `%D1%84` as `ф`: authors may write an anchor either way.
    static func percentDecoded(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
