import Foundation

@testable import LessonCore

/// Shared setup for tests that compile and run lessons: the runtime (built once per test process,
/// or `LESSONS_RUNTIME`), temporary lesson folders, and the fixture lessons run once.
enum EngineFixtures {
    /// `Tests/LessonCoreTests/Fixtures/`, found from this file's path (no bundle resources needed).
    static let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures"
    ).path

    static let runtime: Result<LessonRuntime, any Error> = Result { try LessonRuntime.locate() }

    /// Copies the named fixture files (or all of `Fixtures/Engine`) into a fresh `Lessons/` folder
    /// in a temporary directory and returns the `Lessons/` path.
    static func lessonsFolder(_ names: [String]? = nil) throws -> String {
        let root = try TemporaryFolder.make(prefix: "lessons-test")
        let lessons = root + "/Lessons"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        let source = fixturesDirectory + "/Engine"
        for name in try names ?? FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + name, toPath: lessons + "/" + name)
        }
        return lessons
    }

    /// Every fixture lesson of `Fixtures/Engine`, run once (in parallel, no cache) for all tests.
    static let engineResults: Result<[LessonResult], any Error> = Result {
        let folder = try lessonsFolder()
        let library = try LessonLibrary.load(directory: folder)
        let engine = LessonEngine(runtime: try runtime.get(), cacheDirectory: nil, jobs: 2)
        return engine.run(library.lessons)
    }

    static func result(_ slug: String) throws -> LessonResult {
        guard let result = try engineResults.get().first(where: { $0.lesson.slug == slug }) else {
            throw RunnerError("no fixture lesson \(slug)")
        }
        return result
    }

    /// The 1-based line of the first line of `lesson` containing `needle`, so tests name lines by
    /// content instead of hard-coding numbers.
    static func line(of needle: String, in lesson: Lesson) -> Int? {
        lesson.source.lines.firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}
