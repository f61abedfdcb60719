/// A local file a lesson references: an image (`![…](images/net.png)`, `<img src>` in raw HTML) or
/// a linked file that is not a lesson (`[data](data/x.csv)`). The pipeline reads it; the site
/// carries a copy under `assets/` in both `html/` and `markdown/`.
public struct LessonAsset: Hashable, Sendable {
    /// The file's path relative to the lessons folder, normalised: `images/net.png`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Where the copy lives, relative to `html/` and to `markdown/`: `assets/images/net.png`.
    /// A folder of its own, so that no lesson file can collide with a page, a figure or `style.css`.
    public var outputPath: String { "assets/" + path }
}

/// Finding the local files a lesson references in its Markdown tree, with the line of each
/// reference (for diagnostics) and the bytes of the source that spell its destination (so the
/// Markdown pages, which copy the source, can point at the copy).
///
/// Remote destinations (a scheme such as `https:` or `data:`, or `//host`), anchors (`#x`) and
/// Markdown files (lessons and reference pages, which `LessonLinks` handles) are not assets.
enum LessonAssets {
    /// What a local destination names.
    enum Target: Hashable {
        /// A file inside the lessons folder, by its normalised path relative to the folder.
        case file(String)
        /// An absolute path (`/etc/passwd`): not part of the book, and not portable.
        case absolute
        /// A relative path that climbs out of the lessons folder (`../../etc/passwd`).
        case outside
    }

    /// One local reference in a lesson.
    struct Reference: Hashable {
        enum Kind: Hashable {
            case image, link
        }

        var kind: Kind
        /// The destination as parsed (cmark's URL, or the `src` attribute's value).
        var destination: String
        var target: Target
        /// The line of the image or link (the line of `src=` in a multi-line HTML block).
        var line: Int
        /// Byte ranges of the lesson's source that spell the destination; empty when it could not
        /// be found there (the Markdown page then keeps it as written).
        var spans: [Range<Int>]
        /// True for an `<img src>` in raw HTML, where a rewritten destination is HTML-escaped.
        var isHTML = false
    }

    // MARK: Destinations

    /// The file a destination names, or nil when it is not a local file (remote, anchor, lesson,
    /// folder). Lessons sit directly in the lessons folder, so a path relative to the lesson file
    /// is relative to the folder.
    static func target(of destination: String) -> Target? {
        let path = pathPart(of: destination)
        guard !path.isEmpty, !path.hasPrefix("#"), !path.hasPrefix("//"), !hasScheme(path) else { return nil }
        let decoded = percentDecoded(path)
        guard !decoded.hasSuffix("/"), !decoded.lowercased().hasSuffix(".md") else { return nil }
        if decoded.hasPrefix("/") { return .absolute }
        var components: [Substring] = []
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return .outside }
                components.removeLast()
            default: components.append(component)
            }
        }
        return components.isEmpty ? nil : .file(components.joined(separator: "/"))
    }

    /// The destination without its `?query` and `#fragment`.
    static func pathPart(of destination: String) -> Substring {
        destination[..<(destination.firstIndex { $0 == "?" || $0 == "#" } ?? destination.endIndex)]
    }

    /// `http:`, `data:`, `mailto:`: a letter, then letters, digits, `+`, `-` or `.`, then a colon.
    private static func hasScheme(_ path: Substring) -> Bool {
        guard let colon = path.firstIndex(of: ":"), let first = path.first, first.isASCII, first.isLetter else {
            return false
        }
        return path[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// `my%20net.png` as `my net.png`; text with a stray `%` or decoding to invalid UTF-8 is kept.
    static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var utf8 = text.utf8[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "%"), utf8.count >= 3,
                let value = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? String(text)
    }

    /// The URL of a copied file, relative to the page (`assets/images/my%20net.png`), followed by
    /// the original destination's query and fragment.
    static func url(forAsset path: String, destination: String) -> String {
        let suffix = destination[pathPart(of: destination).endIndex...]
        return percentEncoded(LessonAsset(path: path, bytes: []).outputPath, keeping: "/")
            + percentEncoded(suffix, keeping: "/?#=&%+:@!$'*,;")
    }

    /// Every byte outside the URL's unreserved characters (and `keeping`) as `%XX`, so the URL
    /// needs no escaping in Markdown or HTML and no quoting in an attribute.
    private static func percentEncoded(_ text: some StringProtocol, keeping: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (character.isLetter || character.isNumber || "-._~".contains(character)
                || keeping.utf8.contains(byte))
            {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: References in a lesson

    /// Every local reference of `lesson`, in document order.
    static func references(in lesson: Lesson) -> [Reference] {
        var finder = ReferenceFinder(lesson)
        finder.visit(lesson.document)
        return finder.references
    }
}

/// A walk over a lesson's tree collecting its local references; see `LessonAssets.references(in:)`.
private struct ReferenceFinder {
    let lines: SourceLines
    var references: [LessonAssets.Reference] = []
    /// Lines of code blocks, where a `[label]: destination` line is code, not a definition.
    private var codeLines: Set<Int> = []

    init(_ lesson: Lesson) {
        lines = SourceLines(lesson.source)
        var codeLines: Set<Int> = []
        func collect(_ node: Markup) {
            if case .codeBlock = node.kind, let range = node.range {
                codeLines.formUnion(range.start.line...max(range.start.line, range.end.line))
            }
            node.children.forEach(collect)
        }
        collect(lesson.document)
        self.codeLines = codeLines
    }

    mutating func visit(_ node: Markup) {
        switch node.kind {
        case .image(let source, _):
            add(.image, source, node.range)
        case .link(let destination, _):
            add(.link, destination, node.range)
        case .htmlBlock(let raw), .htmlInline(let raw):
            html(raw, node.range, isBlock: node.kind == .htmlBlock(raw))
        default:
            break
        }
        for child in node.children { visit(child) }
    }

    private mutating func add(_ kind: LessonAssets.Reference.Kind, _ destination: String, _ range: SourceRange?) {
        guard let range, let target = LessonAssets.target(of: destination) else { return }
        references.append(
            LessonAssets.Reference(
                kind: kind, destination: destination, target: target, line: range.start.line,
                spans: destinationSpans(destination, range)))
    }

    // MARK: Markdown destinations in the source

    /// Where the source spells `destination` for the image or link at `range`: right after the
    /// node's `](` (the usual case), else after any `](` on its lines (cmark's columns are off in
    /// table cells), else in a `[label]: destination` definition (reference-style links).
    private func destinationSpans(_ destination: String, _ range: SourceRange) -> [Range<Int>] {
        guard range.start.line >= 1, range.end.line <= lines.count else { return [] }
        let bytes = lines.bytes
        let first = lines.ranges[range.start.line - 1].lowerBound
        let last = lines.ranges[max(range.start.line, range.end.line) - 1].upperBound
        let start = first + range.start.column - 1
        if start >= first && start < last, let opening = closingBracket(from: start, limit: last),
            opening + 1 < last, bytes[opening + 1] == UInt8(ascii: "("),
            let span = token(at: opening + 2, limit: last, matching: destination)
        {
            return [span]
        }
        var spans: [Range<Int>] = []
        var index = first
        while index + 1 < last {
            if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "("),
                let span = token(at: index + 2, limit: last, matching: destination)
            {
                spans.append(span)
            }
            index += 1
        }
        return spans.isEmpty ? definitionSpans(destination) : spans
    }

    /// The `]` that closes the `[` at (or after `!` at) `start`, skipping escapes and nested brackets.
    private func closingBracket(from start: Int, limit: Int) -> Int? {
        let bytes = lines.bytes
        var index = start
        if bytes[index] == UInt8(ascii: "!") { index += 1 }
        guard index < limit, bytes[index] == UInt8(ascii: "[") else { return nil }
        var depth = 0
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The link destination starting at `start` (after optional spaces): `<…>` (its inside) or a
    /// run up to a space or an unbalanced `)`; nil unless it unescapes to `destination`.
    private func token(at start: Int, limit: Int, matching destination: String) -> Range<Int>? {
        let bytes = lines.bytes
        var begin = start
        while begin < limit, bytes[begin] == UInt8(ascii: " ") || bytes[begin] == UInt8(ascii: "\t") { begin += 1 }
        guard begin < limit else { return nil }
        var end = begin
        if bytes[begin] == UInt8(ascii: "<") {
            begin += 1
            end = begin
            while end < limit, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "\n") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard end < limit, bytes[end] == UInt8(ascii: ">") else { return nil }
        } else {
            var depth = 0
            scan: while end < limit {
                switch bytes[end] {
                case UInt8(ascii: "\\"): end += 1
                case 0...0x20: break scan
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    if depth == 0 { break scan }
                    depth -= 1
                default: break
                }
                end += 1
            }
            end = min(end, limit)
        }
        return Self.unescaped(bytes[begin..<end]) == destination ? begin..<end : nil
    }

    /// Backslash escapes of ASCII punctuation removed, as CommonMark reads a destination.
    private static func unescaped(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] < 0x80,
                Character(Unicode.Scalar(bytes[index + 1])).isPunctuation
                    || Character(Unicode.Scalar(bytes[index + 1])).isSymbol
            {
                index += 1
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Destinations of `[label]: destination` definitions (up to three spaces in) that spell
    /// `destination`, outside code blocks.
    private func definitionSpans(_ destination: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for number in 1...lines.count where !codeLines.contains(number) {
            let range = lines.ranges[number - 1]
            var index = range.lowerBound
            while index < range.upperBound, index - range.lowerBound < 3, lines.bytes[index] == UInt8(ascii: " ") {
                index += 1
            }
            guard index < range.upperBound, lines.bytes[index] == UInt8(ascii: "["),
                let close = closingBracket(from: index, limit: range.upperBound),
                close + 1 < range.upperBound, lines.bytes[close + 1] == UInt8(ascii: ":"),
                let span = token(at: close + 2, limit: range.upperBound, matching: destination)
            else { continue }
            spans.append(span)
        }
        return spans
    }

    // MARK: Raw HTML

    /// `<img src>` in a raw HTML block or inline tag. Spans are looked up in the source lines of a
    /// block, or at the inline tag's own columns (only when the source there is the tag itself).
    private mutating func html(_ raw: String, _ range: SourceRange?, isBlock: Bool) {
        guard let range, raw.utf8.count >= 5, range.start.line >= 1, range.end.line <= lines.count else { return }
        var region: Range<Int>?
        if isBlock {
            region = lines.ranges[range.start.line - 1].lowerBound..<lines.ranges[max(range.start.line, range.end.line) - 1].upperBound
        } else {
            let start = lines.ranges[range.start.line - 1].lowerBound + range.start.column - 1
            let end = start + raw.utf8.count
            if start >= 0, end <= lines.bytes.count, lines.bytes[start..<end].elementsEqual(raw.utf8) { region = start..<end }
        }
        if let region {
            for source in HTMLImageSources.find(in: lines.bytes[region]) {
                guard let target = LessonAssets.target(of: source.value) else { continue }
                let line = range.start.line + lines.bytes[region.lowerBound..<source.range.lowerBound].count { $0 == 0x0A }
                references.append(
                    LessonAssets.Reference(
                        kind: .image, destination: source.value, target: target, line: line, spans: [source.range],
                        isHTML: true))
            }
        } else {
            // The tag is not where cmark says: still a reference (its file must exist), not rewritten.
            for source in HTMLImageSources.find(in: Array(raw.utf8)[...]) {
                guard let target = LessonAssets.target(of: source.value) else { continue }
                references.append(
                    LessonAssets.Reference(
                        kind: .image, destination: source.value, target: target, line: range.start.line, spans: [],
                        isHTML: true))
            }
        }
    }
}

/// The `src` attributes of `<img>` tags in raw HTML: a small scanner, not an HTML parser. Enough
/// for what authors write in Markdown (`<img src="x.png" width="300">`); comments are skipped.
enum HTMLImageSources {
    /// Each `src` value (entities `&amp;` decoded) and the byte range of its text (inside quotes).
    static func find(in bytes: ArraySlice<UInt8>) -> [(value: String, range: Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index...].starts(with: "<!--".utf8) {
                index = end(of: "-->", in: bytes, from: index + 4)
                continue
            }
            // `<img` in any case, then a space, `/` or `>` (not `<imgs`).
            let name = bytes[(index + 1)...].prefix(3).map { $0 | 0x20 }
            let after = index + 4 < bytes.endIndex ? bytes[index + 4] : UInt8(ascii: ">")
            guard name.elementsEqual("img".utf8), isSpace(after) || after == UInt8(ascii: "/") || after == UInt8(ascii: ">")
            else {
                index += 1
                continue
            }
            index += 4
            // Attributes up to the end of the tag.
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: ">") {
                if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                let nameStart = index
                while index < bytes.endIndex, !isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) { index += 1 }
                let attribute = bytes[nameStart..<index].map { $0 | 0x20 }
                while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.endIndex else { break }
                let valueRange: Range<Int>
                if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let close = bytes[(index + 1)...].firstIndex(of: quote) ?? bytes.endIndex
                    valueRange = (index + 1)..<close
                    index = min(close + 1, bytes.endIndex)
                } else {
                    let start = index
                    while index < bytes.endIndex, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    valueRange = start..<index
                }
                if attribute.elementsEqual("src".utf8) {
                    let value = String(decoding: bytes[valueRange], as: UTF8.self).replacingAll("&amp;", with: "&")
                    found.append((value, valueRange))
                }
            }
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func end(of marker: String, in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.endIndex {
            if bytes[index...].starts(with: marker.utf8) { return index + marker.utf8.count }
            index += 1
        }
        return bytes.endIndex
    }
}

/// Where the pages of one lesson point its local references: at the copies of the files that were
/// read for it (`LessonResult.assets`). References to files that were not read (missing, outside
/// the folder) keep their destination; the build reports them.
struct AssetLinks {
    private let paths: Set<String>

    init(_ assets: [LessonAsset]?) {
        paths = Set((assets ?? []).map(\.path))
    }

    var isEmpty: Bool { paths.isEmpty }

    /// The page-relative URL of the copy `destination` names, or nil to keep the destination.
    func url(for destination: String) -> String? {
        guard !paths.isEmpty, case .file(let path) = LessonAssets.target(of: destination), paths.contains(path) else {
            return nil
        }
        return LessonAssets.url(forAsset: path, destination: destination)
    }

    /// Raw HTML with the `src` of each `<img>` that names a copied file pointing at the copy.
    func rewritingImageSources(in raw: String) -> String {
        guard !paths.isEmpty, raw.contains("<") else { return raw }
        var bytes = Array(raw.utf8)
        for source in HTMLImageSources.find(in: bytes[...]).reversed() {
            guard let url = url(for: source.value) else { continue }
            bytes.replaceSubrange(source.range, with: HTMLBuilder.escape(url).utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The lesson's source with each destination of a copied file pointing at the copy. Only
    /// destinations change, never a line break, so the source's line numbers still hold.
    func markdownSource(of lesson: Lesson) -> [UInt8] {
        var bytes = Array(lesson.source.utf8)
        guard !paths.isEmpty else { return bytes }
        var edits: [Range<Int>: String] = [:]
        for reference in LessonAssets.references(in: lesson) {
            guard let url = url(for: reference.destination) else { continue }
            for span in reference.spans { edits[span] = reference.isHTML ? HTMLBuilder.escape(url) : url }
        }
        for (span, url) in edits.sorted(by: { $0.key.lowerBound > $1.key.lowerBound }) {
            bytes.replaceSubrange(span, with: url.utf8)
        }
        return bytes
    }
}
