import LessonCore

extension LessonPipeline {
    /// The book model of `results` (frozen as pages show them), with the pages of `sources`.
    /// `lessons`, when given, is the whole book in reading order (a shard's results are only part of
    /// it): the lessons without a result still define their labels and anchors.
    package static func book(
        _ results: [LessonResult], lessons: [Lesson]? = nil, site: SiteConfig, sources: [any PageSource]
    ) -> BookIndex {
        var all = results.map(\.frozenForPages)
        if let lessons {
            let byPath = Dictionary(all.map { ($0.lesson.path, $0) }, uniquingKeysWith: { a, _ in a })
            all = lessons.map { byPath[$0.path] ?? LessonResult(lesson: $0, snippets: []) }
        }
        return SiteRenderer(site: site, sources: sources).book(all)
    }

    /// `results` with the book's problems (labels, references, links) added to their lessons'
    /// diagnostics, so that `check` and `build` report and count them like any other.
    package static func adding(_ problems: [Diagnostic], to results: [LessonResult]) -> [LessonResult] {
        var results = results
        for problem in problems {
            guard let index = results.firstIndex(where: { $0.lesson.path == problem.path }) else { continue }
            results[index].diagnostics.append(problem)
        }
        return results
    }
}
