import Foundation

/// `lessons export`: writes one lesson as a runnable SwiftPM package (`LessonPackage`).
public enum LessonExport {
    /// Why a lesson cannot be exported, in words for the command line.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The dependency `lessons export` writes without `--local`: the repository named in the
    /// lessons folder's `site.yml`, at the commit its checkout has now.
    public static func pinnedDependency(site: SiteConfig, lessonsDirectory: URL) throws(Failure)
        -> LessonPackage.Dependency
    {
        guard let url = site.repository else {
            throw Failure(
                description:
                    "site.yml has no 'repository:' (the URL of this project's repository, which the package "
                    + "depends on); add it, or pass --local PATH to depend on a checkout")
        }
        return .revision(url: url, commit: try commit(of: lessonsDirectory))
    }

    /// `git rev-parse HEAD` in `directory`'s checkout.
    public static func commit(of directory: URL) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path, "rev-parse", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git to find the commit of \(directory.path): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let commit = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, commit.count == 40, commit.allSatisfy(\.isHexDigit) else {
            throw Failure(
                description:
                    "cannot find the commit the book is built from: \(directory.path) is not in a git checkout "
                    + "with a commit (or pass --local PATH)")
        }
        return commit
    }

    /// Writes the package's files into `directory` (created if needed; other files are left alone).
    public static func write(_ package: LessonPackage, to directory: URL) throws {
        for (path, text) in package.files.sorted(by: { $0.key < $1.key }) {
            let file = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .atomic)
        }
    }
}
