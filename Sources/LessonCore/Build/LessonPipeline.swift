import Foundation

/// What `build`, `check` and `fix` (and a preview server) share: load the lessons folder, find the
/// runtime, run the lessons through the cache, and for `build` render and write the site.
public struct LessonPipeline: Sendable {
    public struct Configuration: Sendable {
        /// The lessons folder, as the user gave it; lesson paths in diagnostics start with it.
        public var lessonsDirectory: String = "Lessons"
        /// nil: `.lessons-cache/` next to the lessons folder.
        public var cacheDirectory: String?
        /// False (`--no-cache`): run every lesson, then refresh the cache.
        public var readCache = true
        /// nil: the number of active processors.
        public var jobs: Int?
        /// A prebuilt runtime folder (`--runtime`); nil: `LESSONS_RUNTIME` or build from the package.
        public var runtimeDirectory: String?
        public var settings = RunSettings()
        /// Run lessons with a `nondeterministic` snippet even when cached (`check`).
        public var rerunsNondeterministic = false

        public init() {}
    }

    public var configuration: Configuration

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// The cache folder: the one configured, or `.lessons-cache/` next to the lessons folder.
    public var cacheDirectory: String {
        configuration.cacheDirectory ?? ResultCache.defaultDirectory(forLessons: configuration.lessonsDirectory)
    }

    public func load() throws(LessonLoadingError) -> LessonLibrary {
        try LessonLibrary.load(directory: configuration.lessonsDirectory)
    }

    /// Makes an engine over the runtime (building the runtime first if its sources changed) whose
    /// lesson programs run in `site`'s language (`LESSONS_LANGUAGE`: figure descriptions). Fails
    /// when the sandbox is required and bubblewrap is missing; logs once when `auto` goes without it.
    public func engine(for site: SiteConfig = SiteConfig(), log: (String) -> Void = { _ in }) throws -> LessonEngine {
        _ = try Sandbox.forMode(configuration.settings.sandbox)
        if let warning = Sandbox.warning(for: configuration.settings.sandbox) { log(warning) }
        let runtime = try LessonRuntime.locate(explicit: configuration.runtimeDirectory, log: log)
        var settings = configuration.settings
        settings.language = site.language
        return LessonEngine(
            runtime: runtime, settings: settings,
            cacheDirectory: cacheDirectory,
            readCache: configuration.readCache, jobs: configuration.jobs,
            rerunsNondeterministic: configuration.rerunsNondeterministic)
    }
}

extension LessonPipeline {
    /// Loads the book's editions (`BookEditions`): every language's lessons, or the one edition of a
    /// single-language book.
    public func loadEditions() throws(LessonLoadingError) -> BookEditions {
        try BookEditions.load(directory: configuration.lessonsDirectory)
    }

    /// The pipeline for one edition: its lessons folder, the book's cache (keys name the language,
    /// so editions share it).
    public func forEdition(_ edition: Edition) -> LessonPipeline {
        var configuration = self.configuration
        configuration.cacheDirectory =
            configuration.cacheDirectory
            ?? ResultCache.defaultDirectory(forLessons: self.configuration.lessonsDirectory)
        configuration.lessonsDirectory = edition.directory
        return LessonPipeline(configuration)
    }
}
