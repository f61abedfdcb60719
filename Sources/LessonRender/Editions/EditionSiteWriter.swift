import LessonCore

/// One edition, run and resolved: what its pages are rendered from.
package struct RenderedEdition {
    package var edition: Edition
    package var results: [LessonResult]
    package var book: BookIndex

    package init(edition: Edition, results: [LessonResult], book: BookIndex) {
        self.edition = edition
        self.results = results
        self.book = book
    }
}

extension LessonPipeline {
    /// Writes the site of a book's editions. A single-language book is written as it always was
    /// (`writeSite`); each edition of a book in several languages goes to `html/<lang>/` and
    /// `markdown/<lang>/`, its pages linked to their counterparts (`CounterpartLinks`), under a root
    /// index of the editions. `cacheDirectory`: where the pages rendered are recorded, so that
    /// unchanged lessons of every edition are neither rendered nor written again (`PageKeys`); in
    /// several editions a lesson's pages also render again when what linking them to their
    /// counterparts depends on changed (`CounterpartLinks.context`: the counterparts' headings).
    /// `engine` stands for the renderer in the keys (nil: this executable).
    @discardableResult
    package static func writeEditions(
        _ editions: [RenderedEdition], multilingual: Bool, sources: [any PageSource], to outputDirectory: String,
        includesSolutions: Bool = true, cacheDirectory: String? = nil, engine: String? = nil
    ) throws -> OutputWriter.Summary {
        if !multilingual, let edition = editions.first {
            return try writeSite(
                edition.results, book: edition.book, site: edition.edition.site, sources: sources, to: outputDirectory,
                includesSolutions: includesSolutions, cacheDirectory: cacheDirectory, engine: engine)
        }
        let recordPath = cacheDirectory.map {
            RenderedPages.path(cacheDirectory: $0, outputDirectory: outputDirectory)
        }
        let previous = recordPath.map(RenderedPages.read) ?? RenderedPages()
        var plans = editions.map { edition in
            EditionPlan(
                edition, includesSolutions: includesSolutions, sources: sources,
                engine: engine ?? PageKeys.engineIdentity, previous: previous, in: outputDirectory)
        }
        var rendered = plans.map { $0.render() }
        var links = CounterpartLinks(editions: plans.indices.map { plans[$0].pages(rendered[$0]) })
        // A reused page whose counterparts' headings (or presence) changed is rendered again; its own
        // headings are the ones recorded, so no other page is affected in turn.
        var again: [Int] = []
        for index in plans.indices {
            let stale = plans[index].reusing.filter { position, old in
                old.links
                    != links.context(
                        html: plans[index].htmlPath(position), markdown: plans[index].markdownPath(position), of: index)
            }
            guard !stale.isEmpty else { continue }
            for position in stale.keys { plans[index].reusing[position] = nil }
            again.append(index)
        }
        for index in again { rendered[index] = plans[index].render() }
        if !again.isEmpty {
            links = CounterpartLinks(editions: plans.indices.map { plans[$0].pages(rendered[$0]) })
        }

        var files: [String: [UInt8]] = [:]
        for index in plans.indices {
            let linked = links.linked(index)
            for (path, bytes) in linked.html { files["html/\(linked.language)/\(path)"] = bytes }
            for (path, bytes) in linked.markdown { files["markdown/\(linked.language)/\(path)"] = bytes }
        }
        let index = EditionsIndex(editions: editions.map(\.edition.site))
        files["html/index.html"] = index.html
        files["markdown/README.md"] = Array(index.markdown.utf8)
        files["html/editions.js"] = SiteResources.editionsScript
        let kept = plans.reduce(into: Set<String>()) { kept, plan in
            for old in plan.reusing.values { kept.formUnion(old.files.keys) }
        }
        let summary = try OutputWriter(directory: outputDirectory).write(files, keeping: kept)
        guard let recordPath else { return summary }
        var record = RenderedPages()
        for index in plans.indices {
            plans[index].record(
                rendered[index].lessons, links: links, of: index, previous: previous, into: &record,
                in: outputDirectory)
        }
        record.write(to: recordPath)
        return summary
    }
}

/// One edition's part of `writeEditions`: its pages' keys and which lessons' pages are reused.
private struct EditionPlan {
    var renderer: SiteRenderer
    var pages: [LessonResult]
    var book: BookIndex
    var language: String
    var keys: [String]
    /// The lessons (by position) whose pages are already written, with their record.
    var reusing: [Int: RenderedPages.Lesson] = [:]

    init(
        _ edition: RenderedEdition, includesSolutions: Bool, sources: [any PageSource], engine: String,
        previous: RenderedPages, in outputDirectory: String
    ) {
        renderer = SiteRenderer(site: edition.edition.site, sources: sources)
        renderer.includesSolutions = includesSolutions
        pages = edition.results.map(\.frozenForPages)
        book = edition.book
        language = edition.edition.outputFolder
        keys = PageKeys.keys(
            pages, book: book, site: edition.edition.site, includesSolutions: includesSolutions, engine: engine)
        for position in pages.indices {
            if let old = previous.reusable(name(position), key: keys[position], in: outputDirectory),
                old.anchors != nil, old.links != nil
            {
                reusing[position] = old
            }
        }
    }

    /// The lesson's name in the record: the edition's language and the lesson's slug.
    func name(_ position: Int) -> String { language + "/" + pages[position].lesson.slug }
    func htmlPath(_ position: Int) -> String { pages[position].lesson.slug + ".html" }
    func markdownPath(_ position: Int) -> String { pages[position].lesson.slug + ".md" }

    func render() -> (files: [String: [UInt8]], lessons: [SiteRenderer.LessonFiles?]) {
        renderer.render(pages, book: book, reusing: reusing.mapValues(\.headingIDs))
    }

    /// The edition's rendered pages and its reused ones, by path inside the edition's folders.
    func pages(
        _ rendered: (files: [String: [UInt8]], lessons: [SiteRenderer.LessonFiles?])
    ) -> CounterpartLinks.EditionPages {
        var pages = CounterpartLinks.EditionPages(language: language, html: [:], markdown: [:])
        for (path, bytes) in rendered.files {
            if path.hasPrefix("html/") { pages.html[String(path.dropFirst(5))] = bytes }
            if path.hasPrefix("markdown/") { pages.markdown[String(path.dropFirst(9))] = bytes }
        }
        for (position, lesson) in rendered.lessons.enumerated() {
            if let lesson { pages.renderedAnchors[htmlPath(position)] = lesson.anchors }
        }
        for (position, old) in reusing {
            pages.reusedHTML[htmlPath(position)] = old.anchors ?? []
            pages.reusedMarkdown.insert(markdownPath(position))
        }
        return pages
    }

    /// Adds the edition's lessons to `record`: those rendered with their files as now written.
    func record(
        _ made: [SiteRenderer.LessonFiles?], links: CounterpartLinks, of index: Int, previous: RenderedPages,
        into record: inout RenderedPages, in outputDirectory: String
    ) {
        for position in pages.indices {
            guard let lesson = made[position] else {
                record.lessons[name(position)] = previous.lessons[name(position)]
                continue
            }
            let paths = lesson.paths.map { path in
                path.hasPrefix("html/")
                    ? "html/\(language)/" + path.dropFirst(5) : "markdown/\(language)/" + path.dropFirst(9)
            }
            guard
                var written = RenderedPages.written(
                    key: keys[position], headingIDs: lesson.headingIDs, paths: paths, in: outputDirectory)
            else { continue }
            written.anchors = links.anchors[language]?[htmlPath(position)] ?? []
            written.links = links.context(html: htmlPath(position), markdown: markdownPath(position), of: index)
            record.lessons[name(position)] = written
        }
    }
}
