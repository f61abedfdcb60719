import LessonCore

/// Rewrites links between pages: `02-relu.md#x` becomes `02-relu.html#x` on the HTML site, and
/// `reference/relu.md` (a page of a page source in its folder) becomes `reference/relu.html`.
///
/// Only relative links whose file is a lesson or a sourced page of the book are rewritten;
/// anything with a scheme, an absolute path or an unknown file is left as written. The Markdown
/// pages keep the `.md` links, which name the same files there.
struct LessonLinks {
    /// Slugs of the book's lessons.
    var slugs: Set<String>
    /// The slugs of the sourced pages, by their folder (`reference`: `relu`, …).
    var sourcedPages: [String: Set<String>] = [:]

    /// The destination for the HTML page of a lesson at `html/`, or `nil` to keep the link.
    func htmlDestination(_ destination: String) -> String? {
        if let (slug, fragment) = lessonTarget(destination) { return slug + ".html" + fragment }
        if let slash = destination.firstIndex(of: "/") {
            let folder = String(destination[..<slash])
            if let slugs = sourcedPages[folder], let (slug, fragment) = split(destination[slash...].dropFirst()),
                slugs.contains(slug)
            {
                return folder + "/" + slug + ".html" + fragment
            }
        }
        return nil
    }

    /// `relu.md#x` as `relu` and `#x`; nil unless it is a plain `.md` file name.
    private func split(_ destination: Substring) -> (String, String)? {
        let hashIndex = destination.firstIndex(of: "#") ?? destination.endIndex
        let path = destination[..<hashIndex]
        guard path.hasSuffix(".md"), !path.contains("/") else { return nil }
        return (String(path.dropLast(3)), String(destination[hashIndex...]))
    }

    /// `destination.contains("://")`, without Foundation's slow search where the answer is plain:
    /// ASCII text (where its search matches bytes) or text with no such bytes at all.
    private static func containsSchemeSeparator(_ destination: String) -> Bool {
        let bytes = destination.utf8
        var found = false
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: ":"), bytes[index...].starts(with: "://".utf8) {
                found = true
                break
            }
            index = bytes.index(after: index)
        }
        guard found else { return false }
        return bytes.allSatisfy { $0 < 0x80 } ? true : destination.contains("://")
    }

    /// Whether `path` lies in the folder of a page source (`reference/relu.md`).
    private func isSourcedPage(_ path: Substring) -> Bool {
        guard let slash = path.firstIndex(of: "/") else { return false }
        return sourcedPages[String(path[..<slash])] != nil
    }

    /// Splits `dir/02-relu.md#frag` into `02-relu` and `#frag` when it names a lesson.
    func lessonTarget(_ destination: String) -> (slug: String, fragment: String)? {
        if Self.containsSchemeSeparator(destination) || destination.hasPrefix("/") || destination.hasPrefix("#")
            || destination.hasPrefix("mailto:")
        {
            return nil
        }
        let hashIndex = destination.firstIndex(of: "#") ?? destination.endIndex
        let path = destination[..<hashIndex]
        let fragment = String(destination[hashIndex...])
        guard path.hasSuffix(".md"), !isSourcedPage(path) else { return nil }
        let file = path.split(separator: "/").last.map(String.init) ?? String(path)
        let slug = String(file.dropLast(3))
        return slugs.contains(slug) ? (slug, fragment) : nil
    }
}

/// Where each figure of a lesson's output is written, relative to the `html/` or `markdown/` folder.
enum FigureFiles {
    /// `figures/02-relu-3-1.svg`: lesson slug, snippet number and figure number, counted from 1.
    static func path(slug: String, snippet: Int, figure: Int) -> String {
        "figures/\(slug)-\(snippet + 1)-\(figure + 1).svg"
    }
}
