import Foundation
import LessonCore

/// Links every page of an edition to its counterparts in the other editions, after the pages are
/// rendered (a layer over the single-book renderer): `<link rel="alternate" hreflang="…">` for each
/// edition and `x-default` for the root index, a visible language switch in the site header, and a
/// line at the top of each Markdown page.
///
/// Counterparts are the pages with the same path in another edition (lessons share file names,
/// reference pages their slugs); a page with none links the other edition's index. The switch
/// keeps the reader's place: each link lists the counterpart's heading anchors in order, and
/// `editions.js` follows the link to the heading at the same position (labelled sections carry
/// the same anchor in every edition).
struct CounterpartLinks {
    /// Each edition's language and its rendered files, by path inside `html/` or `markdown/` of the
    /// edition (`02-relu.html`, `reference/relu.html`).
    struct EditionPages {
        var language: String
        var html: [String: [UInt8]]
        var markdown: [String: [UInt8]]
        /// Pages already written and not rendered again (reused): HTML pages with their heading
        /// anchors, Markdown pages by path. They are counterparts, but are not linked again.
        var reusedHTML: [String: [String]] = [:]
        var reusedMarkdown: Set<String> = []
        /// The heading anchors of the lesson pages just rendered, as the renderer gave them
        /// (`SiteRenderer.LessonFiles.anchors`), by path: these pages are not read again for them.
        var renderedAnchors: [String: [String]] = [:]

        func hasHTML(_ path: String) -> Bool { html[path] != nil || reusedHTML[path] != nil }
        func hasMarkdown(_ path: String) -> Bool { markdown[path] != nil || reusedMarkdown.contains(path) }
    }

    var editions: [EditionPages]
    /// The heading anchors of every HTML page of every edition, in document order, by language and path.
    let anchors: [String: [String: [String]]]

    init(editions: [EditionPages]) {
        self.editions = editions
        var anchors: [String: [String: [String]]] = [:]
        for edition in editions {
            anchors[edition.language] = edition.reusedHTML
            for (path, bytes) in edition.html where path.hasSuffix(".html") {
                // Index, verified and page-source pages are few and small: their headings are read.
                anchors[edition.language, default: [:]][path] =
                    edition.renderedAnchors[path] ?? Self.headingAnchors(String(decoding: bytes, as: UTF8.self))
            }
        }
        self.anchors = anchors
    }

    /// Everything `linked` adds to the HTML page `html` and the Markdown page `markdown` of edition
    /// `index` depends on, as text: a reused page whose context changed must be rendered again.
    func context(html: String, markdown: String, of index: Int) -> String {
        editions.map { other in
            let anchors = other.hasHTML(html) ? (self.anchors[other.language]?[html] ?? []).joined(separator: " ") : "-"
            return "\(other.language) \(other.hasMarkdown(markdown)) \(anchors)"
        }.joined(separator: "\n") + "\n\(editions[index].language)"
    }

    /// The pages of edition `index` with their counterparts linked.
    func linked(_ index: Int) -> EditionPages {
        var edition = editions[index]
        for (path, bytes) in edition.html where path.hasSuffix(".html") {
            var page = String(decoding: bytes, as: UTF8.self)
            let up = String(repeating: "../", count: path.split(separator: "/").count)
            var head = ""
            for other in editions {
                let target = other.hasHTML(path) ? path : "index.html"
                head +=
                    "<link rel=\"alternate\" hreflang=\"\(other.language)\" href=\"\(up)\(other.language)/\(target)\">\n"
            }
            head += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(up)index.html\">\n"
            var nav = "<nav class=\"language-switch\" aria-label=\"Language\">"
            for other in editions where other.language != edition.language {
                let target = other.hasHTML(path) ? path : "index.html"
                // No counterpart: the other edition's index, from its top.
                let list = target == path ? (anchors[other.language]?[target] ?? []).joined(separator: " ") : ""
                nav +=
                    "<a href=\"\(up)\(other.language)/\(target)\" hreflang=\"\(other.language)\" lang=\"\(other.language)\""
                    + " data-anchors=\"\(HTMLBuilder.escape(list))\">\(EditionNames.name(other.language))</a>"
            }
            nav += "</nav>"
            Self.insert(head, before: "</head>", in: &page)
            Self.insert(nav, before: "</header>", in: &page)
            Self.insert("<script src=\"\(up)editions.js\"></script>\n", before: "</body>", in: &page)
            edition.html[path] = Array(page.utf8)
        }
        for (path, bytes) in edition.markdown where path.hasSuffix(".md") {
            let up = String(repeating: "../", count: path.split(separator: "/").count)
            let links = editions.filter { $0.language != edition.language }.map { other in
                let target = other.hasMarkdown(path) ? path : "README.md"
                return "[\(EditionNames.name(other.language))](\(up)\(other.language)/\(target))"
            }
            edition.markdown[path] = Array(("🌐 " + links.joined(separator: " · ") + "\n\n").utf8) + bytes
        }
        return edition
    }

    /// The `id`s of the page's headings inside `<main>`, in order (for pages whose renderer did not
    /// give them).
    static func headingAnchors(_ page: String) -> [String] {
        guard let main = page.range(of: "<main") else { return [] }
        var anchors: [String] = []
        var rest = page[main.upperBound...]
        while let open = rest.range(of: "<h") {
            rest = rest[open.upperBound...]
            guard let level = rest.first, ("1"..."6").contains(level), let close = rest.firstIndex(of: ">") else {
                continue
            }
            let tag = rest[..<close]
            if let id = tag.range(of: " id=\"") {
                let value = tag[id.upperBound...].prefix { $0 != "\"" }
                anchors.append(String(value))
            }
        }
        return anchors
    }

    static func insert(_ text: String, before marker: String, in page: inout String) {
        if let range = page.range(of: marker) { page.insert(contentsOf: text, at: range.lowerBound) }
    }
}
