import Foundation
import Testing

@testable import LessonCore

/// `.lessons-cache/` as CI uses it, through the built `lessons` executable: shards built in
/// different checkouts, caches merged by copying files, the path to the lessons spelled any way.
@Suite struct PortableCacheTests {
    /// Four fixture lessons with outputs, a compile error, a trap and expect-error snippets: shard
    /// 1/2 holds 01 and 03, shard 2/2 holds 02 and 07.
    static let book = ["01-shared-state.md", "02-compile-error.md", "03-trap.md", "07-expect-error.md"]

    /// Copies fixture lessons (the book by default) into `folder/Lessons`.
    func copyBook(_ names: [String] = PortableCacheTests.book, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/Lessons", withIntermediateDirectories: true)
        let fixtures = EngineFixtures.fixturesDirectory + "/Engine/"
        for name in names {
            try FileManager.default.copyItem(atPath: fixtures + name, toPath: folder + "/Lessons/" + name)
        }
    }

    func lessons(_ arguments: [String], in folder: String) throws -> (status: Int32?, output: String) {
        try CommandLineTests().lessons(arguments, in: folder)
    }

    /// The `N lessons: R run (C compiler runs), K cached` line.
    func timing(_ output: String) -> String? {
        output.split(separator: "\n").map(String.init).first {
            $0.contains(" lessons: ") && $0.contains(" compiler runs), ")
        }
    }

    /// The `PATH:LINE…: error: …` lines, sorted.
    func errors(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init).sorted()
    }

    func cacheFiles(_ folder: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder + "/.lessons-cache"))
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"))
    func shardsBuiltInTwoCheckoutsMergeIntoAThirdThatRunsNothing() throws {
        let base = try TemporaryFolder.make(prefix: "lessons-portable")
        defer { try? FileManager.default.removeItem(atPath: base) }
        // Three copies of one book, as three CI machines would check it out.
        let first = base + "/runner-1/work/book"
        let second = base + "/runner-2/checkout"
        let third = base + "/site/book"
        for folder in [first, second, third] { try copyBook(to: folder) }

        let one = try lessons(["build", "--shard", "1/2"], in: first)
        #expect(timing(one.output)?.hasPrefix("2 lessons: 2 run (") == true, "\(one.output)")
        let two = try lessons(["build", "--shard", "2/2"], in: second)
        #expect(timing(two.output)?.hasPrefix("2 lessons: 2 run (") == true, "\(two.output)")
        // A shard writes no site: half a book is not a book.
        #expect(!FileManager.default.fileExists(atPath: first + "/Output"))

        // One file per lesson, no index: merging is copying the two folders together.
        let firstFiles = try cacheFiles(first)
        let secondFiles = try cacheFiles(second)
        #expect(firstFiles.count == 2 && secondFiles.count == 2)
        #expect(firstFiles.isDisjoint(with: secondFiles))
        #expect(firstFiles.union(secondFiles).allSatisfy { $0.hasSuffix(".json") && $0.count == 64 + 5 })
        try FileManager.default.createDirectory(atPath: third + "/.lessons-cache", withIntermediateDirectories: true)
        for (folder, names) in [(first, firstFiles), (second, secondFiles)] {
            for name in names {
                let (from, to) = (folder + "/.lessons-cache/" + name, third + "/.lessons-cache/" + name)
                try FileManager.default.copyItem(atPath: from, toPath: to)
            }
        }

        // The whole book, from the parent folder of the third copy: nothing compiled or run.
        let parent = (third as NSString).deletingLastPathComponent
        let whole = try lessons(["build", "--lessons", "book/Lessons", "--output", "book/Output"], in: parent)
        #expect(
            timing(whole.output)?.hasPrefix("4 lessons: 0 run (0 compiler runs), 4 cached") == true, "\(whole.output)")
        // Diagnostics from the cache name the lessons as this run gave them, at the same lines
        // and columns as the runs that made the entries.
        let made = (errors(one.output) + errors(two.output)).map { "book/" + $0 }.sorted()
        #expect(made.contains("book/Lessons/02-compile-error.md:13:15: error: cannot find 'undefinedName' in scope"))
        #expect(
            made.contains {
                $0.hasPrefix("book/Lessons/03-trap.md:") && $0.hasSuffix(": Fatal error: Index out of range")
            })
        #expect(errors(whole.output) == made)
        #expect(whole.status == 1)
        for slug in Self.book.map({ String($0.dropLast(3)) }) {
            #expect(FileManager.default.fileExists(atPath: third + "/Output/html/\(slug).html"), "\(slug)")
        }
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the lessons executable is not built"))
    func theLessonsFolderSpelledAnyWayReusesTheCache() throws {
        let base = try TemporaryFolder.make(prefix: "lessons-portable")
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = base + "/book"
        try copyBook(["01-shared-state.md", "02-compile-error.md"], to: root)
        let compileError = "02-compile-error.md:13:15: error: cannot find 'undefinedName' in scope"
        let cold = try lessons(["build", "--lessons", "Lessons"], in: root)
        // One merged compile fails on 02's error (MergedCompilation), then each lesson compiles alone.
        #expect(
            timing(cold.output)?.hasPrefix("2 lessons: 2 run (3 compiler runs), 0 cached") == true, "\(cold.output)")
        #expect(errors(cold.output) == ["Lessons/" + compileError])

        let runs: [(arguments: [String], folder: String, prefix: String)] = [
            (["--lessons", "./Lessons"], root, "./Lessons/"),
            (["--lessons", "book/Lessons", "--output", "book/Output"], base, "book/Lessons/"),
            (["--lessons", ".", "--output", "../Output"], root + "/Lessons", ""),
            (["--lessons", root + "/Lessons", "--output", root + "/Output"], "/", root + "/Lessons/"),
        ]
        for run in runs {
            let warm = try lessons(["build"] + run.arguments, in: run.folder)
            let line = timing(warm.output)
            #expect(
                line?.hasPrefix("2 lessons: 0 run (0 compiler runs), 2 cached") == true,
                "\(run.arguments): \(warm.output)")
            #expect(errors(warm.output) == [run.prefix + compileError], "\(run.arguments)")
        }
        // One result a lesson, however the folder was spelled; `pages/` records the rendered pages.
        #expect(try cacheFiles(root).subtracting(["pages"]).count == 2)
    }
}
