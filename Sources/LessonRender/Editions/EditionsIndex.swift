import LessonCore

/// The root pages of a book in several languages, `html/index.html` and `markdown/README.md`:
/// under the source edition's title, each edition with its title, language (named in itself) and
/// description, in the book's order (the source first).
struct EditionsIndex {
    var editions: [SiteConfig]

    var html: [UInt8] {
        let source = editions[0]
        var html = HTMLBuilder()
        html.raw("<!DOCTYPE html>\n")
        html.open("html", [("lang", source.language)])
        html.raw("\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.raw("<meta name=\"color-scheme\" content=\"light dark\">\n")
        html.element("title", text: editions.map(\.title).joined(separator: " · "))
        html.newline()
        html.open("link", [("rel", "stylesheet"), ("href", source.language + "/style.css")])
        html.newline()
        for edition in editions {
            html.open(
                "link",
                [("rel", "alternate"), ("hreflang", edition.language), ("href", edition.language + "/index.html")])
            html.newline()
        }
        html.open("link", [("rel", "alternate"), ("hreflang", "x-default"), ("href", "index.html")])
        html.raw("\n</head>\n<body>\n<div class=\"layout\">\n<main id=\"main\">\n")
        html.element("h1", text: source.title)
        html.newline()
        html.raw("<ul class=\"edition-list\">\n")
        for edition in editions {
            html.open("li", [("lang", edition.language)])
            html.open("h2")
            html.open("a", [("href", edition.language + "/index.html"), ("hreflang", edition.language)])
            html.text(edition.title)
            html.raw("</a></h2>\n")
            html.element("p", [("class", "lead")], text: EditionNames.name(edition.language))
            if let description = edition.description {
                html.newline()
                html.element("p", text: description)
            }
            html.raw("\n</li>\n")
        }
        html.raw("</ul>\n</main>\n</div>\n</body>\n</html>\n")
        return html.bytes
    }

    var markdown: String {
        "# " + MarkdownLessonRenderer.escapeText(editions[0].title) + "\n\n"
            + editions.map { edition in
                var text = "## [\(MarkdownLessonRenderer.escapeText(edition.title))](\(edition.language)/README.md)\n\n"
                text += EditionNames.name(edition.language) + "\n"
                if let description = edition.description {
                    text += "\n" + MarkdownLessonRenderer.escapeText(description) + "\n"
                }
                return text
            }.joined(separator: "\n")
    }
}
