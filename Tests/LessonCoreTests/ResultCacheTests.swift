import Crypto
import Foundation
import Testing

@testable import LessonCore

/// Cache hits and misses on a real lesson: compiled once, then served from the cache.
@Suite struct ResultCacheTests {
    @Test func hitMissProseEditAndCorruptEntry() throws {
        let folder = try EngineFixtures.lessonsFolder(["03-trap.md"])
        let cacheDirectory = folder + "/../.lessons-cache"
        let runtime = try EngineFixtures.runtime.get()
        func run(readCache: Bool = true) throws -> (LessonResult, LessonEngine.Statistics) {
            let engine = LessonEngine(runtime: runtime, cacheDirectory: cacheDirectory, readCache: readCache)
            let results = engine.run(try LessonLibrary.load(directory: folder).lessons)
            return (try #require(results.first), engine.statistics)
        }
        let (cold, coldStatistics) = try run()
        #expect(!cold.cached && coldStatistics.compilerRuns == 1)

        // Nothing changed: nothing compiled, same results.
        let (warm, warmStatistics) = try run()
        #expect(warm.cached && warmStatistics.compilerRuns == 0 && warmStatistics.lessonsRun == 0)
        #expect(warm.snippets == cold.snippets && warm.diagnostics == cold.diagnostics)

        // Prose added above the snippets: still cached, lines moved with the text.
        let path = folder + "/03-trap.md"
        let source = try String(contentsOfFile: path, encoding: .utf8)
        try source.replacingOccurrences(of: "---\n\n", with: "---\n\nNew prose.\nMore.\n\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        let (moved, movedStatistics) = try run()
        #expect(moved.cached && movedStatistics.compilerRuns == 0)
        #expect(moved.diagnostics.first?.line == cold.diagnostics.first.flatMap(\.line).map { $0 + 3 })
        let trapLine = try #require(EngineFixtures.line(of: "print(numbers[index])", in: moved.lesson))
        #expect(moved.snippets[2].text.contains("03-trap.md:\(trapLine):"))

        // A snippet edited: compiled again.
        try source.replacingOccurrences(of: "print(\"one\")", with: "print(\"uno\")").write(
            toFile: path, atomically: true, encoding: .utf8)
        let (edited, editedStatistics) = try run()
        #expect(!edited.cached && editedStatistics.compilerRuns == 1)
        #expect(edited.snippets[0].text == "uno\n")

        // A corrupt entry is ignored and rebuilt; --no-cache runs anyway.
        for name in try FileManager.default.contentsOfDirectory(atPath: cacheDirectory) {
            try "{ not json".write(toFile: cacheDirectory + "/" + name, atomically: true, encoding: .utf8)
        }
        let (rebuilt, rebuiltStatistics) = try run()
        #expect(!rebuilt.cached && rebuiltStatistics.compilerRuns == 1 && rebuilt.snippets == edited.snippets)
        let (forced, forcedStatistics) = try run(readCache: false)
        #expect(!forced.cached && forcedStatistics.compilerRuns == 1)
    }

    @Test func keyCoversCodeOptionsAndRuntimeButNotProse() throws {
        let runtime = LessonRuntime(directory: "/rt", compilerVersion: "swift 6", key: "r1")
        let cache = ResultCache(directory: "/unused")
        func key(_ source: String, runtime: LessonRuntime = runtime) throws -> String {
            cache.key(
                for: try LessonParser.parse(path: "L/a.md", source: source), runtime: runtime, settings: RunSettings())
        }
        let base = "---\ntitle: T\n---\n\n```swift run\nprint(1)\n```\n"
        let k = try key(base)
        #expect(try key(base.replacingOccurrences(of: "title: T", with: "title: U\ndescription: D")) == k)
        #expect(try key(base.replacingOccurrences(of: "\n\n```swift", with: "\n\nProse.\n\n```swift")) == k)
        #expect(try key(base.replacingOccurrences(of: "print(1)", with: "print(2)")) != k)
        #expect(try key(base.replacingOccurrences(of: "swift run", with: "swift run hide")) != k)
        #expect(try key(base.replacingOccurrences(of: "title: T", with: "title: T\ntimeout: 3")) != k)
        #expect(try key(base, runtime: LessonRuntime(directory: "/rt", compilerVersion: "swift 6", key: "r2")) != k)
        #expect(try key(base, runtime: LessonRuntime(directory: "/rt", compilerVersion: "swift 7", key: "r1")) != k)
    }

    @Test func keyIgnoresWhereTheLessonsFolderIsAndHowItIsSpelled() throws {
        let runtime = LessonRuntime(
            directory: "/checkout-a/.build-runtime/release", compilerVersion: "swift 6", key: "r1")
        let moved = LessonRuntime(directory: "/elsewhere/runtime", compilerVersion: "swift 6", key: "r1")
        let cache = ResultCache(directory: "/unused")
        let source = "---\ntitle: T\n---\n\n```swift run\nprint(1)\n```\n"
        func key(_ path: String, runtime: LessonRuntime = runtime) throws -> String {
            cache.key(
                for: try LessonParser.parse(path: path, source: source), runtime: runtime, settings: RunSettings())
        }
        let k = try key("Lessons/a.md")
        for path in ["./Lessons/a.md", "book/Lessons/a.md", "/home/ci/work/book/Lessons/a.md", "a.md"] {
            #expect(try key(path) == k, "\(path)")
        }
        #expect(try key("Lessons/a.md", runtime: moved) == k)
        // Another file is another lesson: its outputs name it.
        #expect(try key("Lessons/b.md") != k)
    }

    @Test func prebuiltRuntimeIsKeyedByWhatItIsNotWhereItIs() throws {
        let base = try TemporaryFolder.make(prefix: "lessons-test")
        defer { try? FileManager.default.removeItem(atPath: base) }
        func runtime(_ folder: String, library: String, key: String?) throws -> LessonRuntime {
            try FileManager.default.createDirectory(atPath: base + "/" + folder, withIntermediateDirectories: true)
            try library.write(toFile: base + "/" + folder + "/libLessonRuntime.so", atomically: true, encoding: .utf8)
            if let key {
                try key.write(
                    toFile: base + "/" + folder + "/" + LessonRuntime.keyFileName, atomically: true, encoding: .utf8)
            }
            return try LessonRuntime.prebuilt(folder: base + "/" + folder, compilerVersion: "swift 6")
        }
        // Built by `lessons`: the key of its sources, wherever the folder is, whatever its bytes.
        let sources = String(repeating: "5e", count: 32)
        #expect(try runtime("a/release", library: "one", key: sources).key == sources)
        #expect(try runtime("b/elsewhere", library: "two", key: sources + "\n").key == sources)
        // Built by hand: its bytes, not its folder or its files' times.
        let first = try runtime("c", library: "same", key: nil).key
        Thread.sleep(forTimeInterval: 0.01)
        #expect(try runtime("d/e", library: "same", key: nil).key == first)
        #expect(try runtime("f", library: "other", key: nil).key != first)
    }

    @Test func cachedDiagnosticsNameTheLessonWhereItIsNow() throws {
        let folder = try TemporaryFolder.make(prefix: "lessons-test")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = ResultCache(directory: folder + "/.lessons-cache")
        let source = "---\ntitle: T\n---\n\n```swift run\nlet x: Int = \"one\"\n```\n"
        let made = try LessonParser.parse(path: "/checkout-a/book/Lessons/a.md", source: source)
        let diagnostic = Diagnostic(
            path: made.path, line: 6, column: 14, message: "cannot convert value",
            notes: [
                .init(path: "/checkout-a/book/Lessons/a.md", line: 6, column: 5, message: "declared here"),
                .init(path: "Swift.Int", line: 1, column: 1, message: "elsewhere"),
            ])
        let snippet = SnippetResult(status: .failed, items: [.text("a.md:6:14: error: cannot convert value\n")])
        cache.store(LessonResult(lesson: made, snippets: [snippet], diagnostics: [diagnostic]), key: "k")
        let stored = try String(contentsOfFile: cache.path(for: "k"), encoding: .utf8)
        #expect(!stored.contains("checkout-a"), "entries hold no folder of the machine that made them")

        // Reused from another checkout and working directory, with prose added above the snippet.
        let withProse = source.replacingOccurrences(of: "---\n\n", with: "---\n\nProse.\n\n")
        let reused = try LessonParser.parse(path: "./Lessons/a.md", source: withProse)
        let loaded = try #require(cache.load(key: "k", for: reused))
        #expect(
            loaded.diagnostics == [
                Diagnostic(
                    path: "./Lessons/a.md", line: 8, column: 14, message: "cannot convert value",
                    notes: [
                        .init(path: "./Lessons/a.md", line: 8, column: 5, message: "declared here"),
                        .init(path: "Swift.Int", line: 1, column: 1, message: "elsewhere"),
                    ])
            ])
        #expect(loaded.snippets[0].text == "a.md:8:14: error: cannot convert value\n")
    }

    @Test func keyDigestIsSHA256OfTheFields() {
        // swift-crypto does the hashing; the helper only separates fields and spells the digest.
        var empty = SHA256()
        #expect(empty.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        empty.update(field: "abc")
        // SHA-256 of "abc\0".
        #expect(empty.hexDigest() == "dc1114cd074914bd872cc1f9a23ec910ea2203bc79779ab2e17da25782a624fc")
        var ab = SHA256()
        var a = SHA256()
        ab.update(field: "ab")
        ab.update(field: "c")
        a.update(field: "a")
        a.update(field: "bc")
        #expect(ab.hexDigest() != a.hexDigest())
    }
}
