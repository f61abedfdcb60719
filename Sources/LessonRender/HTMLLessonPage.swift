import LessonCore

/// One lesson's HTML page: title, table of contents, the rendered lesson, previous/next links.
struct HTMLLessonPage {
    let result: LessonResult
    let prepared: PreparedLesson
    let strings: InterfaceStrings
    let links: LessonLinks
    let layout: HTMLLayout
    var exercises = ExercisePresentation()
    var labels = LessonLabels.none
    var words = ReferenceWords.english
    /// The lesson's package to download, linked at the top of the page.
    var download: PackageDownload?

    /// The page, the figure files it links to, the ids of its Markdown headings (`headingIDs`) and
    /// of every heading it shows (`anchors`, the list of exercises included), in document order.
    func render(previous: (slug: String, title: String)?, next: (slug: String, title: String)?)
        -> (page: [UInt8], figures: [(path: String, svg: String)], headingIDs: [String], anchors: [String])
    {
        var body = HTMLLessonRenderer(result: result, prepared: prepared, strings: strings, links: links)
        body.exercises = exercises
        body.labels = labels
        body.words = words
        let lesson = result.lesson
        // Pages come out at three to four times their Markdown: reserve once rather than regrow.
        var main = HTMLBuilder(capacity: lesson.source.utf8.count * 4 + 4096)
        main.open("article", [("class", "lesson")])
        main.newline()
        if let download { main.raw(bytes: download.html) }
        if !HTMLLessonRenderer.hasOwnTitle(prepared.document) {
            main.element("h1", text: lesson.frontMatter.title)
            main.newline()
            if let description = lesson.frontMatter.description {
                main.element("p", [("class", "lead")], text: description)
                main.newline()
            }
        }
        body.renderDocument(appendingTo: &main)
        main.raw("</article>\n")
        main.raw(pager(previous: previous, next: next))

        var sidebar = HTMLBuilder()
        if !body.toc.isEmpty {
            sidebar.open("nav", [("class", "toc"), ("aria-label", strings.contents)])
            sidebar.element("h2", [("class", "toc-title")], text: strings.contents)
            sidebar.raw("\n<ul>\n")
            for entry in body.toc {
                sidebar.open("li", [("class", "toc-level-\(entry.level)")])
                sidebar.open("a", [("href", "#" + entry.id)])
                sidebar.raw(entry.html)
                sidebar.raw("</a></li>\n")
            }
            sidebar.raw("</ul>\n</nav>\n")
        }
        let page = layout.page(
            title: lesson.frontMatter.title, root: "", sidebar: sidebar.bytes, body: main.bytes)
        return (page, body.figures, body.headingIDs, body.pageAnchors)
    }

    private func pager(previous: (slug: String, title: String)?, next: (slug: String, title: String)?) -> String {
        var html = HTMLBuilder()
        Pager(label: strings.lessons, previous: previous, home: "index.html", next: next)
            .render(into: &html, strings: strings)
        return html.string
    }
}
