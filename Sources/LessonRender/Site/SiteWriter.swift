import LessonCore

extension SiteConfig {
    /// The page sources this book turns on (`pages:` in `site.yml`), picked by name from `available`
    /// in the order the book lists them; an unknown name is an error at its line.
    package func pageSources(from available: [any PageSource]) throws(Diagnostic) -> [any PageSource] {
        try pages.map { (name) throws(Diagnostic) -> any PageSource in
            guard let source = available.first(where: { $0.name == name }) else {
                let known = available.map(\.name).sorted().joined(separator: ", ")
                throw Diagnostic(
                    path: pagesPath ?? Self.fileName, line: pagesLine,
                    message: "unknown page source '\(name)' in 'pages' (known: \(known.isEmpty ? "none" : known))")
            }
            return source
        }
    }
}

extension LessonPipeline {
    /// Renders `results` with `SiteRenderer`, with the pages of `sources`, and writes the files into
    /// `outputDirectory` (`html/`, `markdown/`), removing stale ones. Pages show `frozenForPages`
    /// results and the files `readingAssets` read for them. `book`: the labels, numbers and links
    /// already resolved (`LessonPipeline.book`); made from `results` when nil.
    @discardableResult
    package static func writeSite(
        _ results: [LessonResult], book: BookIndex? = nil, site: SiteConfig, sources: [any PageSource],
        to outputDirectory: String, includesSolutions: Bool = true
    ) throws -> OutputWriter.Summary {
        var renderer = SiteRenderer(site: site, sources: sources)
        renderer.includesSolutions = includesSolutions
        let pages = results.map(\.frozenForPages)
        let files = book.map { renderer.render(pages, book: $0) } ?? renderer.render(pages)
        return try OutputWriter(directory: outputDirectory).write(files)
    }
}
