import Foundation
import LessonCore
import LessonRender

/// Notices changed, added and removed files under some folders by comparing modification times
/// and sizes between polls. Polling is portable (no inotify/FSEvents split), and at a few hundred
/// files a poll every ~300 ms costs next to nothing.
public struct FileWatcher: Sendable {
    /// A file's identity for change detection.
    struct Stamp: Hashable, Sendable {
        var modified: Double
        var size: Int
    }

    public var folders: [String]
    private var snapshot: [String: Stamp]

    /// Takes the first snapshot; changes are reported relative to it.
    public init(folders: [String]) {
        self.folders = folders
        self.snapshot = Self.scan(folders)
    }

    /// Paths (folder + relative name) changed, added or removed since the last call, sorted.
    public mutating func changes() -> [String] {
        let current = Self.scan(folders)
        var changed = Set<String>()
        for (path, stamp) in current where snapshot[path] != stamp { changed.insert(path) }
        for path in snapshot.keys where current[path] == nil { changed.insert(path) }
        snapshot = current
        return changed.sorted()
    }

    /// Every regular file under the folders, hidden files and editor droppings (`*~`, `*.swp`) aside.
    static func scan(_ folders: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            while let name = enumerator.nextObject() as? String {
                let last = (name as NSString).lastPathComponent
                if last.hasPrefix(".") || last.hasSuffix("~") || last.hasSuffix(".swp") { continue }
                let path = folder + "/" + name
                var info = stat()
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                stamps[path] = Stamp(modified: Self.seconds(info), size: Int(info.st_size))
            }
        }
        return stamps
    }

    private static func seconds(_ info: stat) -> Double {
        #if canImport(Glibc)
            Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #else
            Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #endif
    }
}
