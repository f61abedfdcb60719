import Foundation
import LessonCore

extension LessonPipeline {
    /// `results` with the local files their lessons reference read into `LessonResult.assets`, and
    /// an error at the line of each reference whose file is missing, is a folder, is an absolute
    /// path, or lies outside the lessons folder (symbolic links included). The page keeps such a
    /// reference as written; the other references and lessons are unaffected.
    ///
    /// Call it after the engine ran: the files are neither in the cache key nor in the cached
    /// results, so an edited image re-renders its lesson without running a snippet, and a fixed
    /// reference stops being reported at once.
    public static func readingAssets(_ results: [LessonResult]) -> [LessonResult] {
        var reader = LessonAssetReader()
        return results.map { result in
            var result = result
            let (assets, problems) = reader.read(for: result.lesson)
            result.assets = assets
            result.diagnostics += problems
            return result
        }
    }
}

/// Reads the files of `LessonAssets.references(in:)` from disk, each file once per build however
/// many lessons show it.
struct LessonAssetReader {
    private enum Outcome {
        case read([UInt8])
        case missing, folder, escapes, unreadable
    }

    private var outcomes: [String: Outcome] = [:]

    /// The lesson's files, sorted by path, and one diagnostic per reference that cannot be used.
    mutating func read(for lesson: Lesson) -> (assets: [LessonAsset], problems: [Diagnostic]) {
        let folder = Self.folder(of: lesson)
        var assets: [String: [UInt8]] = [:]
        var problems: [Diagnostic] = []
        for reference in LessonAssets.references(in: lesson) {
            let what = reference.kind == .image ? "image" : "linked file"
            let quoted = "'\(reference.destination)'"
            func problem(_ message: String) {
                problems.append(Diagnostic(path: lesson.path, line: reference.line, message: message))
            }
            switch reference.target {
            case .absolute:
                problem(
                    "\(what) \(quoted) is an absolute path; write it relative to the lesson file, inside \(folder)/")
            case .outside:
                problem(
                    "\(what) \(quoted) points outside the lessons folder \(folder)/; keep the book's files inside it")
            case .file(let path):
                let location = folder == "." ? path : folder + "/" + path
                switch outcome(location, folder: folder) {
                case .read(let bytes): assets[path] = bytes
                case .missing where reference.kind == .link && Self.isPage(path):
                    // `[ReLU](reference/relu.html)`: a page of the site, not a file of the book.
                    continue
                case .missing: problem("\(what) \(quoted) not found: there is no file \(location)")
                case .folder: problem("\(what) \(quoted) is a folder (\(location)), not a file")
                case .escapes: problem("\(what) \(quoted) is a symbolic link out of the lessons folder \(folder)/")
                case .unreadable: problem("\(what) \(quoted) cannot be read (\(location))")
                }
            }
        }
        let sorted = assets.keys.sorted().map { LessonAsset(path: $0, bytes: assets[$0]!) }
        return (sorted, problems)
    }

    private mutating func outcome(_ location: String, folder: String) -> Outcome {
        if let known = outcomes[location] { return known }
        let outcome = Self.load(location, folder: folder)
        outcomes[location] = outcome
        return outcome
    }

    private static func load(_ location: String, folder: String) -> Outcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .folder }
        // `images -> /etc` inside the folder would otherwise publish any file the build can read.
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let real = URL(fileURLWithPath: location).resolvingSymlinksInPath().path
        guard real.hasPrefix(root == "/" ? root : root + "/") else { return .escapes }
        guard let data = FileManager.default.contents(atPath: location) else { return .unreadable }
        return .read([UInt8](data))
    }

    /// An HTML page: linked by its site name, it is one of the built pages when no such file exists.
    static func isPage(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }

    /// The lessons folder, as lesson paths spell it: lessons sit directly inside it (or, for an
    /// edition's lesson, in a folder inside it: the book's folder).
    static func folder(of lesson: Lesson) -> String {
        if let book = lesson.bookFolder { return book.isEmpty ? "." : book }
        let folder = (lesson.path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
