import Foundation

/// Writes a set of files (relative path → bytes) into an output folder so that afterwards the folder
/// holds exactly that set: new and changed files are written, unchanged ones are not touched (their
/// times stay, so a preview server or `make` sees no change), files not in the set are removed, and
/// emptied folders with them. Nothing outside the folder is touched.
///
/// Each file is written to a temporary name in its folder and renamed into place, so a reader never
/// sees half a file. Hidden entries at the top of the folder (`.gitkeep`, `.git`) are left alone.
public struct OutputWriter: Sendable {
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public struct Summary: Sendable, Hashable {
        public var written: [String] = []
        public var unchanged = 0
        public var removed: [String] = []
    }

    public struct InvalidPath: Error, CustomStringConvertible {
        public var path: String
        public var description: String {
            "refusing to write '\(path)': not a plain relative path inside the output folder"
        }
    }

    /// Writes `files`; a file system failure is thrown as a `Diagnostic` naming the path that
    /// could not be written and why (`Output/html: error: cannot create the folder: Not a directory`).
    /// `keeping`: files already in the folder as they should be (pages not rendered again), left
    /// alone and counted as unchanged.
    @discardableResult
    public func write(_ files: [String: [UInt8]], keeping kept: Set<String> = []) throws -> Summary {
        for path in files.keys where !Self.isSafe(path) { throw InvalidPath(path: path) }
        let fileManager = FileManager.default
        try attempt("create the folder", directory) {
            try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var summary = Summary()
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let target = directory + "/" + path
            if let existing = fileManager.contents(atPath: target), existing.elementsEqual(bytes),
                !isSymbolicLink(target)
            {
                summary.unchanged += 1
                continue
            }
            let folder = (target as NSString).deletingLastPathComponent
            try removeNonFolder(atPath: folder)
            try attempt("create the folder", folder) {
                try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            if isDirectory(target) {
                try attempt("replace the folder", target) { try fileManager.removeItem(atPath: target) }
            }
            let temporary = folder + "/.tmp-\(ProcessInfo.processInfo.processIdentifier)-" + UUID().uuidString
            guard Self.create(temporary, bytes) else {
                let reason = String(cString: strerror(errno))
                try? fileManager.removeItem(atPath: temporary)
                throw Diagnostic(path: target, message: "cannot write: \(reason)")
            }
            // rename(2) replaces a symbolic link itself, never the file it points to.
            guard rename(temporary, target) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fileManager.removeItem(atPath: temporary)
                throw Diagnostic(path: target, message: "cannot write: \(reason)")
            }
            summary.written.append(path)
        }
        summary.unchanged += kept.subtracting(files.keys).count
        summary.removed = try removeStale(keeping: kept.union(files.keys))
        return summary
    }

    /// Writes `bytes` into a new file at `path` (mode 0666 less the umask). Without the `fsync` that
    /// `FileManager.createFile` makes per file (a second of a 300-file site's wall time, for pages that
    /// can always be built again); the rename that follows still never shows a reader half a file.
    static func create(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
            try handle.close()
            return true
        } catch {
            return false
        }
    }

    /// Runs a file system step, turning its error into a diagnostic at `path` with the system's
    /// reason (`Not a directory`, `Permission denied`) rather than a Foundation error dump.
    private func attempt<T>(_ action: String, _ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
            let code = underlying?.domain == NSPOSIXErrorDomain ? underlying?.code : nil
            let reason = code.map { String(cString: strerror(Int32($0))) } ?? error.localizedDescription
            throw Diagnostic(path: path, message: "cannot \(action): \(reason)")
        }
    }

    /// Removes every file under the folder that is not in `keep`, then emptied folders.
    private func removeStale(keeping keep: Set<String>) throws -> [String] {
        var removed: [String] = []
        func visit(_ relative: String) throws {
            let absolute = relative.isEmpty ? directory : directory + "/" + relative
            for name in try attempt(
                "list the folder", absolute, { try FileManager.default.contentsOfDirectory(atPath: absolute) }
            ).sorted() {
                if relative.isEmpty && name.hasPrefix(".") { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                let path = directory + "/" + child
                if isDirectory(path) && !isSymbolicLink(path) {
                    try visit(child)
                    if (try attempt("list the folder", path) {
                        try FileManager.default.contentsOfDirectory(atPath: path)
                    }).isEmpty {
                        try attempt("remove the emptied folder", path) {
                            try FileManager.default.removeItem(atPath: path)
                        }
                    }
                } else if !keep.contains(child) {
                    try attempt("remove the stale file", path) { try FileManager.default.removeItem(atPath: path) }
                    removed.append(child)
                }
            }
        }
        try visit("")
        return removed
    }

    /// A folder on the way to a file must be a folder: a file or link there is removed.
    private func removeNonFolder(atPath path: String) throws {
        var current = directory
        for component in path.dropFirst(directory.count).split(separator: "/") {
            current += "/" + component
            if isSymbolicLink(current) || (FileManager.default.fileExists(atPath: current) && !isDirectory(current)) {
                try attempt("replace the file with a folder", current) {
                    try FileManager.default.removeItem(atPath: current)
                }
            }
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// Relative, no `..` or `.` components, no empty components, not hidden at the top.
    package static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix(".") else { return false }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }
    }
}
