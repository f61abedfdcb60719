import Foundation
import LessonCore
import LessonRender

/// The incremental build behind `lessons serve`: it keeps the last results in memory and, on each
/// rebuild, runs only lessons whose snippets changed. A prose-only edit hits the result cache
/// (its key covers snippets, not prose), so the lesson is re-rendered without compiling; an
/// unchanged file is not even looked up. A runtime change makes a new engine, whose key differs,
/// so every lesson runs again. The site is rendered whole (cheap) and written with `OutputWriter`,
/// which touches only files whose bytes changed. Each edition of a book in several languages has an
/// engine of its own (its programs run in its language); the editions are written together.
public final class PreviewBuilder: @unchecked Sendable {
    public let pipeline: LessonPipeline
    public let outputDirectory: String
    let pageSources: [any PageSource]
    /// One engine per edition's language (lesson programs run in their edition's language).
    private var engines: [String: LessonEngine] = [:]
    private var previous: [String: LessonResult] = [:]
    private let lock = NSLock()
    private var _diagnostics: [Diagnostic] = []

    /// What one build did, for the terminal line and the tests.
    public struct Report: Sendable {
        /// Lessons compiled and run.
        public var ran: [String] = []
        /// Lessons whose prose changed: rendered again from cached results.
        public var rerendered: [String] = []
        /// Lessons whose file did not change.
        public var unchanged = 0
        /// Problems of the whole book (load errors, compile errors, traps, output mismatches).
        public var diagnostics: [Diagnostic] = []
        /// False when the lessons could not be loaded or the runtime not built: the site was left as it was.
        public var wroteSite = false
        public var filesWritten = 0
        public var seconds: Double = 0
    }

    /// - Parameter outputDirectory: the build's output folder; the site is its `html/` subfolder.
    /// - Parameter pageSources: the page sources a book may turn on in `site.yml`.
    package init(pipeline: LessonPipeline, outputDirectory: String, pageSources: [any PageSource] = []) {
        self.pipeline = pipeline
        self.outputDirectory = outputDirectory
        self.pageSources = pageSources
    }

    /// The problems of the last build; read by the server for every page it sends.
    public var diagnostics: [Diagnostic] {
        lock.withLock { _diagnostics }
    }

    /// Builds what changed since the last call (everything on the first). `runtimeChanged`: the
    /// runtime's sources changed, so the runtime is rebuilt and every lesson runs again.
    /// `runEverything` (`--no-cache`): run every lesson this time, ignoring stored results.
    @discardableResult
    public func build(runtimeChanged: Bool = false, runEverything: Bool = false, log: (String) -> Void = { _ in })
        -> Report
    {
        let start = Date()
        var report = buildChanges(runtimeChanged: runtimeChanged, runEverything: runEverything, log: log)
        report.seconds = Date().timeIntervalSince(start)
        lock.withLock { _diagnostics = report.diagnostics }
        return report
    }

    private func buildChanges(runtimeChanged: Bool, runEverything: Bool, log: (String) -> Void) -> Report {
        var report = Report()
        let book: BookEditions
        do {
            book = try pipeline.loadEditions()
        } catch {
            report.diagnostics = error.diagnostics
            return report
        }
        if runtimeChanged || runEverything { engines = [:] }
        // Engines of languages the book no longer has go; a new language gets its own.
        engines = engines.filter { language, _ in book.editions.contains { $0.language == language } }
        let sources: [any PageSource]
        do {
            sources = try book.site.pageSources(from: pageSources)
        } catch {
            report.diagnostics = [error]
            return report
        }
        var rendered: [RenderedEdition] = []
        var current: [String: LessonResult] = [:]
        for edition in book.editions {
            let engine: LessonEngine
            // A new engine (a new runtime, a new book language) runs the edition's lessons again.
            var fresh = false
            if let existing = engines[edition.language] {
                engine = existing
            } else {
                fresh = true
                do {
                    var configuration = pipeline.forEdition(edition).configuration
                    configuration.readCache = !runEverything
                    engine = try LessonPipeline(configuration).engine(for: edition.site, log: log)
                    engines[edition.language] = engine
                } catch {
                    report.diagnostics = [
                        Diagnostic(path: pipeline.configuration.lessonsDirectory, message: "\(error)")
                    ]
                    return report
                }
            }
            let lessons = edition.library.lessons
            let stale = fresh ? lessons : lessons.filter { previous[$0.path]?.lesson != $0 }
            report.unchanged += lessons.count - stale.count
            for result in engine.run(stale) {
                previous[result.lesson.path] = result
                if result.cached {
                    report.rerendered.append(result.lesson.path)
                } else {
                    report.ran.append(result.lesson.path)
                }
            }
            let ran = lessons.compactMap { previous[$0.path] }
            for result in ran { current[result.lesson.path] = result }
            // Images and linked files are read on every build (kept out of `previous`), so an edited
            // image is copied again and a fixed reference stops being reported.
            let results = LessonPipeline.readingAssets(ran)
            report.diagnostics += results.flatMap { LessonCheck($0).diagnostics }
            rendered.append(
                RenderedEdition(
                    edition: edition, results: results,
                    book: LessonPipeline.book(results, site: edition.site, sources: sources)))
        }
        previous = current
        // The next build makes engines that read the cache again.
        if runEverything { engines = [:] }
        do {
            let summary = try LessonPipeline.writeEditions(
                rendered, multilingual: book.isMultilingual, sources: sources, to: outputDirectory,
                cacheDirectory: pipeline.cacheDirectory)
            report.wroteSite = true
            report.filesWritten = summary.written.count + summary.removed.count
        } catch let diagnostic as Diagnostic {
            report.diagnostics.append(diagnostic)
        } catch {
            report.diagnostics.append(Diagnostic(path: outputDirectory, message: "cannot write the site: \(error)"))
        }
        return report
    }
}
