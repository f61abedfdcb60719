import LessonCore

/// "What this book verifies": every claim of the book, lesson by lesson, each with a link to the
/// section it stands in (the nearest heading above its call, even when its snippet is hidden). A
/// reader sees exactly what the code checked. Written only when the book has claims.
struct VerifiedPage {
    /// The page's file name, without extension, in `html/` and `markdown/`.
    static let slug = "verified"

    let strings: InterfaceStrings
    let layout: HTMLLayout

    /// One claim as the page lists it.
    struct Entry {
        var statement: String
        var held: Bool
        /// The section: the page's anchor (empty for the top of the page) and its title.
        var anchor: String
        var section: String
    }

    /// The claims of each lesson with the section each stands in; `headingIDs` are the ids the
    /// lesson's HTML page gave its headings, in document order.
    static func entries(_ result: LessonResult, prepared: PreparedLesson, headingIDs: [String]) -> [Entry] {
        guard !result.claims.isEmpty else { return [] }  // Most lessons claim nothing: no walk.
        let headings = zip(Self.headings(prepared.document), headingIDs).map {
            (line: $0.line, title: prepared.plainText($0.node), id: $1)
        }
        return result.claims.map { claim in
            let section = headings.last { $0.line <= claim.line }
            return Entry(
                statement: claim.statement, held: claim.held, anchor: section?.id ?? "",
                section: section?.title ?? result.lesson.frontMatter.title)
        }
    }

    private static func headings(_ node: Markup) -> [(line: Int, node: Markup)] {
        if case .heading = node.kind { return [(node.range?.start.line ?? 0, node)] }
        if case .codeBlock = node.kind { return [] }
        return node.children.flatMap(headings)
    }

    func html(_ lessons: [(result: LessonResult, entries: [Entry])]) -> [UInt8] {
        var main = HTMLBuilder()
        main.element("h1", text: strings.verifiedTitle)
        main.newline()
        main.element("p", [("class", "lead")], text: strings.verifiedLead)
        main.newline()
        for (result, entries) in lessons where !entries.isEmpty {
            let lesson = result.lesson
            main.open("section", [("aria-labelledby", "verified-" + lesson.slug)])
            main.open("h2", [("id", "verified-" + lesson.slug)])
            main.open("a", [("href", lesson.slug + ".html")])
            main.text(lesson.frontMatter.title)
            main.raw("</a></h2>\n<ul class=\"verified-list\">\n")
            for entry in entries {
                main.open("li", [("class", entry.held ? "claim-held" : "claim-failed")])
                main.text((entry.held ? "✓ " : "✗ ") + entry.statement + " — ")
                main.open("a", [("href", lesson.slug + ".html" + (entry.anchor.isEmpty ? "" : "#" + entry.anchor))])
                main.text(entry.section)
                main.raw("</a></li>\n")
            }
            main.raw("</ul>\n</section>\n")
        }
        return layout.page(title: strings.verifiedTitle, root: "", body: main.bytes)
    }

    func markdown(_ lessons: [(result: LessonResult, entries: [Entry])]) -> String {
        let escape = MarkdownLessonRenderer.escapeText
        var text = "# " + escape(strings.verifiedTitle) + "\n\n" + escape(strings.verifiedLead) + "\n"
        for (result, entries) in lessons where !entries.isEmpty {
            let lesson = result.lesson
            text += "\n## [\(escape(lesson.frontMatter.title))](\(lesson.slug).md)\n\n"
            for entry in entries {
                let target = lesson.slug + ".md" + (entry.anchor.isEmpty ? "" : "#" + entry.anchor)
                text +=
                    "- " + (entry.held ? "✓ " : "✗ ") + escape(entry.statement)
                    + " — [\(escape(entry.section))](\(target))\n"
            }
        }
        return text + "\n---\n\n[\(escape(strings.home))](README.md)\n"
    }
}
