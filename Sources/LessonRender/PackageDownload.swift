import LessonCore

/// A lesson's program as a Swift package to download: `downloads/<slug>.zip` beside the HTML and
/// the Markdown page, linked at the top of both ("Download as a Swift package").
///
/// Only for a book that names its repository (`site.yml`'s `repository:`), which the package
/// depends on for the runtime library, and only for lessons with code. The package is the one
/// `lessons export` writes, with one difference: it follows the repository's `main` branch
/// rather than pinning a commit, because `Output/` is committed and must stay byte-reproducible
/// (a commit cannot hold its own hash, so a pinned zip would change with every commit). The zip
/// itself is `StoredZip`: sorted, stored entries with fixed timestamps.
struct PackageDownload {
    static let branch = "main"

    var package: LessonPackage
    var text: String

    /// The download for `lesson` in `site`, or nil when the site has none.
    init?(_ lesson: Lesson, site: SiteConfig) {
        guard let repository = site.repository, lesson.hasCode, lesson.loadProblems.isEmpty else { return nil }
        package = LessonPackage(
            lesson: lesson, dependency: .branch(url: repository, name: Self.branch), language: site.language)
        text = DownloadStrings.forLanguage(site.language).downloadPackage
    }

    /// The zip's path relative to the page (and to `html/` and `markdown/`).
    var path: String { "downloads/\(package.lesson.slug).zip" }

    /// The link as the HTML page's first paragraph.
    var html: [UInt8] {
        var builder = HTMLBuilder()
        builder.open("p", [("class", "package-download")])
        builder.element("a", [("href", path), ("download", "")], text: text)
        builder.close("p")
        builder.newline()
        return builder.bytes
    }

    /// The link as the Markdown page's first paragraph.
    var markdown: String {
        "[\(text)](\(path))\n\n"
    }
}

struct DownloadStrings: Translations, Sendable {
    var downloadPackage: String

    static let english = DownloadStrings(downloadPackage: "Download as a Swift package")
    static let russian = DownloadStrings(downloadPackage: "Скачать как пакет Swift")
}
