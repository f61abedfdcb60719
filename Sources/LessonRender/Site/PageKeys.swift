import Crypto
import Foundation
import LessonCore

/// The key of each lesson's pages: a SHA-256 digest of everything the pages show, so that a lesson
/// whose key is the one its written pages were made with need not be rendered again.
///
/// A key is made of two parts. The book's part changes every page: the engine (`renderVersion`,
/// `ResultCache.engineVersion` and the running executable, so a rebuilt `lessons` renders everything
/// once), the site configuration, whether solutions are shown, the pages of the page sources, and
/// every lesson's path, title and front matter (navigation, previous and next), labels with their
/// numbers and titles, and heading anchors (references and links into other lessons). The lesson's
/// part: its position, path and source, and its results as pages show them (snippet outputs,
/// inline values, diagnostics, the bytes of its images and linked files).
struct PageKeys {
    /// Bump when a change to the renderers changes the pages of the same input.
    static let renderVersion = "lessons-render-1"

    /// The engine's identity: the versions above and the running executable's size and time.
    static var engineIdentity: String {
        var text = renderVersion + " " + ResultCache.engineVersion
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 {
            text += " \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return text
    }

    /// One key per lesson of `results` (the book's lessons in reading order, as pages show them).
    static func keys(
        _ results: [LessonResult], book: BookIndex, site: SiteConfig, includesSolutions: Bool, engine: String
    ) -> [String] {
        var common = SHA256()
        common.update(field: engine)
        common.update(field: String(reflecting: site))
        common.update(field: includesSolutions ? "solutions" : "no solutions")
        for pages in book.sourced {
            common.update(field: pages.folder)
            common.update(field: pages.heading)
            common.update(field: pages.anchor)
            for page in pages.pages {
                common.update(field: page.slug)
                common.update(field: page.title)
            }
        }
        common.update(field: "\(book.entries.count)")
        for entry in book.entries {
            let lesson = entry.result.lesson
            common.update(field: lesson.path)
            common.update(field: String(reflecting: lesson.frontMatter))
            common.update(field: "\(lesson.hasCode)")
            for target in entry.labels.targets {
                common.update(field: "\(target.label) \(target.kind.rawValue) \(target.line)")
                common.update(field: target.number)
            }
            for (line, id) in entry.labels.headingIDs.sorted(by: { $0.key < $1.key }) {
                common.update(field: "\(line) \(id)")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return results.enumerated().map { position, result in
            var hasher = common
            hasher.update(field: "\(position)")
            hasher.update(field: result.lesson.path)
            hasher.update(field: result.lesson.source)
            hasher.update(data: (try? encoder.encode(result.snippets)) ?? Data())
            hasher.update(data: (try? encoder.encode(result.diagnostics)) ?? Data())
            hasher.update(field: String(reflecting: result.inlineValues))
            for asset in result.assets ?? [] {
                hasher.update(field: asset.path)
                hasher.update(field: "\(asset.bytes.count)")
                hasher.update(data: asset.bytes)
            }
            return hasher.hexDigest()
        }
    }
}
