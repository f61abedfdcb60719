import Crypto
import Foundation

/// Lesson results on disk, one JSON file per key, so that a rebuild with nothing changed compiles
/// and runs nothing.
///
/// The key covers everything that can change a lesson's results: the engine's version, the runtime
/// (the hash of its sources and the compiler version, `LessonRuntime.key`), the lesson's path
/// relative to the lessons folder (outputs name the file), its time limit, the output cap, the
/// book's language (figures describe themselves in it), its memory limit and network access, whether
/// it ran without the sandbox, every snippet's code and options in order,
/// and every inline value's expression and place among the snippets. Prose is not in the key, nor
/// are line numbers: when prose above a snippet moves it, the cached lines are moved with it
/// (`ResultRelocation`).
///
/// Nothing in a key or an entry depends on the working directory, on how the lessons folder was
/// spelled, or on where the checkout and the runtime live: diagnostics are stored relative to the
/// lessons folder and anchored at the lesson's path on load. So CI jobs and shards can share the
/// folder, and merging two caches is copying their files together (there is no index). Writes are
/// atomic (a temporary file renamed into place); an entry that does not decode, or whose stored key
/// differs, is ignored and rebuilt.
public struct ResultCache: Sendable {
    /// Bump when a change to the engine changes what lessons produce.
    public static let engineVersion = "lessons-engine-4"

    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The default place: `.lessons-cache/` next to the lessons folder (the package root for `Lessons/`).
    public static func defaultDirectory(forLessons lessonsDirectory: String) -> String {
        let absolute = URL(fileURLWithPath: lessonsDirectory).standardizedFileURL
        return absolute.deletingLastPathComponent().appendingPathComponent(".lessons-cache").path
    }

    public func key(for lesson: Lesson, runtime: LessonRuntime, settings: RunSettings) -> String {
        var hasher = SHA256()
        hasher.update(field: Self.engineVersion)
        hasher.update(field: runtime.key)
        hasher.update(field: runtime.compilerVersion)
        hasher.update(field: lesson.fileName)
        hasher.update(field: "\(lesson.frontMatter.timeout ?? settings.defaultTimeout)")
        hasher.update(field: "\(settings.outputCap)")
        hasher.update(field: settings.language)
        // Fields that only stand in the key when they differ from the usual, so that the keys of
        // other lessons stay as they were; none of them can be read as the snippet count below.
        let memory = lesson.frontMatter.memory ?? settings.memoryLimit
        if memory != RunSettings.defaultMemoryLimit { hasher.update(field: "memory: \(memory)") }
        if lesson.frontMatter.network { hasher.update(field: "network: true") }
        // A program that ran outside the sandbox may have done what the sandbox forbids.
        if !Sandbox.runsSandboxed(settings.sandbox) { hasher.update(field: "sandbox: off") }
        hasher.update(field: "\(lesson.snippets.count)")
        for snippet in lesson.snippets {
            // An exercise's starter or solution is marked by its role ("solution: "), which no
            // option word can spell, so the key of a lesson without exercises stays as it was.
            let role = snippet.role == .run ? "" : snippet.role.rawValue + ": "
            hasher.update(field: role + snippet.options.canonicalWords.joined(separator: " "))
            hasher.update(field: snippet.code)
        }
        // Inline values: their expressions and where they stand among the snippets, not their lines.
        hasher.update(field: "\(lesson.inlineValues.count)")
        for value in lesson.inlineValues {
            hasher.update(field: "\(value.snippetsBefore)")
            hasher.update(field: value.expression)
        }
        return hasher.hexDigest()
    }

    struct Entry: Codable {
        var key: String
        /// Fence and closing lines of every snippet when the entry was made.
        var snippetLines: [[Int]]
        var snippets: [SnippetResult]
        /// Naming the lesson by its path relative to the lessons folder.
        var diagnostics: [Diagnostic]
        var inlineValues: [String?]
    }

    /// The cached result for `lesson`, moved to its current lines; nil when absent or unusable.
    public func load(key: String, for lesson: Lesson) -> LessonResult? {
        guard let data = FileManager.default.contents(atPath: path(for: key)),
            let entry = try? JSONDecoder().decode(Entry.self, from: data),
            entry.key == key, entry.snippets.count == lesson.snippets.count,
            entry.snippetLines.count == lesson.snippets.count,
            entry.snippetLines.allSatisfy({ $0.count == 2 }), entry.inlineValues.count == lesson.inlineValues.count
        else { return nil }
        let relocation = ResultRelocation(lesson: lesson, oldLines: entry.snippetLines.map { ($0[0], $0[1]) })
        var result = LessonResult(
            lesson: lesson,
            snippets: entry.snippets.map(relocation.apply),
            diagnostics: entry.diagnostics.map {
                relocation.apply($0.reanchored(from: lesson.fileName, to: lesson.path))
            },
            cached: true)
        result.inlineValues = entry.inlineValues
        return result
    }

    /// Stores `result` under `key`, atomically. Failures are ignored: the cache is an optimisation.
    public func store(_ result: LessonResult, key: String) {
        let entry = Entry(
            key: key, snippetLines: result.lesson.snippets.map { [$0.fenceLine, $0.endLine] },
            snippets: result.snippets,
            diagnostics: result.diagnostics.map { $0.reanchored(from: result.lesson.path, to: result.lesson.fileName) },
            inlineValues: result.inlineValues)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(entry) else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path(for: key) + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, path(for: key)) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    func path(for key: String) -> String {
        directory + "/" + key + ".json"
    }
}
