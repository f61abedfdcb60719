import LessonCore

/// Renders a whole book: the HTML site and the Markdown pages, as files in memory.
///
/// A pure function of its input: no file I/O, no clock, no randomness, no dictionary-order
/// dependence, so two builds of the same lessons give byte-identical files. Pages other than
/// lessons (the activation reference, say) come from the `PageSource`s the book turned on.
public struct SiteRenderer {
    public let site: SiteConfig
    let strings: InterfaceStrings
    /// The sources of the pages that are not lessons, in the order the index lists them.
    package var sources: [any PageSource]
    /// False for a course's pages: exercises without their solutions (`lessons build --no-solutions`).
    package var includesSolutions = true

    package init(site: SiteConfig, sources: [any PageSource] = []) {
        self.site = site
        self.strings = InterfaceStrings.forLanguage(site.language)
        self.sources = sources
    }

    /// Every output file by path relative to the output folder: "html/index.html",
    /// "html/02-relu.html", "html/reference/relu.html", "html/style.css", "html/figures/…svg",
    /// "html/search-index.js", "html/search.js", "markdown/README.md", "markdown/02-relu.md",
    /// "markdown/figures/…svg", …
    ///
    /// `results` are the book's lessons in reading order.
    public func render(_ results: [LessonResult]) -> [String: [UInt8]] {
        render(results, book: book(results))
    }

    /// The book model every page is rendered from: labels, numbers and references resolved, the
    /// sourced pages made. Its diagnostics are the book's unknown labels and broken links.
    package func book(_ results: [LessonResult]) -> BookIndex {
        let layout = HTMLLayout(site: site, strings: strings)
        let context = PageSourceContext(site: site, strings: strings, layout: layout)
        return BookIndex(
            results, sourced: sources.map { $0.pages(in: context) },
            words: ReferenceWords(strings: strings, language: site.language))
    }

    /// The files of `book`, made by `book(_:)` from `results`.
    package func render(_ results: [LessonResult], book: BookIndex) -> [String: [UInt8]] {
        render(results, book: book, reusing: [:]).files
    }

    /// What one lesson's pages came to: the files they are made of and the ids their headings got,
    /// which the search index and the verified page need even when the pages are not made again.
    package struct LessonFiles: Codable, Equatable {
        package var paths: [String]
        package var headingIDs: [String]
        /// The ids of every heading the HTML page shows, in document order (`headingIDs` and the
        /// list of exercises): what a language switch lists (`CounterpartLinks`).
        package var anchors: [String]
    }

    /// The files of `book`, except the pages of the lessons in `reusing` (by position), which are
    /// already written and are not rendered: for those the book-wide files take the heading ids
    /// given. Also returns what each rendered lesson's pages came to (nil for a reused one).
    package func render(
        _ results: [LessonResult], book: BookIndex, reusing: [Int: [String]]
    ) -> (files: [String: [UInt8]], lessons: [LessonFiles?]) {
        var files: [String: [UInt8]] = [:]
        var made: [LessonFiles?] = []
        let layout = HTMLLayout(site: site, strings: strings)
        let sourced = book.sourced
        var search = SearchIndex()
        var verified: [(result: LessonResult, entries: [VerifiedPage.Entry])] = []
        let links = LessonLinks(
            slugs: Set(results.map(\.lesson.slug)),
            sourcedPages: Dictionary(
                sourced.map { ($0.folder, Set($0.pages.map(\.slug))) }, uniquingKeysWith: { $0.union($1) }))
        for (position, result) in results.enumerated() {
            let neighbours = (
                previous: position > 0 ? Self.entry(results[position - 1]) : nil,
                next: position + 1 < results.count ? Self.entry(results[position + 1]) : nil
            )
            let entry = book.entries[position]
            let prepared = entry.prepared
            let headingIDs: [String]
            if let reused = reusing[position] {
                headingIDs = reused
                made.append(nil)
            } else {
                var lessonFiles: [String: [UInt8]] = [:]
                let ids = renderLesson(
                    position, of: results, book: book, links: links, layout: layout, neighbours: neighbours,
                    into: &lessonFiles)
                headingIDs = ids.headingIDs
                made.append(
                    LessonFiles(paths: lessonFiles.keys.sorted(), headingIDs: ids.headingIDs, anchors: ids.anchors))
                files.merge(lessonFiles) { _, new in new }
            }
            search.addLesson(result.lesson, prepared: prepared, headingIDs: headingIDs)
            verified.append((result, VerifiedPage.entries(result, prepared: prepared, headingIDs: headingIDs)))
        }

        let hasClaims = verified.contains { !$0.entries.isEmpty }
        if hasClaims {
            let page = VerifiedPage(strings: strings, layout: layout)
            files["html/\(VerifiedPage.slug).html"] = page.html(verified)
            files["markdown/\(VerifiedPage.slug).md"] = Array(page.markdown(verified).utf8)
        }
        let index = IndexPages(site: site, strings: strings, layout: layout, linksVerified: hasClaims)
        files["html/index.html"] = index.html(results, sourced: sourced)
        files["markdown/README.md"] = Array(index.markdown(results, sourced: sourced).utf8)
        for pages in sourced {
            for file in pages.files { files[file.path] = file.bytes }
            for page in pages.pages { search.addPage(page, folder: pages.folder) }
        }
        files["html/search-index.js"] = search.script
        files["html/search.js"] = SiteResources.searchScript
        files["html/copy.js"] = SiteResources.copyScript
        files["html/explore.js"] = SiteResources.exploreScript
        files["html/style.css"] = SiteResources.styleSheet
        return (files, made)
    }

    /// Renders the pages of the lesson at `position` into `files`; returns its headings' ids and the
    /// ids of every heading its HTML page shows.
    private func renderLesson(
        _ position: Int, of results: [LessonResult], book: BookIndex, links: LessonLinks, layout: HTMLLayout,
        neighbours: (previous: (slug: String, title: String)?, next: (slug: String, title: String)?),
        into files: inout [String: [UInt8]]
    ) -> (headingIDs: [String], anchors: [String]) {
        let result = results[position]
        let entry = book.entries[position]
        let prepared = entry.prepared
        let exercises = ExercisePresentation(
            lessonNumber: position + 1, includesSolutions: includesSolutions,
            strings: ExerciseStrings.forLanguage(site.language))
        var lessonPage = HTMLLessonPage(
            result: result, prepared: prepared, strings: strings, links: links, layout: layout,
            labels: entry.labels, words: book.words)
        lessonPage.exercises = exercises
        let download = PackageDownload(result.lesson, site: site)
        lessonPage.download = download
        let html = lessonPage.render(previous: neighbours.previous, next: neighbours.next)
        files["html/\(result.lesson.slug).html"] = html.page
        for figure in html.figures { files["html/" + figure.path] = Array(figure.svg.utf8) }

        var markdownPage = MarkdownLessonRenderer(
            result: result, strings: strings, labels: entry.labels, references: entry.references, words: book.words)
        markdownPage.exercises = exercises
        markdownPage.download = download
        if let download {
            let zip = download.package.zip
            files["html/" + download.path] = zip
            files["markdown/" + download.path] = zip
        }
        let markdown = markdownPage.render(previous: neighbours.previous, next: neighbours.next)
        files["markdown/\(result.lesson.slug).md"] = Array(markdown.page.utf8)
        for figure in markdown.figures { files["markdown/" + figure.path] = Array(figure.svg.utf8) }
        // Images and linked files, read by the pipeline: the same copy beside both kinds of page.
        for asset in result.assets ?? [] {
            files["html/" + asset.outputPath] = asset.bytes
            files["markdown/" + asset.outputPath] = asset.bytes
        }
        return (html.headingIDs, html.anchors)
    }

    static func entry(_ result: LessonResult) -> (slug: String, title: String) {
        (result.lesson.slug, result.lesson.frontMatter.title)
    }
}
