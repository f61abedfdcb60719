import Foundation

/// Rewrites one built page so it can live inside the combined print page: every id becomes short
/// and unique in the book (`итоги` in 02-relu.html → `02-relu.7`: Chromium turns ids into PDF
/// destination names, which readers want under 128 bytes, and Cyrillic ids triple in length there),
/// links to pages of the print book become in-document anchors (`02-relu.html#итоги` →
/// `#02-relu.7`), and every other relative address (figures, images, downloads, pages left out)
/// becomes an absolute `file:` URL into the html folder, so the print page works from anywhere.
///
/// It reads only tags (text never holds a raw `<`: the renderer escapes it), and within them only
/// the attributes that name ids: `id`, `href`, `xlink:href`, `src`, the ARIA id lists, `for`, and
/// `url(#…)` in any value.
struct PrintLinks {
    /// The html folder of the edition.
    var folder: URL
    /// Page path (relative to `folder`, `reference/relu.html`) → its anchor in the print page.
    var anchors: [String: String]
    /// Page path → the page's ids → their ids in the print page (`learn(_:page:)`).
    private var ids: [String: [String: String]] = [:]

    init(folder: URL, anchors: [String: String]) {
        self.folder = folder
        self.anchors = anchors
    }

    /// The anchor prefix of a page: its path without `.html`, folders joined with `-`.
    static func anchor(forPage path: String) -> String {
        let stem = path.hasSuffix(".html") ? String(path.dropLast(5)) : path
        return stem.replacingOccurrences(of: "/", with: "-")
    }

    /// Numbers the ids of `html`, the part of the page at `page` that will be printed: every page's
    /// ids are learnt before any is rewritten, so links may point forward.
    mutating func learn(_ html: String, page: String) {
        let prefix = anchors[page] ?? Self.anchor(forPage: page)
        var numbered: [String: String] = [:]
        _ = HTMLTags.rewritingAttributes(html) { name, value in
            if name == "id", numbered[value] == nil { numbered[value] = "\(prefix).\(numbered.count + 1)" }
            return value
        }
        ids[page] = numbered
    }

    /// The print page's id for `id` of `page`; an id the page lacks keeps a recognisable form.
    func id(_ id: some StringProtocol, of page: String) -> String {
        ids[page]?[String(id)] ?? "\(anchors[page] ?? Self.anchor(forPage: page))--\(id)"
    }

    /// `html`, a part of the page at `page`, with its ids and addresses rewritten.
    func rewrite(_ html: String, page: String) -> String {
        HTMLTags.rewritingAttributes(html) { name, value in
            switch name {
            case "id": return id(value, of: page)
            case "href", "xlink:href", "src": return address(value, from: page)
            case "aria-labelledby", "aria-describedby", "aria-controls", "for":
                return value.split(separator: " ").map { id($0, of: page) }.joined(separator: " ")
            default: return references(in: value, of: page)
            }
        }
    }

    /// `url(#id)` references in an attribute value (`clip-path`, `style`), rewritten.
    func references(in value: String, of page: String) -> String {
        var result = ""
        var rest = value[...]
        while let open = rest.range(of: "url(#"), let close = rest[open.upperBound...].firstIndex(of: ")") {
            result += rest[..<open.upperBound] + id(rest[open.upperBound..<close], of: page)
            rest = rest[close...]
        }
        return result + rest
    }

    /// An address as the print page needs it.
    func address(_ value: String, from page: String) -> String {
        // Ids are written as they are, fragments sometimes percent-encoded (`#%D0%B2…`).
        if value.hasPrefix("#") { return "#" + id(Self.decoded(value.dropFirst()), of: page) }
        if value.isEmpty || value.hasPrefix("/") || Self.hasScheme(value) { return value }
        let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = Self.resolve(String(parts[0]), from: page)
        let fragment = parts.count > 1 ? Self.decoded(parts[1]) : nil
        if let anchor = anchors[target] {
            // A page's own top is its section; `index.html#reference` is the contents.
            guard let fragment, !fragment.isEmpty, target != PrintBook.indexPage else { return "#\(anchor)" }
            return "#" + id(fragment, of: target)
        }
        let file = folder.appendingPathComponent(target).absoluteString
        return fragment.map { "\(file)#\($0)" } ?? file
    }

    static func decoded(_ fragment: Substring) -> String {
        String(fragment).removingPercentEncoding ?? String(fragment)
    }

    /// `relative` (a path with `..` and `.`) resolved against the folder of `page`.
    static func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": if !parts.isEmpty { parts.removeLast() }
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `https:`, `mailto:`, `data:`: a scheme is letters before the first `:`, with no `/` before it.
    static func hasScheme(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return false }
        let scheme = value[..<colon]
        return !scheme.isEmpty
            && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
