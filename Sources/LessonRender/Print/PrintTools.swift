import Foundation

/// The programs printing needs, found on `PATH`, and running them.
package enum PrintTools {
    /// Chromium's names on Debian, Ubuntu (snap) and with Google's package.
    static let chromiumNames = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"]

    /// Why printing stopped: a tool missing or failing, in words that say what to do.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The path of Chromium on `path` (a `PATH` list), or a failure saying what to install.
    package static func chromium(path: String = searchPath) throws(Failure) -> String {
        for name in chromiumNames { if let found = find(name, path: path) { return found } }
        throw Failure(
            description: "lessons pdf prints the book with headless Chromium, which is not installed: install it with "
                + "`sudo apt-get install chromium` (Debian, Ubuntu: chromium-browser), or run `scripts/bootstrap test`")
    }

    /// This process's `PATH`.
    package static var searchPath: String { ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin" }

    /// The full path of `tool` on `path` (a `PATH` list), if installed.
    package static func find(_ tool: String, path: String = searchPath) -> String? {
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable`; returns its standard output, or fails with its status and standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil)
        throws(Failure) -> Data
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-print-\(UUID()).log")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        do {
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(executable): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let log = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let tail = log.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw Failure(
                description:
                    "\((executable as NSString).lastPathComponent) failed (status \(process.terminationStatus))"
                    + (tail.isEmpty ? "" : ":\n\(tail)"))
        }
        return data
    }
}
