import Foundation

/// Runs many lessons: from the cache when possible, otherwise compiled and run, several at a time.
/// The lessons that must run are compiled together where they may be (`MergedCompilation`: one
/// compiler run for many lessons), each still run as its own process. Results come back in the
/// order of the lessons given.
public final class LessonEngine: Sendable {
    public let runtime: LessonRuntime
    public let settings: RunSettings
    /// nil: run everything (`--no-cache`); results are still stored for the next run.
    public let cache: ResultCache?
    /// Where results are stored even when reading them is off.
    public let storeCache: ResultCache?
    public let jobs: Int
    /// Run lessons with a `nondeterministic` snippet even when their results are cached (`check`
    /// does, so claims on timings and training runs are evaluated in every CI run).
    public let rerunsNondeterministic: Bool
    /// Compile the lessons that must run in merged batches (`MergedCompilation`); false: each alone.
    public let mergesCompilation: Bool

    /// Counts of what the last `run` did, for progress lines, benchmarks and tests.
    public struct Statistics: Sendable, Hashable {
        public var compilerRuns = 0
        public var lessonsRun = 0
        public var lessonsCached = 0
        /// Lessons run from a merged program (`MergedCompilation`).
        public var lessonsMerged = 0
    }

    private let statisticsLock = NSLock()
    nonisolated(unsafe) private var _statistics = Statistics()
    public var statistics: Statistics { statisticsLock.withLock { _statistics } }

    /// - Parameters:
    ///   - cacheDirectory: where results are cached; nil for no cache at all.
    ///   - readCache: false to run everything anyway (and refresh the cache).
    ///   - jobs: lessons compiled and run at once; default the number of active processors.
    ///   - rerunsNondeterministic: run lessons with a `nondeterministic` snippet, cached or not.
    ///   - mergesCompilation: compile the lessons that must run in merged batches.
    public init(
        runtime: LessonRuntime, settings: RunSettings = RunSettings(), cacheDirectory: String?, readCache: Bool = true,
        jobs: Int? = nil, rerunsNondeterministic: Bool = false, mergesCompilation: Bool = true
    ) {
        self.rerunsNondeterministic = rerunsNondeterministic
        self.mergesCompilation = mergesCompilation
        self.runtime = runtime
        self.settings = settings
        self.storeCache = cacheDirectory.map(ResultCache.init(directory:))
        self.cache = readCache ? storeCache : nil
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Runs `lessons`; `progress` is called once per lesson, in lesson order, as results arrive.
    public func run(_ lessons: [Lesson], progress: @escaping @Sendable (LessonResult) -> Void = { _ in })
        -> [LessonResult]
    {
        statisticsLock.withLock { _statistics = Statistics() }
        // Cached results first, so that only the lessons that must run are compiled, merged.
        let cached = lessons.map(cachedResult)
        let merged = MergedCompilation(
            lessons: lessons, candidates: mergesCompilation ? lessons.indices.filter { cached[$0] == nil } : [],
            runtime: runtime, settings: settings, threads: jobs
        ) { [self] runs in statisticsLock.withLock { _statistics.compilerRuns += runs } }
        defer { merged.removeFolders() }
        let state = RunState(count: lessons.count)
        let workers = min(jobs, max(1, lessons.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread { [self] in
                while let index = state.nextIndex() {
                    let result = cached[index] ?? self.runFresh(lessons[index], prebuilt: merged.program(for: index))
                    state.finish(index, result, report: progress)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return state.results()
    }

    /// The lesson's result without running it: its load problems, or its cached result.
    private func cachedResult(_ lesson: Lesson) -> LessonResult? {
        guard lesson.loadProblems.isEmpty else {
            return LessonResult(lesson: lesson, snippets: [], diagnostics: lesson.loadProblems)
        }
        let mustRun = rerunsNondeterministic && lesson.snippets.contains { $0.options.nondeterministic }
        guard !mustRun, let key = storeCache?.key(for: lesson, runtime: runtime, settings: settings),
            let cached = cache?.load(key: key, for: lesson)
        else { return nil }
        statisticsLock.withLock { _statistics.lessonsCached += 1 }
        return cached
    }

    /// Runs the lesson (from `prebuilt`, its merged program, or compiled alone) and stores its result.
    private func runFresh(_ lesson: Lesson, prebuilt: LessonProgram?) -> LessonResult {
        let key = storeCache?.key(for: lesson, runtime: runtime, settings: settings)
        let mustRun = rerunsNondeterministic && lesson.snippets.contains { $0.options.nondeterministic }
        // A rerun (check) compares inline values with those recorded: a value that changes from run
        // to run would make the pages depend on the machine that built them.
        let recorded = mustRun ? key.flatMap { cache?.load(key: $0, for: lesson) } : nil
        var report = LessonRunner(runtime: runtime, settings: settings).run(lesson, prebuilt: prebuilt)
        if let recorded { report.result.diagnostics += Self.changedInlineValues(recorded, report.result) }
        statisticsLock.withLock {
            _statistics.lessonsRun += 1
            _statistics.compilerRuns += report.compilerRuns
            if prebuilt != nil { _statistics.lessonsMerged += 1 }
        }
        if let key, report.cacheable { storeCache?.store(report.result, key: key) }
        return report.result
    }
}

extension LessonEngine {
    /// An error at each inline value whose text differs between a recorded run and this one.
    static func changedInlineValues(_ recorded: LessonResult, _ fresh: LessonResult) -> [Diagnostic] {
        zip(fresh.lesson.inlineValues, zip(recorded.inlineValues, fresh.inlineValues)).compactMap { value, texts in
            guard let before = texts.0, let now = texts.1, before != now else { return nil }
            return Diagnostic(
                path: fresh.lesson.path, line: value.line, column: value.column,
                message: "inline value changed between runs ('\(before)', then '\(now)'): it depends on timing or "
                    + "randomness, so state the comparison with claim() instead")
        }
    }
}

/// Hands out lesson indices to workers and releases results in lesson order.
private final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var reported = 0
    private var slots: [LessonResult?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func nextIndex() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Stores a result and reports every result now ready, in lesson order (under the lock, so
    /// reports from different workers never interleave).
    func finish(_ index: Int, _ result: LessonResult, report: (LessonResult) -> Void) {
        lock.withLock {
            slots[index] = result
            while reported < slots.count, let result = slots[reported] {
                report(result)
                reported += 1
            }
        }
    }

    func results() -> [LessonResult] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
