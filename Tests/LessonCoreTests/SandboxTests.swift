import Foundation
import Testing

@testable import LessonCore

#if canImport(Glibc)
    import Glibc
#endif

/// The sandbox end to end: lessons run through `LessonEngine` with `--sandbox required` try to read a
/// secret, write outside their folder, reach a local port and allocate without bound.
@Suite(
    .enabled(
        if: Sandbox.installed.bubblewrap != nil,
        "bubblewrap (bwrap) is not installed: `sudo apt-get install bubblewrap` (scripts/bootstrap does)"),
    .serialized)
struct SandboxTests {
    /// Runs one lesson given as Markdown, in the sandbox (or as `mode` says).
    static func run(_ source: String, slug: String = "01-sandbox", mode: SandboxMode = .required) throws
        -> LessonResult
    {
        let folder = try EngineFixtures.lessonsFolder([])
        try source.write(toFile: folder + "/\(slug).md", atomically: true, encoding: .utf8)
        let library = try LessonLibrary.load(directory: folder)
        let engine = LessonEngine(
            runtime: try EngineFixtures.runtime.get(), settings: RunSettings(sandbox: mode), cacheDirectory: nil)
        return try #require(engine.run(library.lessons).first)
    }

    static func lesson(_ code: String, frontMatter: String = "") -> String {
        "---\ntitle: Sandbox\n\(frontMatter)---\n\n```swift run\n\(code)\n```\n"
    }

    @Test func aSecretOfTheBuildIsNotInTheEnvironment() throws {
        setenv("SECRET_TOKEN", "s3cr3t-of-the-build", 1)
        defer { unsetenv("SECRET_TOKEN") }
        let code = """
            import Foundation
            print(ProcessInfo.processInfo.environment["SECRET_TOKEN"] ?? "nil")
            print(ProcessInfo.processInfo.environment["HOME"] == FileManager.default.currentDirectoryPath)
            """
        for mode in [SandboxMode.required, .off] {
            let result = try Self.run(Self.lesson(code), mode: mode)
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(result.snippets[0].text == "nil\ntrue\n", "with --sandbox \(mode.rawValue) too")
        }
    }

    @Test func writingOutsideTheWorkFolderFails() throws {
        let outside = "/var/tmp/lessons-sandbox-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let code = """
            import Foundation
            for path in ["\(outside)", "inside.txt"] {
                do {
                    try "x".write(toFile: path, atomically: false, encoding: .utf8)
                    print("wrote", path)
                } catch {
                    print("cannot write", path)
                }
            }
            let temporary = try FileManager.default.contentsOfDirectory(atPath: "/tmp")
            print(temporary.filter { $0.hasPrefix("lessons-test") }.count)
            """
        let result = try Self.run(Self.lesson(code))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.snippets[0].text == "cannot write \(outside)\nwrote inside.txt\n0\n")
        #expect(!FileManager.default.fileExists(atPath: outside))
    }

    @Test func aLocalPortIsOutOfReachUnlessTheLessonAllowsTheNetwork() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        try #require(bound)
        let port = UInt16(bigEndian: address.sin_port)
        let code = """
            import Glibc
            let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(\(port)).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            print(connected ? "connected" : "no connection")
            """
        let closed = try Self.run(Self.lesson(code))
        #expect(closed.diagnostics.isEmpty, "\(closed.diagnostics)")
        #expect(closed.snippets[0].text == "no connection\n")
        let open = try Self.run(Self.lesson(code, frontMatter: "network: true\n"))
        #expect(open.snippets[0].text == "connected\n", "network: true lets the lesson through")
        #expect(
            SandboxExceptions.notes([open.lesson]).map(\.formatted) == ["\(open.lesson.path): note: network allowed"])
    }

    @Test func unboundedAllocationStopsAtTheMemoryLimit() throws {
        let code = """
            print("allocating")
            var blocks: [[UInt8]] = []
            while true { blocks.append([UInt8](repeating: 1, count: 32 << 20)) }
            """
        let result = try Self.run(Self.lesson(code, frontMatter: "memory: 256MiB\n"))
        let fence = result.lesson.snippets[0].fenceLine
        let message =
            "memory limit of 256 MiB exceeded (a lesson that needs more sets 'memory: 512MiB' in its front matter)"
        #expect(result.snippets[0].status == .failed)
        #expect(result.snippets[0].text == "allocating\n01-sandbox.md:\(fence): error: \(message)\n")
        #expect(result.diagnostics.map(\.formatted) == ["\(result.lesson.path):\(fence): error: \(message)"])
        #expect(
            SandboxExceptions.notes([result.lesson]).map(\.message) == ["memory limit lowered to 256 MiB"])
    }

    @Test func anEndlessLoopIsStoppedAtTheTimeLimitWithNothingLeftRunning() throws {
        let code = "print(\"spinning\")\nvar spins = 0\nwhile true { spins &+= 1 }"
        let start = Date()
        let result = try Self.run(Self.lesson(code, frontMatter: "timeout: 1\n"), slug: "77-spin-sandbox")
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(result.diagnostics.map(\.message) == ["timed out after 1 s"])
        let left = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { Int($0) != nil }.filter {
            let command = (try? String(contentsOfFile: "/proc/\($0)/cmdline", encoding: .utf8)) ?? ""
            return command.contains("lessons-77-spin-sandbox")
        }
        #expect(left.isEmpty, "processes left running: \(left)")
    }

    /// Every fixture lesson (traps, usage errors, time limits, big output) gives the same results in
    /// the sandbox as without it.
    @Test func theFixtureLessonsRunAlikeInAndOutOfTheSandbox() throws {
        let folder = try EngineFixtures.lessonsFolder()
        let library = try LessonLibrary.load(directory: folder)
        func results(_ mode: SandboxMode) throws -> [LessonResult] {
            LessonEngine(
                runtime: try EngineFixtures.runtime.get(), settings: RunSettings(sandbox: mode), cacheDirectory: nil,
                jobs: 2
            ).run(library.lessons)
        }
        let (sandboxed, plain) = (try results(.required), try results(.off))
        for (inside, outside) in zip(sandboxed, plain) {
            #expect(inside.snippets.map(\.status) == outside.snippets.map(\.status), "\(inside.lesson.path)")
            let compared = inside.lesson.snippets.filter { !$0.options.nondeterministic }.map(\.index)
            #expect(compared.map { inside.snippets[$0].items } == compared.map { outside.snippets[$0].items })
            #expect(inside.diagnostics == outside.diagnostics, "\(inside.lesson.path)")
        }
    }
}

/// `memory:` and `network:` in the front matter; these need no bubblewrap.
@Suite struct SandboxFrontMatterTests {
    @Test func sizesTakeBinaryUnits() {
        #expect(FrontMatterParser.byteCount("4GiB") == 4 << 30)
        #expect(FrontMatterParser.byteCount("512 MiB") == 512 << 20)
        #expect(FrontMatterParser.byteCount("1.5GiB") == 3 << 29)
        #expect(FrontMatterParser.byteCount("1000") == 1000)
        #expect(FrontMatterParser.byteCount("4GB") == nil)
        #expect(FrontMatterParser.byteCount("-1GiB") == nil)
    }

    @Test func theKeysAreReadAndChangeTheCacheKey() throws {
        let source = "---\ntitle: T\nmemory: 4GiB\nnetwork: true\n---\n\n```swift run\nprint(1)\n```\n"
        let lesson = try LessonParser.parse(path: "Lessons/01-t.md", source: source)
        #expect(lesson.frontMatter.memory == 4 << 30)
        #expect(lesson.frontMatter.network)
        var plain = lesson
        plain.frontMatter.memory = nil
        plain.frontMatter.network = false
        let runtime = LessonRuntime(directory: "/r", compilerVersion: "swift", key: "k")
        let cache = ResultCache(directory: "/c")
        let keys = Set([lesson, plain].map { cache.key(for: $0, runtime: runtime, settings: RunSettings()) })
        #expect(keys.count == 2)
        #expect(
            SandboxExceptions.notes([lesson]).map(\.formatted) == [
                "Lessons/01-t.md: note: network allowed", "Lessons/01-t.md: note: memory limit raised to 4 GiB",
            ])
    }
}
