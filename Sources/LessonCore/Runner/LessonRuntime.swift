import Crypto
import Foundation
import LessonProtocol

/// The prebuilt library lesson programs link against (`RuntimeModules`): a folder
/// with `libLessonRuntime.so` and `Modules/`, plus the key that says which sources and compiler
/// made it. Built once per runtime version, never per lesson.
public struct LessonRuntime: Sendable {
    /// Holds `libLessonRuntime.so` and `Modules/*.swiftmodule`.
    public var directory: String
    /// `swiftc --version`, first line.
    public var compilerVersion: String
    /// A hash of what the runtime is built from: its sources' contents and the compiler version.
    /// Part of every cache key; it does not depend on where the runtime or the checkout lives.
    public var key: String

    /// The environment variable that points at a prebuilt runtime folder, like `--runtime`.
    public static let environmentVariable = "LESSONS_RUNTIME"
    /// The file in a runtime folder that holds its key, written when `lessons` builds the runtime,
    /// so that the folder can be copied or passed with `--runtime` and keep its identity.
    public static let keyFileName = "lessons-runtime.key"
    /// Targets whose sources make up the runtime (with their dependencies: the C kernels too).
    package static let sourceFolders = RuntimeModules.targets.map { "Sources/" + $0 }

    public init(directory: String, compilerVersion: String, key: String) {
        self.directory = directory
        self.compilerVersion = compilerVersion
        self.key = key
    }

    /// Finds the runtime, building it when its sources changed since the last build.
    ///
    /// - `explicit` (or `LESSONS_RUNTIME`): a prebuilt folder, used as is; its key is the one in
    ///   its `lessons-runtime.key`, or else a hash of the library's contents.
    /// - Otherwise the package that declares `LessonRuntime`, found by walking up from the working
    ///   directory and from the running executable; built with `swift build -c release --product
    ///   LessonRuntime --scratch-path <package>/.build-runtime`. A stamp file with the sources' hash
    ///   skips even that `swift build` when nothing changed, so a no-op rebuild stays fast.
    public static func locate(explicit: String? = nil, log: (String) -> Void = { _ in }) throws -> LessonRuntime {
        let compilerVersion = try Self.compilerVersion()
        if let folder = explicit ?? ProcessInfo.processInfo.environment[environmentVariable], !folder.isEmpty {
            return try prebuilt(folder: folder, compilerVersion: compilerVersion)
        }
        let starts = [
            FileManager.default.currentDirectoryPath,
            Bundle.main.executablePath.map { ($0 as NSString).deletingLastPathComponent },
        ]
        guard let root = starts.compactMap({ $0 }).lazy.compactMap(packageRoot(above:)).first else {
            throw RunnerError(
                "cannot find the runtime: no Package.swift declaring LessonRuntime above the working directory or the "
                    + "lessons executable; pass --runtime DIR or set \(environmentVariable)")
        }
        return try build(packageRoot: root, compilerVersion: compilerVersion, log: log)
    }

    /// The first folder at or above `start` whose Package.swift declares the `LessonRuntime` product.
    public static func packageRoot(above start: String) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL.path
        while true {
            let manifest = folder + "/Package.swift"
            if let text = try? String(contentsOfFile: manifest, encoding: .utf8), text.contains("\"LessonRuntime\"") {
                return folder
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    static func build(packageRoot root: String, compilerVersion: String, log: (String) -> Void) throws -> LessonRuntime
    {
        let scratch = root + "/.build-runtime"
        let directory = scratch + "/release"
        let stamp = scratch + "/lessons-runtime.stamp"
        var hasher = SHA256()
        hasher.update(field: compilerVersion)
        for folder in sourceFolders { try hashFiles(under: root + "/" + folder, relativeTo: root, into: &hasher) }
        let key = hasher.hexDigest()
        let library = directory + "/libLessonRuntime.so"
        let keyFile = directory + "/" + keyFileName
        let current =
            (try? String(contentsOfFile: stamp, encoding: .utf8)) == key
            && (try? String(contentsOfFile: keyFile, encoding: .utf8)) == key
        if !current || !FileManager.default.fileExists(atPath: library) {
            log("building the lesson runtime (swift build -c release --product LessonRuntime)…")
            // No key stays behind a build that fails half way: the folder would claim sources it was not built from.
            try? FileManager.default.removeItem(atPath: keyFile)
            let build = Subprocess(
                executable: "swift",
                arguments: [
                    "build", "-c", "release", "--product", "LessonRuntime", "--package-path", root, "--scratch-path",
                    scratch,
                ])
            let (outcome, output) = try build.runCapturing()
            guard outcome.succeeded else {
                throw RunnerError("building the lesson runtime failed:\n" + output)
            }
            try key.write(toFile: keyFile, atomically: true, encoding: .utf8)
            try key.write(toFile: stamp, atomically: true, encoding: .utf8)
        }
        return LessonRuntime(directory: directory, compilerVersion: compilerVersion, key: key)
    }

    static func prebuilt(folder: String, compilerVersion: String) throws -> LessonRuntime {
        let directory = URL(fileURLWithPath: folder).standardizedFileURL.path
        let library = directory + "/libLessonRuntime.so"
        guard FileManager.default.fileExists(atPath: library) else {
            throw RunnerError("no libLessonRuntime.so in the runtime folder \(folder)")
        }
        // Neither the folder's path nor its files' times: a copy elsewhere, or a CI job's own
        // build of the same sources, must find the same cache entries.
        if let stored = (try? String(contentsOfFile: directory + "/" + keyFileName, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines), stored.count == 64, stored.allSatisfy(\.isHexDigit)
        {
            return LessonRuntime(directory: directory, compilerVersion: compilerVersion, key: stored)
        }
        // Built by hand, without a key: what it was built from is unknown, so the library's bytes
        // stand for it (a few megabytes, hashed in milliseconds). Safe, but a rebuild elsewhere
        // may differ in its debug information and miss the cache: build it with `lessons` instead.
        var hasher = SHA256()
        hasher.update(field: compilerVersion)
        hasher.update(data: try Data(contentsOf: URL(fileURLWithPath: library)))
        return LessonRuntime(directory: directory, compilerVersion: compilerVersion, key: hasher.hexDigest())
    }

    static func hashFiles(under folder: String, relativeTo root: String, into hasher: inout SHA256) throws {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return }
        var files: [String] = []
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(name)
            }
        }
        for name in files.sorted() {
            hasher.update(field: String(folder.dropFirst(root.count)) + "/" + name)
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            hasher.update(field: String(data.count))
            hasher.update(data: data)
        }
    }

    /// `swiftc --version`, remembered in `cacheFolder` (the user's cache folder) under the compiler
    /// binary's resolved path, size and modification time: a build with every lesson cached starts
    /// no process, and a changed toolchain (another binary, or the same path rewritten) asks again.
    static func compilerVersion(
        searchPath: String? = ProcessInfo.processInfo.environment["PATH"],
        cacheFolder: String? = FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask).first?.path
    ) throws -> String {
        let folders = searchPath?.split(separator: ":").map(String.init) ?? []
        guard let binary = folders.lazy.map({ $0 + "/swiftc" }).first(where: FileManager.default.isExecutableFile),
            let cacheFolder
        else { return try askCompilerVersion(executable: "swiftc") }
        let resolved = URL(fileURLWithPath: binary).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        guard let size = attributes?[.size] as? NSNumber, let date = attributes?[.modificationDate] as? Date else {
            return try askCompilerVersion(executable: binary)
        }
        var hasher = SHA256()
        for field in [resolved, size.stringValue, String(date.timeIntervalSince1970)] { hasher.update(field: field) }
        let file = cacheFolder + "/lessons/swiftc-version-" + hasher.hexDigest()
        if let known = try? String(contentsOfFile: file, encoding: .utf8), !known.isEmpty { return known }
        let version = try askCompilerVersion(executable: binary)
        try? FileManager.default.createDirectory(
            atPath: cacheFolder + "/lessons", withIntermediateDirectories: true)
        try? version.write(toFile: file, atomically: true, encoding: .utf8)
        return version
    }

    static func askCompilerVersion(executable: String) throws -> String {
        let (outcome, output) = try Subprocess(executable: executable, arguments: ["--version"]).runCapturing()
        guard outcome.succeeded else { throw RunnerError("swiftc --version failed:\n" + output) }
        return output.split(separator: "\n").first.map(String.init) ?? output
    }
}
