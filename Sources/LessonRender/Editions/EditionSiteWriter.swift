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
    /// index of the editions. `cacheDirectory`: where a single-language book records the pages it
    /// rendered, so that unchanged lessons are neither rendered nor written again (`PageKeys`); the
    /// pages of several editions are linked to each other and are all rendered on every build.
    @discardableResult
    package static func writeEditions(
        _ editions: [RenderedEdition], multilingual: Bool, sources: [any PageSource], to outputDirectory: String,
        includesSolutions: Bool = true, cacheDirectory: String? = nil
    ) throws -> OutputWriter.Summary {
        if !multilingual, let edition = editions.first {
            return try writeSite(
                edition.results, book: edition.book, site: edition.edition.site, sources: sources, to: outputDirectory,
                includesSolutions: includesSolutions, cacheDirectory: cacheDirectory)
        }
        let pages = editions.map { edition in
            var renderer = SiteRenderer(site: edition.edition.site, sources: sources)
            renderer.includesSolutions = includesSolutions
            let files = renderer.render(edition.results.map(\.frozenForPages), book: edition.book)
            var pages = CounterpartLinks.EditionPages(language: edition.edition.outputFolder, html: [:], markdown: [:])
            for (path, bytes) in files {
                if path.hasPrefix("html/") { pages.html[String(path.dropFirst(5))] = bytes }
                if path.hasPrefix("markdown/") { pages.markdown[String(path.dropFirst(9))] = bytes }
            }
            return pages
        }
        let links = CounterpartLinks(editions: pages)
        var files: [String: [UInt8]] = [:]
        for index in pages.indices {
            let linked = links.linked(index)
            for (path, bytes) in linked.html { files["html/\(linked.language)/\(path)"] = bytes }
            for (path, bytes) in linked.markdown { files["markdown/\(linked.language)/\(path)"] = bytes }
        }
        let index = EditionsIndex(editions: editions.map(\.edition.site))
        files["html/index.html"] = index.html
        files["markdown/README.md"] = Array(index.markdown.utf8)
        files["html/editions.js"] = SiteResources.editionsScript
        return try OutputWriter(directory: outputDirectory).write(files)
    }
}
