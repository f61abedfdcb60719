import Foundation

/// Rewrites one built page so it can live inside the combined print page: every id gets the page's
/// prefix (`02-relu--итоги`), links to pages of the print book become in-document anchors
/// (`02-relu.html#итоги` → `#02-relu--итоги`), and every other relative address (figures, images,
/// downloads, pages left out) becomes an absolute `file:` URL into the html folder, so the print
/// page works from anywhere.
///
/// It reads only tags (text never holds a raw `<`: the renderer escapes it), and within them only
/// the attributes that name ids: `id`, `href`, `xlink:href`, `src`, the ARIA id lists, `for`, and
/// `url(#…)` in any value.
struct PrintLinks {
    /// The html folder of the edition.
    var folder: URL
    /// Page path (relative to `folder`, `reference/relu.html`) → its anchor in the print page.
    var anchors: [String: String]

    /// The anchor prefix of a page: its path without `.html`, folders joined with `-`.
    static func anchor(forPage path: String) -> String {
        let stem = path.hasSuffix(".html") ? String(path.dropLast(5)) : path
        return stem.replacingOccurrences(of: "/", with: "-")
    }

    /// `html`, a part of the page at `page`, with its ids and addresses rewritten.
    func rewrite(_ html: String, page: String) -> String {
        let prefix = anchors[page] ?? Self.anchor(forPage: page)
        return HTMLTags.rewritingAttributes(html) { name, value in
            switch name {
            case "id": return "\(prefix)--\(value)"
            case "href", "xlink:href", "src": return address(value, from: page, prefix: prefix)
            case "aria-labelledby", "aria-describedby", "aria-controls", "for":
                return value.split(separator: " ").map { "\(prefix)--\($0)" }.joined(separator: " ")
            default:
                return value.contains("url(#")
                    ? value.replacingOccurrences(of: "url(#", with: "url(#\(prefix)--") : value
            }
        }
    }

    /// An address as the print page needs it.
    func address(_ value: String, from page: String, prefix: String) -> String {
        // Ids are written as they are, fragments sometimes percent-encoded (`#%D0%B2…`).
        if value.hasPrefix("#") { return "#\(prefix)--\(Self.decoded(value.dropFirst()))" }
        if value.isEmpty || value.hasPrefix("/") || Self.hasScheme(value) { return value }
        let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = Self.resolve(String(parts[0]), from: page)
        let fragment = parts.count > 1 ? Self.decoded(parts[1]) : nil
        if let anchor = anchors[target] {
            // A page's own top is its section; `index.html#reference` is the contents.
            guard let fragment, !fragment.isEmpty, target != PrintBook.indexPage else { return "#\(anchor)" }
            return "#\(anchor)--\(fragment)"
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
