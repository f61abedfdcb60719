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
    ///
    /// `cacheDirectory`, when given, keeps a record of the pages written (`RenderedPages`): a
    /// lesson whose pages' key (`PageKeys`) is unchanged and whose files are still as written is
    /// neither rendered nor written again. `engine` stands for the renderer in the keys (nil: this
    /// executable, `PageKeys.engineIdentity`).
    @discardableResult
    package static func writeSite(
        _ results: [LessonResult], book: BookIndex? = nil, site: SiteConfig, sources: [any PageSource],
        to outputDirectory: String, includesSolutions: Bool = true, cacheDirectory: String? = nil,
        engine: String? = nil
    ) throws -> OutputWriter.Summary {
        var renderer = SiteRenderer(site: site, sources: sources)
        renderer.includesSolutions = includesSolutions
        let pages = results.map(\.frozenForPages)
        let book = book ?? renderer.book(pages)
        let writer = OutputWriter(directory: outputDirectory)
        guard let cacheDirectory else { return try writer.write(renderer.render(pages, book: book)) }

        let recordPath = RenderedPages.path(cacheDirectory: cacheDirectory, outputDirectory: outputDirectory)
        let previous = RenderedPages.read(recordPath)
        let keys = PageKeys.keys(
            pages, book: book, site: site, includesSolutions: includesSolutions,
            engine: engine ?? PageKeys.engineIdentity)
        var reusing: [Int: [String]] = [:]
        var kept: Set<String> = []
        for (position, result) in pages.enumerated() {
            guard let old = previous.reusable(result.lesson.slug, key: keys[position], in: outputDirectory) else {
                continue
            }
            reusing[position] = old.headingIDs
            kept.formUnion(old.files.keys)
        }
        let (files, made) = renderer.render(pages, book: book, reusing: reusing)
        let summary = try writer.write(files, keeping: kept)
        var record = RenderedPages()
        for (position, result) in pages.enumerated() {
            let slug = result.lesson.slug
            if let lesson = made[position] {
                record.lessons[slug] = RenderedPages.written(
                    key: keys[position], headingIDs: lesson.headingIDs, paths: lesson.paths, in: outputDirectory)
            } else {
                record.lessons[slug] = previous.lessons[slug]
            }
        }
        record.write(to: recordPath)
        return summary
    }
}
