import Foundation

/// A book's editions, loaded from its lessons folder: one per language listed in `site.yml`'s
/// `editions`, each from a folder of that name; or, without `editions`, the single-language book
/// whose lessons sit directly in the folder.
public struct BookEditions: Sendable {
    /// The lessons folder, as the user gave it.
    public var directory: String
    /// The book-wide settings (`site.yml`): the editions, the source language, `pages`, `repository`.
    public var site: SiteConfig
    /// In the order `site.yml` lists them, the source first.
    public var editions: [Edition]

    public init(directory: String, site: SiteConfig, editions: [Edition]) {
        self.directory = directory
        self.site = site
        self.editions = editions
    }

    /// Whether the book has editions in several folders (`html/<lang>/`, a root index of editions).
    public var isMultilingual: Bool { !site.editions.isEmpty }

    public var source: Edition { editions.first(where: \.isSource) ?? editions[0] }
    /// The editions that translate the source.
    public var translations: [Edition] { editions.filter { !$0.isSource } }

    /// Every lesson of every edition, edition by edition in reading order: what `--shard` splits.
    public var allLessons: [Lesson] { editions.flatMap(\.library.lessons) }

    /// Loads `site.yml` and the lessons of every edition. A missing or unreadable edition folder,
    /// a `source` that is not one of the editions, or a broken settings file throws.
    public static func load(directory: String) throws(LessonLoadingError) -> BookEditions {
        let root = try LessonLibrary.load(directory: directory)
        guard !root.site.editions.isEmpty else {
            return BookEditions(
                directory: directory, site: root.site,
                editions: [Edition(library: root, directory: directory, outputFolder: "", isSource: true)])
        }
        let book = root.site
        let sitePath = join(directory, SiteConfig.fileName)
        let sourceLanguage = book.sourceLanguage ?? book.editions[0]
        guard book.editions.contains(sourceLanguage) else {
            throw LessonLoadingError(
                Diagnostic(
                    path: sitePath,
                    message: "the source language '\(sourceLanguage)' is not one of the editions "
                        + "(\(book.editions.joined(separator: ", ")))"))
        }
        if let stray = root.lessons.first {
            throw LessonLoadingError(
                Diagnostic(
                    path: stray.path,
                    message: "a book with editions keeps its lessons in the editions' folders "
                        + "(\(book.editions.map { join(directory, $0) + "/" }.joined(separator: ", ")))"))
        }
        let ordered = [sourceLanguage] + book.editions.filter { $0 != sourceLanguage }
        var editions: [Edition] = []
        for language in ordered {
            let folder = join(directory, language)
            var library = try LessonLibrary.load(directory: folder)
            library.site = try settings(of: language, folder: folder, book: book)
            // Images and files the editions share live once, in a folder of the book.
            let bookFolder = LessonLibrary.relativeToWorkingDirectory(directory)
            for index in library.lessons.indices { library.lessons[index].bookFolder = bookFolder }
            editions.append(
                Edition(
                    library: library, directory: folder, outputFolder: language,
                    isSource: language == sourceLanguage))
        }
        return BookEditions(directory: directory, site: book, editions: editions)
    }

    /// The book's settings with the edition's own file (`edition.yml`: `title`, `author`,
    /// `description`) laid over them, in the edition's language.
    static func settings(of language: String, folder: String, book: SiteConfig) throws(LessonLoadingError)
        -> SiteConfig
    {
        var site = book
        site.language = language
        site.editions = []
        let path = join(folder, Edition.settingsFileName)
        guard let yaml = try? String(contentsOfFile: path, encoding: .utf8) else { return site }
        let own = try SiteConfig(yaml: yaml, path: path)
        let defaults = SiteConfig()
        if own.title != defaults.title { site.title = own.title }
        if let author = own.author { site.author = author }
        if let description = own.description { site.description = description }
        return site
    }

    /// The settings a lesson in `folder` is built with: the folder's `site.yml`, or, for an edition's
    /// folder (`Lessons/en`), the book's `site.yml` with the edition's own settings; defaults without
    /// either.
    public static func settings(forLessonsIn folder: String) throws(LessonLoadingError) -> SiteConfig {
        let own = join(folder, SiteConfig.fileName)
        if let yaml = try? String(contentsOfFile: own, encoding: .utf8) { return try SiteConfig(yaml: yaml, path: own) }
        let url = URL(fileURLWithPath: folder)
        let parent = url.deletingLastPathComponent().path
        let bookPath = join(parent, SiteConfig.fileName)
        guard let yaml = try? String(contentsOfFile: bookPath, encoding: .utf8) else { return SiteConfig() }
        let book = try SiteConfig(yaml: yaml, path: bookPath)
        let language = url.lastPathComponent
        guard book.editions.contains(language) else { return SiteConfig() }
        return try settings(of: language, folder: folder, book: book)
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty || directory == "."
            ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
    }
}
