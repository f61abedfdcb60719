import LessonCore

/// The book's front pages: `html/index.html` and `markdown/README.md`, listing the lessons with
/// their descriptions, then the pages of each page source (the activation reference, say).
struct IndexPages {
    let site: SiteConfig
    let strings: InterfaceStrings
    let layout: HTMLLayout
    /// Whether the book has claims, listed on "what this book verifies".
    var linksVerified = false

    func html(_ results: [LessonResult], sourced: [SourcedPages]) -> [UInt8] {
        var main = HTMLBuilder()
        main.element("h1", text: site.title)
        main.newline()
        if let author = site.author {
            main.element("p", [("class", "lead")], text: author)
            main.newline()
        }
        main.open("section", [("aria-labelledby", "lessons")])
        main.element("h2", [("id", "lessons")], text: strings.lessons)
        main.raw("\n<ol class=\"lesson-list\">\n")
        for result in results {
            let lesson = result.lesson
            main.open("li")
            main.open("a", [("href", lesson.slug + ".html")])
            main.text(lesson.frontMatter.title)
            main.close("a")
            if let description = lesson.frontMatter.description {
                main.element("p", text: description)
            }
            main.raw("</li>\n")
        }
        main.raw("</ol>\n")
        if linksVerified {
            main.open("p")
            main.open("a", [("href", VerifiedPage.slug + ".html")])
            main.text(strings.verifiedTitle)
            main.raw("</a></p>\n")
        }
        main.raw("</section>\n")
        for source in sourced where !source.pages.isEmpty {
            main.open("section", [("aria-labelledby", source.anchor)])
            main.element("h2", [("id", source.anchor)], text: source.heading)
            main.raw("\n<ul class=\"reference-list\">\n")
            for page in source.pages {
                main.open("li")
                main.open("a", [("href", source.folder + "/" + page.slug + ".html")])
                main.element("code", text: page.title)
                main.close("a")
                main.raw("</li>\n")
            }
            main.raw("</ul>\n</section>\n")
        }
        return layout.page(title: site.title, root: "", body: main.bytes)
    }

    func markdown(_ results: [LessonResult], sourced: [SourcedPages]) -> String {
        var text = "# " + MarkdownLessonRenderer.escapeText(site.title) + "\n\n"
        if let author = site.author { text += MarkdownLessonRenderer.escapeText(author) + "\n\n" }
        text += "## " + strings.lessons + "\n\n"
        for (number, result) in results.enumerated() {
            let lesson = result.lesson
            text += "\(number + 1). [\(MarkdownLessonRenderer.linkText(lesson.frontMatter.title))](\(lesson.slug).md)"
            if let description = lesson.frontMatter.description {
                text += " — " + MarkdownLessonRenderer.escapeText(description)
            }
            text += "\n"
        }
        if linksVerified {
            text += "\n[\(MarkdownLessonRenderer.escapeText(strings.verifiedTitle))](\(VerifiedPage.slug).md)\n"
        }
        for source in sourced where !source.pages.isEmpty {
            text += "\n## " + source.heading + "\n\n"
            for page in source.pages {
                text += "- [`\(page.title)`](\(source.folder)/\(page.slug).md)\n"
            }
        }
        return text
    }
}
