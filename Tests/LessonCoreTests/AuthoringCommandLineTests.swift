import Foundation
import LessonTestSupport
import Testing

@testable import LessonCore

/// `lessons new`, `list` and `serve` as an author runs them: the built executable, its output and
/// exit status, and for `serve` a real HTTP request to the address it prints.
@Suite struct AuthoringCommandLineTests {
    static var executable: String? { CommandLineTests.executable }

    static func environment() throws -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment[LessonRuntime.environmentVariable] = try EngineFixtures.runtime.get().directory
        environment["NO_COLOR"] = nil
        return environment
    }

    @Test(.enabled(if: executable != nil, "the lessons executable is not built"))
    func newTwiceThenListShowsBothInOrder() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        let executable = try #require(Self.executable)
        func run(_ arguments: [String]) throws -> (Int32?, String) {
            let (outcome, output) = try Subprocess(
                executable: executable, arguments: arguments, workingDirectory: folder.path, timeout: 60
            )
            .runCapturing()
            return (outcome.exitStatus, output)
        }
        #expect(try run(["new", "Первый урок"]) == (0, "Lessons/01-pervyy-urok.md\n"))
        #expect(try run(["new", "Second"]) == (0, "Lessons/02-second.md\n"))
        let (status, output) = try run(["new", " "])
        #expect(status == 1)
        #expect(output.contains("error: the title must be one non-empty line"))
        let (listStatus, listing) = try run(["list", "--no-cache-status"])
        #expect(listStatus == 0)
        let lines = listing.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("1  Lessons/01-pervyy-urok.md  1 ") && lines[1].hasSuffix("Первый урок"))
        #expect(lines[2].hasPrefix("2  Lessons/02-second.md"))
        #expect(lines[3] == "2 lessons, 2 snippets")
        // Not a terminal: no colour codes.
        #expect(!listing.contains("\u{1B}["))
    }

    @Test(.enabled(if: executable != nil, "the lessons executable is not built"))
    func servePrintsItsAddressAndServesTheBuiltSite() throws {
        let folder = try AuthoringTemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "Lessons/01-a.md", "---\ntitle: Served\n---\n\nHello from the preview.\n\n```swift run\nprint(6 * 7)\n```\n"
        )
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.executable))
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.environment = try Self.environment()
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            // SIGKILL: the test runner's threads block SIGTERM, and a spawned child inherits that mask.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        // Read standard error until the address line (the first build comes before it).
        var text = ""
        let deadline = Date(timeIntervalSinceNow: 120)
        // poll(2) with a short timeout, so a server that never prints cannot hang the test run.
        let descriptor = errors.fileHandleForReading.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !text.contains("(Ctrl-C to stop)") && Date() < deadline {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 200) > 0 else { continue }
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            text += String(decoding: buffer[..<count], as: UTF8.self)
        }
        #expect(text.contains("built: 1 run, 0 re-rendered, 0 unchanged"))
        let match = try #require(text.firstMatch(of: #/Serving Output/html at http://127\.0\.0\.1:(\d+)/ /#))
        let port = try #require(UInt16(match.1))
        let page = try AuthoringHTTPClient(port: port).requestBlocking("/01-a.html")
        #expect(page.status == 200)
        #expect(page.body.contains("Hello from the preview."))
        #expect(page.body.contains("42"))
        #expect(page.body.contains("new WebSocket("))
        #expect(!text.contains("\u{1B}["))
    }
}
