import Crypto
import Foundation
import LessonCore

/// What the last build wrote into an output folder, lesson by lesson: the key its pages were made
/// with (`PageKeys`), their files with each file's size, time and inode as written, and the ids of
/// their headings. Kept in the cache folder (`.lessons-cache/pages/`), never in the output folder,
/// which is committed and must hold only the site.
///
/// A lesson's pages are reused when its key is the same and each of its files is still the one
/// written: a file deleted or edited by hand (its size, time or inode changed) renders the lesson
/// again, and the writer puts the file back.
struct RenderedPages: Codable {
    /// Bump when the record's meaning changes; a record of another format is ignored.
    static let format = 1

    struct Stamp: Codable, Equatable {
        var size: Int64
        var seconds: Int64
        var nanoseconds: Int64
        var inode: UInt64

        /// The stamp of the file at `path`, or nil when there is no regular file there.
        init?(path: String) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            size = Int64(info.st_size)
            seconds = Int64(info.st_mtim.tv_sec)
            nanoseconds = Int64(info.st_mtim.tv_nsec)
            inode = UInt64(info.st_ino)
        }
    }

    struct Lesson: Codable, Equatable {
        var key: String
        var headingIDs: [String]
        /// Paths relative to the output folder, with their stamps.
        var files: [String: Stamp]
        /// A book in several editions: the heading anchors of the lesson's HTML page, which its
        /// counterparts' language switches list, and what linking its pages to their counterparts
        /// depended on (`CounterpartLinks.context`). Nil in a single-language book.
        var anchors: [String]? = nil
        var links: String? = nil

        /// True when every file is in `directory` as it was written.
        func isIntact(in directory: String) -> Bool {
            files.allSatisfy { path, stamp in
                OutputWriter.isSafe(path) && Stamp(path: directory + "/" + path) == stamp
            }
        }
    }

    /// The lesson recorded under `name` when its pages can be reused: made with `key`, and its files
    /// still in `directory` as written.
    func reusable(_ name: String, key: String, in directory: String) -> Lesson? {
        guard let old = lessons[name], old.key == key, old.isIntact(in: directory) else { return nil }
        return old
    }

    /// The record of a lesson's pages just written as `paths` in `directory`; nil when a file is
    /// missing after the write (it cannot be), so that the lesson renders again next time.
    static func written(key: String, headingIDs: [String], paths: [String], in directory: String) -> Lesson? {
        var stamps: [String: Stamp] = [:]
        for path in paths { stamps[path] = Stamp(path: directory + "/" + path) }
        guard stamps.count == paths.count else { return nil }
        return Lesson(key: key, headingIDs: headingIDs, files: stamps)
    }

    var format = Self.format
    /// By lesson slug.
    var lessons: [String: Lesson] = [:]

    init() {}

    /// The record's file for `outputDirectory` in the cache folder `cacheDirectory`.
    static func path(cacheDirectory: String, outputDirectory: String) -> String {
        var hasher = SHA256()
        hasher.update(field: URL(fileURLWithPath: outputDirectory).standardizedFileURL.path)
        return cacheDirectory + "/pages/" + hasher.hexDigest() + ".json"
    }

    /// The record at `path`; empty when there is none or it cannot be read.
    static func read(_ path: String) -> RenderedPages {
        guard let data = FileManager.default.contents(atPath: path),
            let record = try? JSONDecoder().decode(RenderedPages.self, from: data), record.format == Self.format
        else { return RenderedPages() }
        return record
    }

    /// Writes the record atomically; a failure only costs the next build its reuse, so it is ignored
    /// after removing any older record (which could otherwise vouch for files since rewritten).
    func write(to path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
            let data = try? encoder.encode(self),
            (try? data.write(to: URL(fileURLWithPath: path), options: .atomic)) != nil
        else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
    }
}
