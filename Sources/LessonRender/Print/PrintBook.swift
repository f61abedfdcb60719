import Foundation
import LessonCore

/// The book as one print page, read from the html folder of one edition as `lessons build` wrote
/// it: a title page, the contents, then every page the index links to, in the index's order
/// (lessons first, then the pages of page sources such as the activation reference), each on a new
/// sheet. Ids get a per-page prefix so links between pages stay links inside the document.
package struct PrintBook: Sendable {
    /// The index page of a built site; in the print book it is the contents.
    package static let indexPage = "index.html"
    /// The contents' anchor in the print page.
    package static let contentsAnchor = "contents"

    /// A page of the book.
    package struct Page: Sendable, Equatable {
        /// Its path in the html folder (`02-relu.html`, `reference/relu.html`).
        package var path: String
        /// Its title as HTML, as the index lists it (a lesson's front-matter title): the contents'.
        package var titleHTML: String
        /// Its heading as HTML (the page's `<h1>`, without the heading's anchor link): the first
        /// words of its first sheet.
        package var headingHTML: String
        /// The title as plain text.
        package var title: String { HTMLTags.text(titleHTML) }
        /// The heading as plain text.
        package var heading: String { HTMLTags.text(headingHTML) }
    }

    /// A heading of the index (`Уроки`, `Функции активации`) and the pages listed under it.
    package struct Part: Sendable, Equatable {
        package var titleHTML: String
        package var pages: [Page]
    }

    package var folder: URL
    package var language: String
    package var titleHTML: String
    package var authorHTML: String?
    package var parts: [Part]

    /// Every page in reading order.
    package var pages: [Page] { parts.flatMap(\.pages) }

    /// Reads the index of the html folder `folder` and the title of each page it links to.
    package init(folder: URL) throws(Diagnostic) {
        self.folder = folder
        let index = try Self.read(Self.indexPage, in: folder)
        guard let main = HTMLTags.between(index, "<main id=\"main\">", "</main>") else {
            throw Diagnostic(
                path: folder.appendingPathComponent(Self.indexPage).path, message: "no <main> in the index")
        }
        language = HTMLTags.between(index, "<html lang=\"", "\"").map(String.init) ?? "en"
        titleHTML = HTMLTags.between(String(main), "<h1>", "</h1>").map(String.init) ?? ""
        authorHTML = HTMLTags.between(String(main), "<p class=\"lead\">", "</p>").map(String.init)
        parts = []
        var seen: Set<String> = []
        for item in Self.headingsAndLinks(in: String(main)) {
            switch item {
            case .heading(let html):
                parts.append(Part(titleHTML: html, pages: []))
            case .link(let path, let text):
                guard !seen.contains(path) else { continue }
                seen.insert(path)
                let page = try Self.read(path, in: folder)
                let h1 = HTMLTags.between(page, "<h1", "</h1>").map { String($0.drop { $0 != ">" }.dropFirst()) }
                let heading = HTMLTags.removing(h1 ?? path, "<a class=\"anchor\"", through: "</a>")
                if parts.isEmpty { parts.append(Part(titleHTML: "", pages: [])) }
                parts[parts.count - 1].pages.append(
                    Page(path: path, titleHTML: text.isEmpty ? heading : text, headingHTML: heading))
            }
        }
        parts.removeAll { $0.pages.isEmpty }
    }

    /// The print page. `pageNumbers`: the sheet each page starts on (by path), shown in the
    /// contents; without them the contents hold a placeholder of the same width.
    package func html(pageNumbers: [String: Int] = [:]) throws(Diagnostic) -> String {
        let strings = InterfaceStrings.forLanguage(language)
        var links = PrintLinks(folder: folder, anchors: anchors)
        var contents: [String] = []
        for page in pages {
            let source = try Self.read(page.path, in: folder)
            guard let main = HTMLTags.between(source, "<main id=\"main\">", "</main>") else {
                throw Diagnostic(path: folder.appendingPathComponent(page.path).path, message: "no <main> in the page")
            }
            // The pager is for the screen; solutions are open on paper.
            let content = HTMLTags.removing(String(main), "<nav class=\"pager\"", through: "</nav>")
                .replacingOccurrences(of: "<details class=\"solution\">", with: "<details class=\"solution\" open>")
            links.learn(content, page: page.path)
            contents.append(content)
        }
        let placeholder = String(repeating: "0", count: String(max(pages.count * 20, 100)).count)
        var html = """
            <!DOCTYPE html>
            <html lang="\(language)" class="print-book">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLBuilder.escape(HTMLTags.text(titleHTML)))</title>
            <link rel="stylesheet" href="\(HTMLBuilder.escape(folder.appendingPathComponent("style.css").absoluteString))">
            </head>
            <body>
            <section class="print-title">
            <h1>\(titleHTML)</h1>\n
            """
        if let authorHTML { html += "<p class=\"lead\">\(authorHTML)</p>\n" }
        html += "</section>\n<nav class=\"print-contents\" id=\"\(Self.contentsAnchor)\">\n"
        html += "<h1>\(HTMLBuilder.escape(strings.home))</h1>\n"
        for part in parts {
            if !part.titleHTML.isEmpty { html += "<h2>\(part.titleHTML)</h2>\n" }
            html += "<ol>\n"
            for page in part.pages {
                let number = pageNumbers[page.path].map(String.init)
                html += "<li><a href=\"#\(anchors[page.path]!)\"><span class=\"print-contents-title\">"
                html +=
                    "\(page.titleHTML)</span><span class=\"print-contents-page\"\(number == nil ? " data-placeholder" : "")>"
                html += "\(number ?? placeholder)</span></a></li>\n"
            }
            html += "</ol>\n"
        }
        html += "</nav>\n"
        for (page, content) in zip(pages, contents) {
            html += "<section class=\"print-page\" id=\"\(anchors[page.path]!)\">\n"
            html += links.rewrite(content, page: page.path)
            html += "</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// Page path → anchor; the index is the contents.
    var anchors: [String: String] {
        var anchors = [Self.indexPage: Self.contentsAnchor]
        for page in pages { anchors[page.path] = PrintLinks.anchor(forPage: page.path) }
        return anchors
    }

    private enum IndexItem {
        case heading(String)
        case link(String, text: String)
    }

    /// The index's `<h2>` headings and its links to pages of the site, in document order.
    private static func headingsAndLinks(in main: String) -> [IndexItem] {
        var items: [IndexItem] = []
        var rest = main[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.hasPrefix("<h2"), let heading = HTMLTags.between(String(rest), ">", "</h2>") {
                items.append(.heading(String(heading)))
            } else if rest.hasPrefix("<a "), let tagEnd = rest.firstIndex(of: ">"),
                let href = HTMLTags.between(String(rest[..<tagEnd]), "href=\"", "\""),
                let close = rest.range(of: "</a>")
            {
                let path = String(href.prefix { $0 != "#" })
                if path.hasSuffix(".html"), !PrintLinks.hasScheme(path), !path.hasPrefix("/") {
                    let text = rest[rest.index(after: tagEnd)..<close.lowerBound]
                    items.append(.link(PrintLinks.resolve(path, from: indexPage), text: String(text)))
                }
            }
            rest = rest.dropFirst()
        }
        return items
    }

    private static func read(_ path: String, in folder: URL) throws(Diagnostic) -> String {
        let url = folder.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Diagnostic(path: url.path, message: "cannot read the built page (run `lessons build` first)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
